// The storefront tracking page's backend, behind Shopify's app proxy (/apps/porchlight/track).
// The proxy's signature is verified; lookups are rate-limited per shopper IP; a wrong email and
// an unknown order get the same 404, so nobody learns whether an email or order exists. A
// signed-in customer needs only the order number, for their own orders.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { authenticate } from "../shopify.server";
import { clientIp, KeyedRateLimiter } from "../services/rate-limit.server";
import { orderViewByLookup, recordShopperView } from "../services/tracking-view.server";

// 10 lookups at once, then one every 6 s, per IP.
const limiter = new KeyedRateLimiter(10, 1 / 6);

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers } });

export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.public.appProxy(request);
  const url = new URL(request.url);
  const shop = url.searchParams.get("shop") ?? "";
  if (!limiter.take(`${shop}|${clientIp(request)}`)) return json({ error: "rate_limited" }, 429, { "Retry-After": "6" });
  const tracking = url.searchParams.get("tracking")?.trim() || null;
  const order = url.searchParams.get("order")?.trim() || null;
  const email = url.searchParams.get("email")?.trim() || null;
  // Set (and signed) by Shopify's proxy when the shopper is signed in to the store.
  const customerId = url.searchParams.get("logged_in_customer_id")?.trim() || null;
  if (!tracking && !(order && (email || customerId))) return json({ error: "bad_request", message: "give a tracking number, or an order number and email" }, 400);
  const result = await orderViewByLookup(shop, { tracking, order, email, customerId }, {
    locale: url.searchParams.get("locale") ?? request.headers.get("accept-language"),
    timeZone: url.searchParams.get("tz"),
  });
  if (!result) return json({ error: "not_found" }, 404);
  recordShopperView(result.shopId, result.orderId, "storefront", result.view);
  return json(result.view, 200);
};
