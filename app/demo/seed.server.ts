// Seeds the demo shop: the shop, an offline session for the local Admin API stand-in, and the
// demo world's orders and scans through the same services that webhooks and polling use.
import { db } from "../db.server";
import { syncOrder } from "../services/order-sync.server";
import { recordEvents } from "../services/tracking-ingest.server";
import { evaluateShipmentAlerts } from "../services/alerts.server";
import { codeInfo } from "../tracking/taxonomy";
import type { NormalizedEvent } from "../tracking/normalize";
import type { DemoWorld } from "./world";

export const DEMO_ACCESS_TOKEN = "shpat_porchlight_demo_token";

export interface SeedResult {
  shop: string;
  orders: number;
  shipments: number;
  events: number;
  skipped: boolean;
}

export async function seedDemo(world: DemoWorld, opts: { reset?: boolean } = {}): Promise<SeedResult> {
  const prisma = db();
  const domain = world.shop.myshopify_domain;
  const found = await prisma.shop.findUnique({ where: { domain }, include: { _count: { select: { orders: true } } } });
  if (found && found._count.orders > 0 && !opts.reset) {
    return { shop: domain, orders: found._count.orders, shipments: 0, events: 0, skipped: true };
  }
  if (found) await prisma.shop.delete({ where: { id: found.id } });
  const shop = await prisma.shop.create({
    data: {
      domain,
      name: world.shop.name,
      timezone: world.shop.iana_timezone,
      currency: world.shop.currency,
      locale: world.shop.primary_locale,
    },
  });
  await prisma.session.upsert({
    where: { id: `offline_${domain}` },
    create: { id: `offline_${domain}`, shop: domain, state: "demo", isOnline: false, accessToken: DEMO_ACCESS_TOKEN, scope: "read_orders,write_fulfillments" },
    update: { accessToken: DEMO_ACCESS_TOKEN },
  });
  let shipments = 0;
  let events = 0;
  for (const order of world.orders) {
    const outcome = await syncOrder(shop.id, order);
    // What the demo shop promises at checkout: 5 days at home, 8 abroad.
    const parcel0 = world.parcels.get(order.fulfillments[0]?.tracking_number ?? "");
    if (parcel0 && outcome.orderId) {
      const days = order.shipping_address?.country_code === "US" ? 5 : 8;
      await prisma.order.update({ where: { id: outcome.orderId }, data: { promisedBy: new Date(parcel0.shippedAt.getTime() + days * 86_400_000) } });
    }
    shipments += outcome.shipmentsCreated;
    const rows = await prisma.shipment.findMany({ where: { orderId: outcome.orderId! } });
    for (const s of rows) {
      const parcel = world.parcels.get(s.trackingNumber);
      if (!parcel) continue;
      const normalized: NormalizedEvent[] = parcel.scans.map((scan) => {
        const info = codeInfo(scan.code);
        return {
          occurredAt: scan.occurredAt.toISOString(),
          utcOffset: scan.utcOffset,
          code: scan.code,
          milestone: info.milestone,
          pitfall: info.pitfall,
          location: scan.location,
          rawCode: scan.code,
          rawText: null,
        };
      });
      if (normalized.length) events += (await recordEvents(s.id, normalized, "sandbox", { notify: false })).inserted;
      // The demo opens with its pitfalls already spotted, as a shop that has run for a while.
      await evaluateShipmentAlerts(s.id);
    }
  }
  await seedShopperViews(shop.id);
  return { shop: domain, orders: world.orders.length, shipments, events, skipped: false };
}

/** Shoppers who already looked at their tracking (0–3 times per order), as in a shop that has run
 *  for a while: Thank-you views at checkout, later ones on the order status and storefront pages. */
async function seedShopperViews(shopId: string): Promise<void> {
  const prisma = db();
  const orders = await prisma.order.findMany({
    where: { shopId },
    orderBy: { placedAt: "asc" },
    select: { id: true, locale: true, placedAt: true, shipments: { select: { milestone: true }, take: 1 } },
  });
  const now = Date.now();
  const data = orders.flatMap((o, i) =>
    Array.from({ length: (i * 7) % 4 }, (_, k) => {
      const surface = k === 0 && i % 2 === 0 ? "thank-you" : i % 3 === 0 ? "storefront" : "order-status";
      const at = surface === "thank-you" ? o.placedAt.getTime() + 60_000 : o.placedAt.getTime() + (k + 1) * 86_400_000;
      return { shopId, orderId: o.id, surface, milestone: o.shipments[0]?.milestone ?? null, locale: o.locale ?? "en", viewedAt: new Date(Math.min(now, at)) };
    }),
  );
  await prisma.shopperView.createMany({ data });
}
