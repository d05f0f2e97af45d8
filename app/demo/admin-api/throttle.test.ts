import { GraphQLClient } from "graphql-request";
import { afterEach, describe, expect, it } from "vitest";
import { makeStandInOrders, standInShop } from "./fixtures";
import { startAdminApiServer } from "./server";
import { AdminApiStore } from "./store";
import { clientError, ManualClock, startStandIn, type StandIn } from "./test-server";

interface Cost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

const orders = makeStandInOrders(300, 11);
const HUNDRED = `{ orders(first: 100) { nodes { id } } }`;
let s: StandIn | undefined;

afterEach(async () => {
  await s?.api.close();
  s = undefined;
});

async function standIn(bucket = { maximumAvailable: 1000, restoreRate: 50 }) {
  s = await startStandIn(orders, { bucket });
  return s;
}

async function cost(client: GraphQLClient, query: string, variables?: Record<string, unknown>): Promise<Cost> {
  const res = await client.rawRequest(query, variables);
  return (res.extensions as { cost: Cost }).cost;
}

describe("calculated query cost", () => {
  it("reports requested cost by Shopify's rules and actual cost by what came back", async () => {
    const { client } = await standIn({ maximumAvailable: 10_000, restoreRate: 500 });
    const res = await client().rawRequest<{ orders: { nodes: Array<{ fulfillments: Array<{ trackingInfo: unknown[] }> }> } }>(
      `{ orders(first: 10) { nodes { id fulfillments(first: 2) { id trackingInfo(first: 3) { number } } } } }`,
    );
    const c = (res.extensions as { cost: Cost }).cost;
    // connection 2 + 10 orders x (order 1 + 2 fulfillments x (fulfillment 1 + 3 tracking objects))
    expect(c.requestedQueryCost).toBe(2 + 10 * (1 + 2 * (1 + 3)));
    const returned = 2 + res.data.orders.nodes.reduce((sum, o) => sum + 1 + o.fulfillments.reduce((fs, f) => fs + 1 + f.trackingInfo.length, 0), 0);
    expect(c.actualQueryCost).toBe(returned);
    expect(c.actualQueryCost).toBeLessThan(c.requestedQueryCost);
    expect(await cost(client(), `{ shop { name primaryDomain { host } } }`)).toMatchObject({ requestedQueryCost: 2, actualQueryCost: 2 });
  });

  it("charges only the actual cost: a filter matching few orders refunds the rest", async () => {
    const { client } = await standIn();
    const few = orders.filter((o) => o.cancelled_at !== null).length;
    expect(few).toBeGreaterThan(0);
    const c = await cost(client(), `{ orders(first: 100, query: "status:cancelled") { nodes { id } } }`);
    expect(c.requestedQueryCost).toBe(102);
    expect(c.actualQueryCost).toBe(2 + few);
    expect(c.throttleStatus.currentlyAvailable).toBe(1000 - (2 + few));
  });
});

describe("leaky bucket", () => {
  it("drains by each query's cost and restores at restoreRate per second of the shop's clock, up to the maximum", async () => {
    const { client, clock } = await standIn();
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) seen.push((await cost(client(), HUNDRED)).throttleStatus.currentlyAvailable);
    expect(seen).toEqual([898, 796, 694]);
    clock.advance(2);
    expect((await cost(client(), HUNDRED)).throttleStatus).toEqual({ maximumAvailable: 1000, currentlyAvailable: 694 + 100 - 102, restoreRate: 50 });
    clock.advance(3600);
    expect((await cost(client(), HUNDRED)).throttleStatus.currentlyAvailable).toBe(1000 - 102);
  });

  it("answers THROTTLED, without data and without charging, when a query costs more than the bucket holds", async () => {
    const { client, clock } = await standIn();
    for (let i = 0; i < 9; i++) await client().request(HUNDRED);
    const e = await clientError(client().request(HUNDRED));
    expect(e.response.status).toBe(200);
    expect(e.response.data).toBeUndefined();
    expect(e.response.errors).toEqual([
      { message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } },
    ]);
    expect(e.response.extensions).toEqual({
      cost: { requestedQueryCost: 102, actualQueryCost: null, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 1000 - 9 * 102, restoreRate: 50 } },
    });
    // A cheaper query still fits, and the refused one was not charged.
    expect((await cost(client(), `{ shop { name } }`)).throttleStatus.currentlyAvailable).toBe(1000 - 9 * 102 - 1);
    expect((await clientError(client().request(HUNDRED))).response.errors?.[0].message).toBe("Throttled");
    clock.advance(1);
    expect((await cost(client(), HUNDRED)).throttleStatus.currentlyAvailable).toBe(1000 - 9 * 102 - 1 + 50 - 102);
  });

  it("refuses a single query over 1,000 points with MAX_COST_EXCEEDED and leaves the bucket alone", async () => {
    const { client } = await standIn({ maximumAvailable: 5000, restoreRate: 50 });
    const e = await clientError(client().request(`{ orders(first: 250) { nodes { id fulfillments(first: 5) { id } } } }`));
    expect(e.response.data).toBeUndefined();
    const [err] = e.response.errors!;
    expect(err.message).toMatch(/^Query cost is 1502, which exceeds the single query max cost limit \(1000\)\./);
    expect(err.extensions).toEqual({ code: "MAX_COST_EXCEEDED", cost: 1502, maxCost: 1000, documentation: "https://shopify.dev/api/usage/rate-limits" });
    expect((await cost(client(), `{ shop { name } }`)).throttleStatus.currentlyAvailable).toBe(4999);
  });

  it("keeps one bucket per shop", async () => {
    const clock = new ManualClock();
    const shopA = new AdminApiStore({ shop: standInShop(), accessTokens: ["a"], orders });
    const shopB = new AdminApiStore({ shop: standInShop({ id: 2, myshopify_domain: "b.myshopify.com" }), accessTokens: ["b"], orders });
    const api = await startAdminApiServer([shopA, shopB], { now: clock.now, bucket: { maximumAvailable: 300, restoreRate: 10 } });
    try {
      const a = new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": "a", "X-Shopify-Shop-Domain": "porchlight-demo.myshopify.com" } });
      const b = new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": "b", "X-Shopify-Shop-Domain": "b.myshopify.com" } });
      await a.request(HUNDRED);
      await a.request(HUNDRED);
      expect((await clientError(a.request(HUNDRED))).response.errors?.[0].extensions?.code).toBe("THROTTLED");
      expect((await cost(b, HUNDRED)).throttleStatus.currentlyAvailable).toBe(300 - 102);
    } finally {
      await api.close();
    }
  });

  it("sizes the bucket by the shop's plan when not told otherwise", async () => {
    const basic = new AdminApiStore({ shop: standInShop(), accessTokens: ["t"], orders: [] });
    const plus = new AdminApiStore({ shop: standInShop({ id: 3, myshopify_domain: "plus.myshopify.com", plan_name: "shopify_plus" }), accessTokens: ["t"], orders: [] });
    const api = await startAdminApiServer([basic, plus]);
    try {
      const status = async (domain: string) =>
        (await cost(new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": "t", "X-Shopify-Shop-Domain": domain } }), `{ shop { name } }`))
          .throttleStatus;
      expect(await status("porchlight-demo.myshopify.com")).toMatchObject({ maximumAvailable: 2000, restoreRate: 100 });
      expect(await status("plus.myshopify.com")).toMatchObject({ maximumAvailable: 20000, restoreRate: 1000 });
    } finally {
      await api.close();
    }
  });
});
