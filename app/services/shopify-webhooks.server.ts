// Shopify webhook entry: HMAC verified by the library (a forged request gets 401 and writes
// nothing), stored, acknowledged at once; processing runs as a job.
import { authenticate } from "../shopify.server";
import { acceptWebhook } from "./webhook-receipts.server";

export async function receiveShopifyWebhook(request: Request): Promise<Response> {
  const { shop, topic, payload, webhookId } = await authenticate.webhook(request);
  // Keep Shopify's own topic spelling ("orders/create"); the library's is "ORDERS_CREATE".
  const rawTopic = request.headers.get("x-shopify-topic") ?? String(topic);
  await acceptWebhook({ source: "shopify", webhookId, topic: rawTopic, shopDomain: shop, payload });
  return new Response(null, { status: 200 });
}
