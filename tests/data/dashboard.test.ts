// The merchant's dashboard figures, on both databases: shopper views over the last 30 days.
import "../support/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { loadDashboard } from "../../app/services/dashboard.server";

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());

describe("dashboard: shoppers who checked their tracking", () => {
  it("counts the last 30 days' views by surface, distinct orders, and views of parcels in trouble", async () => {
    const shop = await t.db.shop.create({ data: { domain: "views.myshopify.com", name: "views" } });
    const other = await t.db.shop.create({ data: { domain: "other.myshopify.com", name: "other" } });
    const order = (shopId: string, n: number) =>
      t.db.order.create({ data: { shopId, shopifyId: String(n), name: `#${n}`, placedAt: new Date(), shopifyUpdatedAt: new Date() } });
    const [a, b, c, d] = [await order(shop.id, 1), await order(shop.id, 2), await order(other.id, 3), await order(shop.id, 4)];
    const day = 86_400_000;
    const view = (shopId: string, orderId: string, surface: string, milestone: string, ago: number) => ({ shopId, orderId, surface, milestone, locale: "en", viewedAt: new Date(Date.now() - ago) });
    await t.db.shopperView.createMany({
      data: [
        view(shop.id, a.id, "order-status", "in_transit", day),
        view(shop.id, a.id, "order-status", "exception", 2 * day),
        view(shop.id, a.id, "thank-you", "pending", 3 * day),
        view(shop.id, b.id, "storefront", "failed_attempt", 29 * day),
        view(shop.id, b.id, "storefront", "exception", 31 * day), // too old
        view(shop.id, d.id, "order-status", "in_transit", 40 * day), // too old: d is not counted
        view(other.id, c.id, "order-status", "exception", day), // another shop's
      ],
    });

    const { shopperViews } = await loadDashboard(shop.id);
    expect(shopperViews).toEqual({
      days: 30,
      total: 4,
      orders: 2,
      bySurface: [
        { surface: "order-status", count: 2 },
        { surface: "thank-you", count: 1 },
        { surface: "storefront", count: 1 },
      ],
      whileInTrouble: 2,
    });
  });

  it("averages each carrier's transit days over its delivered parcels, in the database", async () => {
    const shop = await t.db.shop.create({ data: { domain: "transit.myshopify.com", name: "transit" } });
    const order = await t.db.order.create({ data: { shopId: shop.id, shopifyId: "10", name: "#10", placedAt: new Date(), shopifyUpdatedAt: new Date() } });
    const at = (iso: string) => new Date(iso);
    const parcel = (n: number, carrier: string, shipped: string | null, delivered: string | null) =>
      t.db.shipment.create({
        data: {
          shopId: shop.id, orderId: order.id, fulfillmentId: String(n), trackingNumber: `T${n}`, carrier,
          milestone: delivered ? "delivered" : "in_transit", shippedAt: shipped ? at(shipped) : null, deliveredAt: delivered ? at(delivered) : null,
        },
      });
    await parcel(1, "ups", "2026-11-01T10:00:00Z", "2026-11-03T10:00:00Z"); // 2 days
    await parcel(2, "ups", "2026-11-01T10:00:00Z", "2026-11-04T22:00:00Z"); // 3.5 days
    await parcel(3, "ups", "2026-11-01T10:00:00Z", null); // still moving: not counted
    await parcel(4, "dhl_express", "2026-11-01T23:00:00Z", "2026-11-02T11:00:00Z"); // 0.5 days
    await parcel(5, "usps", null, "2026-11-02T11:00:00Z"); // never seen shipped: no transit

    const { carriers } = await loadDashboard(shop.id);
    const byCarrier = Object.fromEntries(carriers.map((c) => [c.carrier, c]));
    expect(byCarrier.ups).toMatchObject({ shipments: 3, delivered: 2, avgTransitDays: 2.8 }); // (2 + 3.5) / 2 = 2.75
    expect(byCarrier.dhl_express.avgTransitDays).toBe(0.5);
    expect(byCarrier.usps.avgTransitDays).toBeNull();
  });
});
