// Shopify webhooks end to end through the routes: signed real-shape payloads -> receipts -> jobs
// -> orders and shipments.
import "../support/env";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { deliver, fixture } from "../support/webhook-client";

const SHOP = "test-shop.myshopify.com";
let t: TestDb;

beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());
beforeEach(async () => {
  await t.db.shop.deleteMany();
  await t.db.webhookReceipt.deleteMany();
  await t.db.job.deleteMany();
});

const order = () => fixture("orders-updated.json");

describe("orders and fulfillments webhooks", () => {
  it("creates the order and one shipment per tracking number, with the carrier detected", async () => {
    expect(await deliver("orders/create", order())).toBe(200);
    const orders = await t.db.order.findMany({ include: { shipments: { orderBy: { trackingNumber: "asc" } } } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ name: "#9999", shipCountry: "US", shipRegion: "KY", email: "jon@example.com" });
    expect(orders[0].shipments.map((s) => [s.trackingNumber, s.carrier, s.active])).toEqual([
      ["1Z5R89390357567127", "ups", true],
      ["1Z879E930346834440", "ups", true],
    ]);
  });

  it("the same webhook delivered 5 times yields one order, one receipt and one job effect", async () => {
    for (let i = 0; i < 5; i++) expect(await deliver("orders/create", order(), { webhookId: "same-id" })).toBe(200);
    expect(await t.db.webhookReceipt.count()).toBe(1);
    expect(await t.db.job.count()).toBe(1);
    expect(await t.db.order.count()).toBe(1);
    expect(await t.db.shipment.count()).toBe(2);
  });

  it("ignores an update older than what we hold", async () => {
    const newer = order();
    newer.updated_at = "2026-11-20T12:00:00-05:00";
    newer.email = "new@example.com";
    await deliver("orders/updated", newer);
    const older = order();
    older.updated_at = "2026-11-19T09:00:00-05:00";
    older.email = "old@example.com";
    older.fulfillments[0].tracking_numbers = ["1Z5R89390357567127"];
    await deliver("orders/updated", older);
    const saved = await t.db.order.findFirstOrThrow();
    expect(saved.email).toBe("new@example.com");
    expect(await t.db.shipment.count({ where: { active: true } })).toBe(2);
  });

  it("retires a shipment whose tracking number the merchant removed, and adds an edited one", async () => {
    await deliver("orders/updated", order());
    const edited = order();
    edited.updated_at = "2026-11-19T10:00:00-05:00";
    edited.fulfillments[0].tracking_numbers = ["1Z5R89390357567127", "9400111899223100000000"];
    edited.fulfillments[0].tracking_company = "USPS";
    await deliver("orders/updated", edited);
    const rows = await t.db.shipment.findMany({ orderBy: { trackingNumber: "asc" } });
    expect(rows.map((s) => [s.trackingNumber, s.active, s.retiredAt !== null])).toEqual([
      ["1Z5R89390357567127", true, false],
      ["1Z879E930346834440", false, true],
      ["9400111899223100000000", true, false],
    ]);
  });

  it("a cancelled order stops its tracking", async () => {
    await deliver("orders/create", order());
    const cancelled = order();
    cancelled.updated_at = "2026-11-19T11:00:00-05:00";
    cancelled.cancelled_at = "2026-11-19T11:00:00-05:00";
    cancelled.cancel_reason = "customer";
    await deliver("orders/cancelled", cancelled);
    expect(await t.db.shipment.count({ where: { active: true } })).toBe(0);
    expect((await t.db.order.findFirstOrThrow()).cancelledAt).not.toBeNull();
  });

  it("fulfillments/create adds shipments to a known order; for an unknown order the job retries", async () => {
    const o = order();
    o.fulfillments = [];
    await deliver("orders/create", o);
    const f = { ...order().fulfillments[0], id: 255858047, tracking_numbers: ["1Z879E930346834440"], tracking_number: "1Z879E930346834440" };
    expect(await deliver("fulfillments/create", f)).toBe(200);
    expect((await t.db.shipment.findMany()).map((s) => s.trackingNumber)).toEqual(["1Z879E930346834440"]);

    const orphan = { ...f, id: 255858048, order_id: 1 };
    expect(await deliver("fulfillments/create", orphan)).toBe(200);
    const job = await t.db.job.findFirstOrThrow({ where: { status: "waiting" } });
    expect(job.lastError).toContain("not synced yet");
    expect(job.attempts).toBe(1);
  });
});

