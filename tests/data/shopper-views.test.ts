// Buffered shopper views: written in batches, and a view of an order deleted in the meantime
// (a redaction, an uninstall) is dropped instead of failing the whole batch forever.
import "../support/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { flushShopperViews, recordShopperView } from "../../app/services/tracking-view.server";
import type { TrackingView } from "../../app/tracking/view";

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());

const view = (milestone: string) => ({ locale: "en", shipments: [{ milestone }] }) as unknown as TrackingView;

describe("shopper views", () => {
  it("saves a batch, dropping only the views of orders deleted since they were seen", async () => {
    const shop = await t.db.shop.create({ data: { domain: "views.myshopify.com", name: "views" } });
    const order = (n: number) => t.db.order.create({ data: { shopId: shop.id, shopifyId: String(n), name: `#${n}`, placedAt: new Date(), shopifyUpdatedAt: new Date() } });
    const [kept, redacted] = [await order(1), await order(2)];
    recordShopperView(shop.id, kept.id, "order-status", view("in_transit"));
    recordShopperView(shop.id, redacted.id, "storefront", view("exception"));
    recordShopperView(shop.id, kept.id, "thank-you", view("in_transit"));
    await t.db.order.delete({ where: { id: redacted.id } });

    expect(await flushShopperViews()).toBe(2);
    const saved = await t.db.shopperView.findMany({ orderBy: { surface: "asc" } });
    expect(saved.map((v) => [v.orderId, v.surface, v.milestone])).toEqual([
      [kept.id, "order-status", "in_transit"],
      [kept.id, "thank-you", "in_transit"],
    ]);
    expect(await flushShopperViews()).toBe(0); // nothing left behind to fail again
  });
});
