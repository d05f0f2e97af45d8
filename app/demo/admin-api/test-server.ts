// For tests: a stand-in on 127.0.0.1 with a hand-driven clock, and graphql-request clients for it.
import { ClientError, GraphQLClient } from "graphql-request";
import type { ShopifyOrderRecord, ShopifyShopRecord } from "../shopify-records";
import type { BucketSize } from "./cost";
import { standInShop } from "./fixtures";
import { startAdminApiServer, type RunningAdminApi } from "./server";
import { AdminApiStore } from "./store";

export const TEST_TOKEN = "shpat_test_0123456789abcdef";

export class ManualClock {
  constructor(public ms: number = Date.parse("2026-11-01T12:00:00Z")) {}
  readonly now = (): number => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface StandIn {
  api: RunningAdminApi;
  store: AdminApiStore;
  clock: ManualClock;
  client(token?: string, headers?: Record<string, string>): GraphQLClient;
}

export async function startStandIn(
  orders: ShopifyOrderRecord[],
  options: { shop?: ShopifyShopRecord; bucket?: Partial<BucketSize>; flowTriggerHandles?: string[] } = {},
): Promise<StandIn> {
  const clock = new ManualClock();
  const store = new AdminApiStore({
    shop: options.shop ?? standInShop(),
    accessTokens: [TEST_TOKEN],
    orders,
    now: clock.now,
    flowTriggerHandles: options.flowTriggerHandles,
  });
  const api = await startAdminApiServer(store, { port: 0, host: "127.0.0.1", now: clock.now, bucket: options.bucket });
  return {
    api,
    store,
    clock,
    client: (token = TEST_TOKEN, headers = {}) =>
      new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": token, ...headers } }),
  };
}

/** The ClientError a request fails with (fails the test if it succeeds). */
export async function clientError(request: Promise<unknown>): Promise<ClientError> {
  try {
    await request;
  } catch (e) {
    if (e instanceof ClientError) return e;
    throw e;
  }
  throw new Error("expected the request to fail");
}
