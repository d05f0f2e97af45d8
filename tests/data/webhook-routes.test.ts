import "../support/env";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { signedWebhookRequest } from "../support/shopify-webhook";

const routesDir = join(import.meta.dirname, "../../app/routes");
const webhookRoutes = readdirSync(routesDir)
  .filter((f) => f.startsWith("webhooks.") && !f.startsWith("webhooks.carriers.") && f.endsWith(".tsx")) // carrier pushes: carrier-push.test.ts
  .map((f) => ({ file: f, topic: f.replace(/^webhooks\./, "").replace(/\.tsx$/, "").replace(".", "/") }));

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());

async function post(file: string, request: Request): Promise<Response> {
  const mod = await import(join(routesDir, file));
  try {
    return await mod.action({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("webhook routes", () => {
  it("covers every topic in shopify.app.toml", () => {
    expect(webhookRoutes.map((r) => r.topic).sort()).toEqual(
      ["app/scopes_update", "app/uninstalled", "compliance", "fulfillments/create", "fulfillments/update", "orders/cancelled", "orders/create", "orders/updated"].sort(),
    );
  });

  for (const { file, topic } of webhookRoutes) {
    it(`${file}: a forged signature gets 401 and writes nothing`, async () => {
      const forged = signedWebhookRequest({ id: 1 }, { topic, secret: "not-the-app-secret" });
      const res = await post(file, forged);
      expect(res.status).toBe(401);
      expect(await t.db.webhookReceipt.count()).toBe(0);
      expect(await t.db.job.count()).toBe(0);
    });

    it(`${file}: an unsigned request is refused (400, missing headers) and writes nothing`, async () => {
      const req = signedWebhookRequest({ id: 1 }, { topic, hmac: "" });
      const res = await post(file, req);
      expect(res.status).toBe(400);
      expect(await t.db.webhookReceipt.count()).toBe(0);
    });
  }

  it("a signed webhook is stored once however often it is delivered", async () => {
    // As Shopify sends it: a 64-bit id written as a bare number.
    const payload = '{"id":820982911946154508,"name":"#9999","updated_at":"2026-11-20T10:00:00Z"}';
    for (let i = 0; i < 5; i++) {
      const res = await post("webhooks.orders.create.tsx", signedWebhookRequest(payload, { topic: "orders/create", webhookId: "wh-dup-1" }));
      expect(res.status).toBe(200);
    }
    const receipts = await t.db.webhookReceipt.findMany();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ source: "shopify", webhookId: "wh-dup-1", topic: "orders/create", shopDomain: "test-shop.myshopify.com" });
    // The 64-bit id is kept exact (JSON.parse alone would round it to ...500).
    expect(receipts[0].payload).toContain('"id":"820982911946154508"');
    expect(JSON.parse(receipts[0].payload).name).toBe("#9999");
    expect(await t.db.job.count({ where: { name: "webhook.process" } })).toBe(1);
  });
});
