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
});
