// Builds webhook requests exactly as Shopify sends them: raw JSON body, base64 HMAC-SHA256 of
// the body with the app secret, and Shopify's headers.
import { createHmac, randomUUID } from "node:crypto";
import { TEST_API_SECRET } from "./env";

export interface WebhookRequestOptions {
  topic: string;
  shop?: string;
  webhookId?: string;
  secret?: string;
  hmac?: string;
  url?: string;
}

export function signedWebhookRequest(payload: unknown, o: WebhookRequestOptions): Request {
  // On the wire Shopify writes ids as bare numbers, however long.
  const body = typeof payload === "string" ? payload : JSON.stringify(payload).replace(/"(-?\d{16,})"/g, "$1");
  const hmac = o.hmac ?? createHmac("sha256", o.secret ?? TEST_API_SECRET).update(body, "utf8").digest("base64");
  return new Request(o.url ?? `https://porchlight.test/webhooks/${o.topic}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Topic": o.topic,
      "X-Shopify-Shop-Domain": o.shop ?? "test-shop.myshopify.com",
      "X-Shopify-Webhook-Id": o.webhookId ?? randomUUID(),
      "X-Shopify-Event-Id": randomUUID(),
      "X-Shopify-Triggered-At": new Date("2026-11-20T10:00:00Z").toISOString(),
      "X-Shopify-API-Version": "2026-07",
      "X-Shopify-Hmac-Sha256": hmac,
    },
  });
}
