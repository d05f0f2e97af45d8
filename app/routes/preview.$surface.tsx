// Demo only: each shopper surface rendered outside Shopify for any seeded order — the built
// extension bundles on the local Polaris stand-in, fed the same view the widget API serves.
// /preview/order-status?order=%231001&locale=fr
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../db.server";
import { env } from "../env.server";
import { orderViewById } from "../services/tracking-view.server";
import { renderPreviewDocument } from "../../extensions/shared/preview/render-preview.server";

const SURFACES = ["order-status", "thank-you", "tracking-page"] as const;
type Surface = (typeof SURFACES)[number];

export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  if (!env().demo) throw new Response("Not found", { status: 404 });
  const surface = params.surface as Surface;
  if (!SURFACES.includes(surface)) throw new Response("Unknown surface", { status: 404 });
  const url = new URL(request.url);
  const name = url.searchParams.get("order") ?? "#1001";
  const order = await db().order.findFirst({ where: { name: name.startsWith("#") ? name : `#${name}` }, select: { id: true, shopifyId: true, name: true } });
  if (!order) throw new Response(`No order ${name} in the demo shop`, { status: 404 });
  const locale = url.searchParams.get("locale") ?? "en";
  const result = await orderViewById(order.id, { locale, timeZone: url.searchParams.get("tz") });
  if (!result) throw new Response("Not found", { status: 404 });
  const html = renderPreviewDocument({
    surface,
    locale,
    view: result.view,
    orderId: `gid://shopify/Order/${order.shopifyId}`,
    orderName: order.name,
    authenticationState: url.searchParams.get("auth") === "pre" ? "pre_authenticated" : "fully_authenticated",
  });
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
};
