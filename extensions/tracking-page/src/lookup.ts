// The storefront lookup: order number + email, or a tracking number, sent to the app proxy
// (/apps/porchlight/track, which Shopify forwards to Porchlight's /proxy/track).
import type { TrackingView } from "../../../app/tracking/view/types";
import { isTrackingView } from "../../shared/tracking-view/view-guard";

/** email is null for a signed-in customer: Shopify's proxy tells Porchlight who they are. */
export type LookupQuery = { kind: "tracking"; tracking: string } | { kind: "order"; order: string; email: string | null };

export type QueryCheck =
  | { ok: true; query: LookupQuery }
  | { ok: false; reason: "missingFields" | "missingOrder" | "invalidEmail"; field: "order" | "email" };

export type LookupResult =
  | { kind: "ready"; view: TrackingView }
  /** 404 — deliberately the same whether the order, the email or the pairing is wrong. */
  | { kind: "not-found" }
  | { kind: "rate-limited" }
  | { kind: "unavailable" };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A tracking number wins when given; otherwise the order number, with the email unless the
 *  shopper is signed in. */
export function checkQuery(input: { order: string; email: string; tracking: string }, signedIn = false): QueryCheck {
  const tracking = input.tracking.trim();
  if (tracking) return { ok: true, query: { kind: "tracking", tracking } };
  const order = input.order.trim();
  if (signedIn) return order ? { ok: true, query: { kind: "order", order, email: null } } : { ok: false, reason: "missingOrder", field: "order" };
  const email = input.email.trim();
  if (!order) return { ok: false, reason: "missingFields", field: "order" };
  if (!email) return { ok: false, reason: "missingFields", field: "email" };
  if (!EMAIL.test(email)) return { ok: false, reason: "invalidEmail", field: "email" };
  return { ok: true, query: { kind: "order", order, email } };
}

export function lookupUrl(endpoint: string, query: LookupQuery, locale: string | null, timeZone: string | null = null): string {
  const params = new URLSearchParams({ format: "json" });
  if (query.kind === "tracking") params.set("tracking", query.tracking);
  else {
    params.set("order", query.order);
    if (query.email) params.set("email", query.email);
  }
  if (locale) params.set("locale", locale);
  if (timeZone) params.set("tz", timeZone);
  return `${endpoint}?${params}`;
}

export async function lookupTracking(url: string, fetchImpl: typeof fetch = fetch): Promise<LookupResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  } catch {
    return { kind: "unavailable" };
  }
  if (response.status === 404) return { kind: "not-found" };
  if (response.status === 429) return { kind: "rate-limited" };
  if (!response.ok) return { kind: "unavailable" };
  try {
    const body: unknown = await response.json();
    return isTrackingView(body) ? { kind: "ready", view: body } : { kind: "unavailable" };
  } catch {
    return { kind: "unavailable" };
  }
}