describe("app lifecycle and privacy", () => {
  it("app/uninstalled stops all polling at once and keeps data until shop/redact", async () => {
    await deliver("orders/create", order());
    await t.db.session.create({ data: { id: "offline_" + SHOP, shop: SHOP, state: "x", accessToken: "tok" } });
    await deliver("app/uninstalled", { id: 1, domain: SHOP });
    expect(await t.db.session.count()).toBe(0);
    expect(await t.db.shipment.count({ where: { active: true } })).toBe(0);
    expect(await t.db.order.count()).toBe(1);
    expect((await t.db.shop.findFirstOrThrow()).uninstalledAt).not.toBeNull();
    // Later order webhooks for an uninstalled shop change nothing.
    const later = order();
    later.id = 1234;
    later.updated_at = "2026-11-21T00:00:00Z";
    await deliver("orders/create", later);
    expect(await t.db.order.count()).toBe(1);

    await deliver("shop/redact", { shop_id: 954889, shop_domain: SHOP });
    for (const table of ["shop", "order", "shipment", "trackingEvent", "session"] as const) {
      expect(await (t.db[table] as any).count()).toBe(0);
    }
  });

  it("customers/data_request stores everything held on that customer for the merchant", async () => {
    await deliver("orders/create", order());
    await deliver("customers/data_request", {
      shop_id: 954889,
      shop_domain: SHOP,
      orders_requested: ["820982911946154508"],
      customer: { id: "115310627314723954", email: "john@example.com", phone: "555-625-1199" },
      data_request: { id: 9999 },
    });
    const exp = await t.db.dataExport.findFirstOrThrow();
    expect(exp.requestId).toBe("9999");
    const data = JSON.parse(exp.payload);
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0].email).toBe("jon@example.com");
    expect(data.orders[0].shipments).toHaveLength(2);
  });

  it("customers/redact erases the customer's personal fields from every table", async () => {
    await deliver("orders/create", order());
    const o = await t.db.order.findFirstOrThrow({ include: { shipments: true } });
    await t.db.notification.create({
      data: { shopId: o.shopId, shipmentId: o.shipments[0].id, channel: "email", recipient: "jon@example.com", template: "delayed", payload: '{"name":"John"}', dedupeKey: "n1" },
    });
    await t.db.shopperView.create({ data: { shopId: o.shopId, orderId: o.id, surface: "order-status" } });
    await deliver("customers/redact", {
      shop_id: 954889,
      shop_domain: SHOP,
      customer: { id: "115310627314723954", email: "john@example.com", phone: "555-625-1199" },
      orders_to_redact: ["820982911946154508"],
    });
    const after = await t.db.order.findFirstOrThrow();
    expect(after).toMatchObject({ email: null, customerId: null, shipCity: null, shipZip: null });
    expect(after.redactedAt).not.toBeNull();
    const n = await t.db.notification.findFirstOrThrow();
    expect(n.recipient).toBeNull();
    expect(n.payload).toBe("{}");
    expect(await t.db.shopperView.count()).toBe(0);
    // Search every text column we hold for the customer's email.
    const dump = JSON.stringify(await Promise.all([t.db.order.findMany(), t.db.notification.findMany(), t.db.shipment.findMany(), t.db.dataExport.findMany()]));
    expect(dump).not.toContain("jon@example.com");
    // A redacted order is not re-filled by a late order webhook.
    const late = order();
    late.updated_at = "2026-12-01T00:00:00Z";
    await deliver("orders/updated", late);
    expect((await t.db.order.findFirstOrThrow()).email).toBeNull();
  });
});
