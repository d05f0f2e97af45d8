// Asks Porchlight's backend for an order's TrackingView with a fresh session token (tokens live
// about five minutes, so one per call). Caching is the server's call: it answers with an ETag and
// the browser revalidates.
import type { TrackingView } from "../../../app/tracking/view/types";
import { isTrackingView } from "../tracking-view/view-guard";

export type ViewResult =
  | { kind: "ready"; view: TrackingView }
  /** The backend knows no tracking for this order yet (not shipped, or not synced yet). */
  | { kind: "not-found" }
  | { kind: "error"; status: number | null };

/** Which extension asks: the backend authenticates order-status calls as customer accounts and
 * Thank-you calls as checkout. */
export type BlockSurface = "order-status" | "thank-you";

export interface ViewRequest {
  orderId: string;
  surface: BlockSurface;
  /** The shopper's language (BCP 47); the server resolves it to a supported locale. */
  locale: string | null;
  /** The shopper's IANA time zone, so scan times read as local times. */
  timeZone: string | null;
}

export interface LoadViewInput extends ViewRequest {
  appUrl: string;
  getToken: () => Promise<string>;
  fetchImpl?: typeof fetch;
}

export function trackingUrl(appUrl: string, request: ViewRequest): string {
  const query = new URLSearchParams({ order: request.orderId, surface: request.surface });
  if (request.locale) query.set("locale", request.locale);
  if (request.timeZone) query.set("tz", request.timeZone);
  return `${appUrl.replace(/\/+$/, "")}/api/tracking?${query}`;
}

export async function loadTrackingView(input: LoadViewInput): Promise<ViewResult> {
  const fetchImpl = input.fetchImpl ?? fetch;
  let response: Response;
  try {
    const token = await input.getToken();
    response = await fetchImpl(trackingUrl(input.appUrl, input), {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
  } catch {
    return { kind: "error", status: null };
  }
  if (response.status === 404) return { kind: "not-found" };
  if (!response.ok) return { kind: "error", status: response.status };
  try {
    const body: unknown = await response.json();
    return isTrackingView(body) ? { kind: "ready", view: body } : { kind: "error", status: response.status };
  } catch {
    return { kind: "error", status: response.status };
  }
}
