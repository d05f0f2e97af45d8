// Job name -> handler. Every background effect of the app is listed here.
import { processWebhookReceipt } from "../services/webhook-processing.server";
import { fireFlowTrigger, postFulfillmentEvent } from "../services/shopify-sync.server";
import { backfillShop } from "../services/backfill.server";
import { evaluateShipmentAlerts } from "../services/alerts.server";
import { pollShipment, scheduleDuePolls } from "../services/polling.server";
import { processCarrierPush } from "../services/carrier-push.server";
import { trainEtaFromDatabase } from "../services/eta.server";
import type { JobHandler } from "./types";

export const HANDLERS: Record<string, JobHandler> = {
  "webhook.process": (p: { receiptId: string }) => processWebhookReceipt(p.receiptId),
  "shopify.fulfillment-event": (p: { eventId: string }) => postFulfillmentEvent(p.eventId),
  "carrier.poll": async (p: { shipmentId: string }) => void (await pollShipment(p.shipmentId)),
  "carrier.push": (p: { receiptId: string }) => processCarrierPush(p.receiptId),
  "shipment.evaluate": async (p: { shipmentId: string }) => void (await evaluateShipmentAlerts(p.shipmentId)),
  "eta.train": async () => void (await trainEtaFromDatabase()),
  "scheduler.tick": async () => void (await scheduleDuePolls()),
  "shop.backfill": async (p: { shop: string }) => void (await backfillShop(p.shop)),
  "shopify.flow-trigger": (p: { eventId: string; handle: string }) => fireFlowTrigger(p.eventId, p.handle),
};
