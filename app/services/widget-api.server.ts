// The widget API: an order's TrackingView for the order-status and Thank-you extensions.
// Authenticated with the calling extension's session token; a shopper sees only their own order
// — anything else is 404, the same answer as an order that does not exist.
// One Fetch handler, served by the Remix route (app/routes/api.tracking.tsx) and, in production,
// straight from the HTTP server without Remix's routing (app/server/http.ts, docs/decisions/004).
import { createHash } from "node:crypto";
import { authenticate } from "../shopify.server";
import { statusOnly } from "../tracking/view";
import { orderViewByShopifyId, recordShopperView } from "./tracking-view.server";

const THANK_YOU_WINDOW_MS = 2 * 60 * 60 * 1000;

function orderIdFrom(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^(?:gid:\/\/shopify\/(?:Order|OrderIdentity)\/)?(\d{1,20})$/.exec(raw.trim());
  return m ? m[1] : null;
}

export async function widgetApi(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const thankYou = url.searchParams.get("surface") === "thank-you";
  // The library answers the CORS preflight (OPTIONS) itself, by throwing its response.
  const { sessionToken, cors } = thankYou ? await authenticate.public.checkout(request) : await authenticate.public.customerAccount(request);
  if (request.method !== "GET" && request.method !== "HEAD") return cors(new Response(null, { status: 405, headers: { Allow: "GET" } }));
  const json = (body: string, status: number, headers: Record<string, string> = {}) =>
    cors(new Response(body, { status, headers: { "Content-Type": "application/json", "Cache-Control": "private, no-cache", ...headers } }));

  const orderId = orderIdFrom(url.searchParams.get("order"));
  if (!orderId) return json(JSON.stringify({ error: "bad_request", message: "order must be an Order GID or numeric id" }), 400);
  const shop = new URL(sessionToken.dest).hostname;
  const result = await orderViewByShopifyId(shop, orderId, {
    locale: url.searchParams.get("locale") ?? request.headers.get("accept-language"),
    timeZone: url.searchParams.get("tz"),
  });
  const customer = sessionToken.sub ? /(\d+)$/.exec(sessionToken.sub)?.[1] ?? null : null;
  // Guest checkout on the Thank-you page: the token names no customer, so nothing ties it to this
  // order. Only a just-placed order, and only its status (no tracking numbers, links or scans).
  const guest = !customer && thankYou;
  const owns = result !== null && (customer ? result.customerId === customer : guest && Date.now() - result.placedAt.getTime() < THANK_YOU_WINDOW_MS);
  if (!result || !owns) return json(JSON.stringify({ error: "not_found" }), 404);
  const view = guest ? statusOnly(result.view) : result.view;

  recordShopperView(result.shopId, result.orderId, thankYou ? "thank-you" : "order-status", view);
  // Serialized once, for both the ETag and the body. The view depends on who asks and in which
  // language, not only on the URL.
  const body = JSON.stringify(view);
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const vary = { Vary: "Authorization, Accept-Language" };
  if (matchesETag(request.headers.get("if-none-match"), etag)) return cors(new Response(null, { status: 304, headers: { ETag: etag, ...vary } }));
  return json(body, 200, { ETag: etag, ...vary });
}

/** If-None-Match holds a list of tags, maybe weak (W/"…"), or `*` (RFC 9110 §13.1.2). */
function matchesETag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
