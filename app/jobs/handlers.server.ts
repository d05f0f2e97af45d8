// Job name -> handler. Every background effect of the app is listed here.
import { processWebhookReceipt } from "../services/webhook-processing.server";
import { fireFlowTrigger, postFulfillmentEvent } from "../services/shopify-sync.server";
import { backfillShop } from "../services/backfill.server";
import type { JobHandler } from "./types";

export const HANDLERS: Record<string, JobHandler> = {
  "webhook.process": (p: { receiptId: string }) => processWebhookReceipt(p.receiptId),
  "shopify.fulfillment-event": (p: { eventId: string }) => postFulfillmentEvent(p.eventId),
  "shop.backfill": async (p: { shop: string }) => void (await backfillShop(p.shop)),
  "shopify.flow-trigger": (p: { eventId: string; handle: string }) => fireFlowTrigger(p.eventId, p.handle),
};
