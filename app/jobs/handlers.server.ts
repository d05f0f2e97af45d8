// Job name -> handler. Every background effect of the app is listed here.
import { processWebhookReceipt } from "../services/webhook-processing.server";
import type { JobHandler } from "./types";

export const HANDLERS: Record<string, JobHandler<any>> = {
  "webhook.process": (p: { receiptId: string }) => processWebhookReceipt(p.receiptId),
};
