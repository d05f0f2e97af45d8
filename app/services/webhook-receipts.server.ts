// Every inbound webhook (Shopify or carrier) is written as a receipt before it is acknowledged,
// then processed by a job. The (source, webhookId) key makes redeliveries no-ops.
import { db, isUniqueViolation } from "../db.server";
import { queue } from "../jobs/index.server";

export interface InboundWebhook {
  source: string;
  webhookId: string;
  topic: string;
  shopDomain: string | null;
  payload: unknown;
}

/** Stores the receipt and enqueues its processing. Returns false for a duplicate delivery. */
export async function acceptWebhook(w: InboundWebhook): Promise<boolean> {
  let receiptId: string;
  try {
    const receipt = await db().webhookReceipt.create({
      data: {
        source: w.source,
        webhookId: w.webhookId,
        topic: w.topic,
        shopDomain: w.shopDomain,
        payload: typeof w.payload === "string" ? w.payload : JSON.stringify(w.payload),
      },
    });
    receiptId = receipt.id;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
  const job = w.source.startsWith("carrier:") ? "carrier.push" : "webhook.process";
  await queue().enqueue({ name: job, payload: { receiptId }, dedupeKey: `webhook:${receiptId}` });
  return true;
}
