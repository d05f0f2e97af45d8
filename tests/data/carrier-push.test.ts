// Pushed carrier webhooks: verified with the shop's account secret, stored once, processed
// through the same ingest path as polling.
import "../support/env";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sign } from "../../app/carriers/aftership/webhook";
import { runDueJobs } from "../../app/jobs/index.server";
import { saveCarrierAccount } from "../../app/services/carrier-clients.server";
import { setUpTestDb, type TestDb } from "../support/test-db";

const SHOP = "push.myshopify.com";
const SECRET = "aftership-webhook-secret";
const body = readFileSync(join(import.meta.dirname, "../../app/carriers/aftership/fixtures/webhook-return-to-sender.json"), "utf8");
const number = JSON.parse(body).msg.tracking_number as string;
let t: TestDb;

async function post(payload: string, signature: string, shop = SHOP): Promise<Response> {
  const mod = await import(join(import.meta.dirname, "../../app/routes/webhooks.carriers.$source.tsx"));
  return mod.action({
    request: new Request(`https://porchlight.test/webhooks/carriers/aftership?shop=${shop}`, {
      method: "POST",
      body: payload,
      headers: { "Content-Type": "application/json", "aftership-hmac-sha256": signature },
    }),
    params: { source: "aftership" },
    context: {},
  });
}

beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());
beforeEach(async () => {
  await t.db.shop.deleteMany();
  await t.db.webhookReceipt.deleteMany();
  const shop = await t.db.shop.create({ data: { domain: SHOP, name: "push" } });
  const order = await t.db.order.create({ data: { shopId: shop.id, shopifyId: "1", name: "#1", placedAt: new Date(), shopifyUpdatedAt: new Date() } });
  await t.db.shipment.create({ data: { shopId: shop.id, orderId: order.id, fulfillmentId: "1", trackingNumber: number, carrier: "dhl" } });
  await saveCarrierAccount(shop.id, "aftership", { credentials: { apiKey: "k" }, webhookSecret: SECRET });
});

describe("POST /webhooks/carriers/aftership", () => {
  it("stores a signed push once and applies its scans", async () => {
    for (let i = 0; i < 3; i++) expect((await post(body, sign(body, SECRET))).status).toBe(200);
    expect(await t.db.webhookReceipt.count()).toBe(1);
    await runDueJobs();
    const s = await t.db.shipment.findFirstOrThrow({ include: { events: true } });
    expect(s.events.length).toBeGreaterThan(0);
    expect(["returning", "returned"]).toContain(s.milestone);
    expect((await t.db.webhookReceipt.findFirstOrThrow()).status).toBe("processed");
  });

  it("refuses a forged signature and stores nothing", async () => {
    expect((await post(body, sign(body, "wrong-secret"))).status).toBe(401);
    expect((await post(body, "")).status).toBe(401);
    expect(await t.db.webhookReceipt.count()).toBe(0);
  });

  it("answers 404 for a shop without that account", async () => {
    expect((await post(body, sign(body, SECRET), "nobody.myshopify.com")).status).toBe(404);
  });

  it("keeps a malformed push aside instead of losing it", async () => {
    const broken = body.slice(0, body.length / 2);
    expect((await post(broken, sign(broken, SECRET))).status).toBe(200);
    await runDueJobs();
    expect((await t.db.webhookReceipt.findFirstOrThrow()).status).toBe("quarantined");
    expect(await t.db.quarantinedPayload.count({ where: { source: "aftership" } })).toBeGreaterThan(0);
  });
});
