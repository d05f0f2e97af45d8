// Merchants tune the pitfall rules: the settings form is validated by the rules' own bounds and
// the alert engine follows what was saved.
import "../support/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateShipmentAlerts } from "../../app/services/alerts.server";
import { loadShopSettings, saveShopSettings, settingsFromForm } from "../../app/services/shop-settings.server";
import { recordEvents } from "../../app/services/tracking-ingest.server";
import { codeInfo } from "../../app/tracking/taxonomy";
import { setUpTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());

describe("shop settings", () => {
  it("clamps out-of-range thresholds and keeps switches", () => {
    const form = new FormData();
    form.set("silent_carrier.enabled", "on");
    form.set("silent_carrier.hours", "-5");
    form.set("customs_hold.minSeverity", "nonsense");
    form.set("syncBack", "on");
    const s = settingsFromForm(form);
    expect(s.syncBack).toBe(true);
    expect(s.pitfalls.silent_carrier.enabled).toBe(true);
    expect(s.pitfalls.silent_carrier.hours).toBeGreaterThanOrEqual(1);
    expect(s.pitfalls.customs_hold.enabled).toBe(false); // unchecked box = off
    expect(["info", "low", "medium", "high", "critical"]).toContain(s.pitfalls.customs_hold.minSeverity);
  });

  it("the alert engine follows a saved switch", async () => {
    const shop = await t.db.shop.create({ data: { domain: "set.myshopify.com", name: "s" } });
    const order = await t.db.order.create({ data: { shopId: shop.id, shopifyId: "1", name: "#1", placedAt: new Date(), shopifyUpdatedAt: new Date() } });
    const s = await t.db.shipment.create({ data: { shopId: shop.id, orderId: order.id, fulfillmentId: "1", trackingNumber: "X1", carrier: "ups", shippedAt: new Date() } });
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const code = "exception.customs_hold" as const;
    await recordEvents(s.id, [{ occurredAt: at, utcOffset: null, code, milestone: codeInfo(code).milestone, pitfall: "customs", location: null, rawCode: null, rawText: null }], "ups", { notify: false });

    const off = settingsFromForm(new FormData()); // every box unchecked: every rule off
    await saveShopSettings(shop.id, off);
    expect((await evaluateShipmentAlerts(s.id)).opened).toEqual([]);
    expect((await loadShopSettings(shop.id)).pitfalls.customs_hold.enabled).toBe(false);

    const on = new FormData();
    on.set("customs_hold.enabled", "on");
    await saveShopSettings(shop.id, settingsFromForm(on));
    const changes = await evaluateShipmentAlerts(s.id);
    expect(changes.opened).toHaveLength(1);
    expect((await t.db.alert.findFirstOrThrow()).rule).toBe("customs_hold");
  });
});
