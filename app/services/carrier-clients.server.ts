// Which client answers for a shop's parcels: the shop's direct account with the carrier when it
// has one, else its aggregator account (one integration, 1,100+ carriers), and in demo mode the
// sandbox carrier network. Clients are kept per account so their rate limiter and circuit
// breaker see every call.
import type { CarrierAccount } from "@prisma/client";
import { db } from "../db.server";
import { env } from "../env.server";
import { createUpsClient } from "../carriers/ups/client.server";
import { createFedexClient } from "../carriers/fedex/client.server";
import { createUspsClient } from "../carriers/usps/client.server";
import { createDhlClient } from "../carriers/dhl/client.server";
import { createAfterShipClient } from "../carriers/aftership/client.server";
import { createEasyPostClient } from "../carriers/easypost/client.server";
import { createShippoClient } from "../carriers/shippo/client.server";
import { createSeventeenTrackClient } from "../carriers/17track/client.server";
import { decryptCredentials, encryptCredentials, encryptionKeyFromEnv } from "../carriers/http/credentials";
import type { TrackingClient } from "../carriers/http/types";

type Factory = (credentials: any, baseUrl?: string) => TrackingClient;

export const CLIENT_FACTORIES: Record<string, Factory> = {
  ups: (credentials, baseUrl) => createUpsClient({ credentials, baseUrl }),
  fedex: (credentials, baseUrl) => createFedexClient({ credentials, baseUrl }),
  usps: (credentials, baseUrl) => createUspsClient({ credentials, baseUrl }),
  dhl: (credentials, baseUrl) => createDhlClient({ credentials, baseUrl }),
  aftership: (credentials, baseUrl) => createAfterShipClient({ credentials, baseUrl }),
  easypost: (credentials, baseUrl) => createEasyPostClient({ credentials, baseUrl }),
  shippo: (credentials, baseUrl) => createShippoClient({ credentials, baseUrl }),
  "17track": (credentials, baseUrl) => createSeventeenTrackClient({ credentials, baseUrl }),
};

/** Direct carrier ids a direct client serves (DHL's unified API answers for every DHL service). */
const DIRECT: Record<string, string> = { ups: "ups", fedex: "fedex", usps: "usps", dhl: "dhl", dhl_express: "dhl", dhl_ecommerce: "dhl" };
const AGGREGATORS = ["aftership", "easypost", "shippo", "17track"];

declare global {
  // eslint-disable-next-line no-var
  var __porchlightClients: Map<string, TrackingClient> | undefined;
  // eslint-disable-next-line no-var
  var __porchlightSandbox: TrackingClient | undefined;
}

export interface AccountSecrets {
  /** Whatever the source's client takes (apiKey, clientId/clientSecret, ...). */
  credentials: Record<string, string>;
  /** Verifies pushed webhooks (AfterShip/EasyPost secret, Shippo URL token, 17TRACK API key). */
  webhookSecret?: string;
}

export function accountContext(shopId: string, source: string): string {
  return `carrier-account:${shopId}:${source}`;
}

export async function saveCarrierAccount(shopId: string, source: string, secrets: AccountSecrets, baseUrl?: string): Promise<CarrierAccount> {
  if (!CLIENT_FACTORIES[source]) throw new Error(`no client for source '${source}'`);
  const credentials = encryptCredentials(secrets, encryptionKeyFromEnv(), accountContext(shopId, source));
  globalThis.__porchlightClients?.delete(`${shopId}:${source}`);
  return db().carrierAccount.upsert({
    where: { shopId_source: { shopId, source } },
    create: { shopId, source, credentials, baseUrl },
    update: { credentials, baseUrl, enabled: true },
  });
}

export function accountSecrets(account: CarrierAccount): AccountSecrets {
  return decryptCredentials<AccountSecrets>(account.credentials, encryptionKeyFromEnv(), accountContext(account.shopId, account.source));
}

/** A sandbox network answers every carrier in demo mode (set by the demo at start-up). */
export function useSandboxClient(client: TrackingClient | undefined): void {
  globalThis.__porchlightSandbox = client;
}

export async function trackingClientFor(shopId: string, carrier: string | null): Promise<TrackingClient | null> {
  if (env().demo && globalThis.__porchlightSandbox) return globalThis.__porchlightSandbox;
  const accounts = await db().carrierAccount.findMany({ where: { shopId, enabled: true } });
  const direct = carrier ? accounts.find((a) => a.source === DIRECT[carrier]) : undefined;
  const account = direct ?? AGGREGATORS.map((s) => accounts.find((a) => a.source === s)).find(Boolean);
  if (!account) return null;
  const key = `${shopId}:${account.source}`;
  globalThis.__porchlightClients ??= new Map();
  let client = globalThis.__porchlightClients.get(key);
  if (!client) {
    client = CLIENT_FACTORIES[account.source](accountSecrets(account).credentials, account.baseUrl ?? undefined);
    globalThis.__porchlightClients.set(key, client);
  }
  return client;
}
