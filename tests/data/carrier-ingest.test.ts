// Carrier payloads through the one ingest path (polls and pushes use it alike): events land on
// the shipment, redelivery changes nothing, a late older event never moves the status back,
// malformed payloads are kept aside with the reason, unknown raw codes are counted.
import "../support/env";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestCarrierPayload } from "../../app/services/carrier-ingest.server";
import { setUpTestDb, type TestDb } from "../support/test-db";

const fixture = (source: string, name: string) => readFileSync(join(import.meta.dirname, "../../app/carriers", source, "fixtures", name), "utf8");
const NUMBER = "1Z81WV380316886844";
let t: TestDb;
let shipmentId: string;

beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());
beforeEach(async () => {
  await t.db.shop.deleteMany();
  await t.db.quarantinedPayload.deleteMany();
  await t.db.unmappedCode.deleteMany();
  const shop = await t.db.shop.create({ data: { domain: "s.myshopify.com", name: "s" } });
  const order = await t.db.order.create({ data: { shopId: shop.id, shopifyId: "1", name: "#1", placedAt: new Date(), shopifyUpdatedAt: new Date() } });
  shipmentId = (await t.db.shipment.create({ data: { shopId: shop.id, orderId: order.id, fulfillmentId: "9", trackingNumber: NUMBER, carrier: "ups" } })).id;
});

describe("carrier ingest", () => {
  it("stores a UPS response's scans and sets the shipment's state from the latest", async () => {
    const summary = await ingestCarrierPayload("ups", fixture("ups", "delivered.json"));
    expect(summary).toMatchObject({ trackings: 1, shipments: 1, inserted: 10, quarantined: null });
    const s = await t.db.shipment.findUniqueOrThrow({ where: { id: shipmentId } });
    expect(s).toMatchObject({ milestone: "delivered", statusCode: "delivered.delivered", active: false });
    expect(s.deliveredAt).not.toBeNull();
    expect(await t.db.trackingEvent.count({ where: { shipmentId } })).toBe(10);
  });

  it("is idempotent: the same payload again inserts nothing", async () => {
    await ingestCarrierPayload("ups", fixture("ups", "delivered.json"));
    const again = await ingestCarrierPayload("ups", fixture("ups", "delivered.json"));
    expect(again.inserted).toBe(0);
    expect(await t.db.trackingEvent.count({ where: { shipmentId } })).toBe(10);
  });

  it("never moves a shipment backwards when an older event arrives late", async () => {
    await ingestCarrierPayload("ups", fixture("ups", "delivered.json"));
    const doc = JSON.parse(fixture("ups", "delivered.json"));
    const activities = doc.trackResponse.shipment[0].package[0].activity as unknown[];
    // Re-send only the oldest scan (label created), as a late duplicate from another path.
    doc.trackResponse.shipment[0].package[0].activity = [activities[activities.length - 1]];
    await ingestCarrierPayload("ups", JSON.stringify(doc));
    expect((await t.db.shipment.findUniqueOrThrow({ where: { id: shipmentId } })).milestone).toBe("delivered");
  });

  it("keeps a truncated payload aside with the source and field, and changes nothing", async () => {
    const text = fixture("ups", "delivered.json");
    const summary = await ingestCarrierPayload("ups", text.slice(0, Math.floor(text.length / 2)));
    expect(summary.quarantined).not.toBeNull();
    const q = await t.db.quarantinedPayload.findUniqueOrThrow({ where: { id: summary.quarantined! } });
    expect(q.source).toBe("ups");
    expect(q.reason).toMatch(/^ups: /);
    expect(q.payload.length).toBe(Math.floor(text.length / 2));
    expect(await t.db.trackingEvent.count()).toBe(0);
  });

  it("counts raw codes the table does not know, so the map can grow", async () => {
    const doc = JSON.parse(fixture("ups", "in-transit.json"));
    const pkg = doc.trackResponse.shipment[0].package[0];
    pkg.trackingNumber = NUMBER;
    for (const a of pkg.activity) Object.assign(a.status, { code: "ZZ", statusCode: "999", description: "Parcel rerouted via Memphis hub" });
    await ingestCarrierPayload("ups", JSON.stringify(doc));
    await ingestCarrierPayload("ups", JSON.stringify(doc));
    const rows = await t.db.unmappedCode.findMany({ where: { source: "ups" } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(2 * pkg.activity.length);
  });

  it("reports carrier error bodies without quarantining them", async () => {
    const summary = await ingestCarrierPayload("ups", fixture("ups", "auth-error.json"));
    expect(summary.carrierError).not.toBeNull();
    expect(summary.quarantined).toBeNull();
  });
});
