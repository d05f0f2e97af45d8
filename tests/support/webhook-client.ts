// Delivers signed Shopify webhooks to the app's route modules and runs the resulting jobs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runDueJobs } from "../../app/jobs/index.server";
import { signedWebhookRequest } from "./shopify-webhook";
import { quoteBigIntegers } from "../../app/services/shopify-json";

const routesDir = join(import.meta.dirname, "../../app/routes");

/** A Shopify payload fixture, with 64-bit ids kept exact (as strings) in memory. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(quoteBigIntegers(readFileSync(join(import.meta.dirname, "../fixtures/shopify", name), "utf8")));
}

export function routeFileFor(topic: string): string {
  if (["customers/data_request", "customers/redact", "shop/redact"].includes(topic)) return "webhooks.compliance.tsx";
  return `webhooks.${topic.replace("/", ".")}.tsx`;
}

/** Posts a signed webhook to its route; returns the HTTP status. Jobs run when `process` is set. */
export async function deliver(
  topic: string,
  payload: unknown,
  opts: { webhookId?: string; shop?: string; process?: boolean } = {},
): Promise<number> {
  const mod = await import(join(routesDir, routeFileFor(topic)));
  let res: Response;
  try {
    res = await mod.action({ request: signedWebhookRequest(payload, { topic, ...opts }), params: {}, context: {} });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  if (opts.process !== false) await runDueJobs();
  return res.status;
}
