import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShopifyOrderRecord } from "../shopify-records";
import { makeStandInOrders } from "./fixtures";
import { clientError, startStandIn, type StandIn } from "./test-server";

interface OrdersPage {
  orders: {
    edges: Array<{ cursor: string; node: { id: string; legacyResourceId: string; processedAt: string; updatedAt: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const PAGE = /* GraphQL */ `
  query Page($first: Int, $last: Int, $after: String, $before: String, $query: String, $sortKey: OrderSortKeys, $reverse: Boolean) {
    orders(first: $first, last: $last, after: $after, before: $before, query: $query, sortKey: $sortKey, reverse: $reverse) {
      edges { cursor node { id legacyResourceId processedAt updatedAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

const N = 1237;
const records = makeStandInOrders(N, 42);
let s: StandIn;

beforeAll(async () => {
  // A bucket big enough that these walks are never throttled; throttling has its own tests.
  s = await startStandIn(records, { bucket: { maximumAvailable: 1_000_000, restoreRate: 1_000_000 } });
});
afterAll(async () => {
  await s.api.close();
});

async function walk(variables: Record<string, unknown>): Promise<{ ids: string[]; pages: OrdersPage["orders"][] }> {
  const client = s.client();
  const ids: string[] = [];
  const pages: OrdersPage["orders"][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const { orders }: OrdersPage = await client.request<OrdersPage>(PAGE, { first: 100, ...variables, after });
    pages.push(orders);
    ids.push(...orders.edges.map((e) => e.node.id));
    if (!orders.pageInfo.hasNextPage) break;
    after = orders.pageInfo.endCursor;
  }
  return { ids, pages };
}

const ms = (iso: string) => Date.parse(iso);
const gidOf = (o: ShopifyOrderRecord) => `gid://shopify/Order/${o.id}`;
const idsWhere = (pred: (o: ShopifyOrderRecord) => boolean) => new Set(currentRecords().filter(pred).map(gidOf));
const currentRecords = () => records.map((r) => s.store.order(r.id)).filter((r): r is ShopifyOrderRecord => r !== undefined);

describe("orders pagination", () => {
  it("walks all orders exactly once, 100 a page, in processedAt order (the default sort)", async () => {
    const { ids, pages } = await walk({});
    expect(ids).toHaveLength(N);
    expect(new Set(ids)).toEqual(new Set(records.map(gidOf)));
    expect(pages).toHaveLength(Math.ceil(N / 100));
    expect(pages[0].pageInfo.hasPreviousPage).toBe(false);
    expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
    expect(pages.at(-1)!.edges).toHaveLength(N % 100);
    const times = pages.flatMap((p) => p.edges.map((e) => ms(e.node.processedAt)));
    expect(times.every((t, i) => i === 0 || times[i - 1] <= t)).toBe(true);
    expect(pages[3].pageInfo.startCursor).toBe(pages[3].edges[0].cursor);
    expect(pages[3].pageInfo.endCursor).toBe(pages[3].edges.at(-1)!.cursor);
  });

  it("walks backwards with last/before, and reverse: true yields the opposite order", async () => {
    const client = s.client();
    const forward = (await walk({ sortKey: "ID" })).ids;
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { orders }: OrdersPage = await client.request<OrdersPage>(PAGE, { last: 250, before, sortKey: "ID" });
      backward.unshift(...orders.edges.map((e) => e.node.id));
      if (!orders.pageInfo.hasPreviousPage) break;
      before = orders.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    const reversed = (await walk({ sortKey: "ID", reverse: true })).ids;
    expect(reversed).toEqual([...forward].reverse());
    const numeric = forward.map((g) => Number(g.split("/").pop()));
    expect(numeric).toEqual([...numeric].sort((a, b) => a - b));
  });

  it("requires first or last and refuses pages over 250, like Shopify", async () => {
    const none = await clientError(s.client().request(`{ orders(query: "status:any") { nodes { id } } }`));
    expect(none.response.errors?.[0].message).toBe("you must provide one of first or last");
    const big = await clientError(s.client().request(`{ orders(first: 251) { nodes { id } } }`));
    expect(big.response.errors?.[0].message).toMatch(/250/);
  });

  it("keeps a cursor valid when an order already seen is updated mid-walk: it comes round again, nothing is skipped", async () => {
    const client = s.client();
    const first = await client.request<OrdersPage>(PAGE, { first: 100, sortKey: "UPDATED_AT" });
    const moved = first.orders.edges[10].node;
    const id = Number(moved.legacyResourceId);
    const original = s.store.order(id)!;
    try {
      s.store.updateOrder(id, { updated_at: "2027-01-01T00:00:00Z" });
      const rest = await walk({ sortKey: "UPDATED_AT", after: first.orders.pageInfo.endCursor });
      const seen = [...first.orders.edges.map((e) => e.node.id), ...rest.ids];
      expect(new Set(seen)).toEqual(new Set(records.map(gidOf)));
      expect(seen.filter((g) => g === moved.id)).toHaveLength(2);
      expect(rest.ids.at(-1)).toBe(moved.id);
    } finally {
      s.store.upsertOrder(original);
    }
  });
});

describe("orders query filters", () => {
  const matching = async (query: string, sortKey = "ID") => new Set((await walk({ query, sortKey })).ids);

  it("updated_at:>= with an instant (the backfill's incremental window)", async () => {
    const since = "2026-10-05T10:30:00Z";
    const got = await matching(`updated_at:>='${since}'`, "UPDATED_AT");
    const want = idsWhere((o) => ms(o.updated_at) >= ms(since));
    expect(want.size).toBeGreaterThan(50);
    expect(want.size).toBeLessThan(N);
    expect(got).toEqual(want);
  });

  it("created_at:>= with a date reads the date in the shop's time zone (America/New_York, EDT in September)", async () => {
    const got = await matching("created_at:>=2026-09-20");
    const want = idsWhere((o) => ms(o.created_at) >= ms("2026-09-20T04:00:00Z"));
    expect(got).toEqual(want);
    const ranged = await matching("created_at:>=2026-09-20 created_at:<2026-09-21");
    expect(ranged).toEqual(idsWhere((o) => ms(o.created_at) >= ms("2026-09-20T04:00:00Z") && ms(o.created_at) < ms("2026-09-21T04:00:00Z")));
    expect(ranged.size).toBeGreaterThan(5);
  });

  it("fulfillment_status: shipped, partial, unshipped, unfulfilled", async () => {
    expect(await matching("fulfillment_status:shipped")).toEqual(idsWhere((o) => o.fulfillment_status === "fulfilled"));
    expect(await matching("fulfillment_status:partial")).toEqual(idsWhere((o) => o.fulfillment_status === "partial"));
    expect(await matching("fulfillment_status:unshipped")).toEqual(idsWhere((o) => o.fulfillment_status === null));
    expect(await matching("fulfillment_status:unfulfilled")).toEqual(idsWhere((o) => o.fulfillment_status !== "fulfilled"));
  });

  it("status: open, closed, cancelled, any", async () => {
    const open = await matching("status:open");
    const closed = await matching("status:closed");
    const cancelled = await matching("status:cancelled");
    expect(open).toEqual(idsWhere((o) => !o.closed_at && !o.cancelled_at));
    expect(closed).toEqual(idsWhere((o) => o.closed_at !== null && o.closed_at !== undefined));
    expect(cancelled).toEqual(idsWhere((o) => o.cancelled_at !== null));
    expect(cancelled.size).toBeGreaterThan(0);
    expect((await matching("status:any")).size).toBe(N);
  });

  it("combines terms: implicit AND, OR, and negation", async () => {
    const since = "2026-10-01T00:00:00Z";
    expect(await matching(`status:open fulfillment_status:shipped updated_at:>='${since}'`)).toEqual(
      idsWhere((o) => !o.closed_at && !o.cancelled_at && o.fulfillment_status === "fulfilled" && ms(o.updated_at) >= ms(since)),
    );
    expect(await matching("fulfillment_status:partial OR status:cancelled")).toEqual(
      idsWhere((o) => o.fulfillment_status === "partial" || o.cancelled_at !== null),
    );
    expect(await matching("-fulfillment_status:shipped")).toEqual(idsWhere((o) => o.fulfillment_status !== "fulfilled"));
  });

  it("ignores a field orders do not have and says so under extensions.search", async () => {
    const res = await s.client().rawRequest<{ orders: { nodes: unknown[] } }>(
      `{ orders(first: 5, query: "flavour:mint status:cancelled") { nodes { id } } }`,
    );
    expect(res.data.orders.nodes).toHaveLength(Math.min(5, idsWhere((o) => o.cancelled_at !== null).size));
    expect(res.extensions).toMatchObject({
      search: [{ path: ["orders"], query: "flavour:mint status:cancelled", warnings: [{ field: "flavour", message: "Invalid search field for this query." }] }],
    });
  });
});

describe("orders changed at runtime", () => {
  it("an edited, an added and a removed order show up in the next incremental query", async () => {
    const client = s.client();
    const since = "2026-12-01T00:00:00Z";
    const before = await matching(`updated_at:>='${since}'`);
    expect(before.size).toBe(0);

    const edited = records[17];
    const added: ShopifyOrderRecord = { ...structuredClone(records[18]), id: 9_900_000_000_001, admin_graphql_api_id: "gid://shopify/Order/9900000000001", name: "#9001", order_number: 9001, fulfillments: [], fulfillment_status: null, updated_at: "2026-12-02T09:00:00Z" };
    const removed = records[19];
    try {
      s.store.updateOrder(edited.id, { updated_at: "2026-12-01T08:00:00-05:00", closed_at: "2026-12-01T08:00:00-05:00" });
      s.store.upsertOrder(added);
      s.store.removeOrder(removed.id);
      const after = await matching(`updated_at:>='${since}'`);
      expect(after).toEqual(new Set([gidOf(edited), gidOf(added)]));
      const { order } = await client.request<{ order: { closed: boolean; updatedAt: string } | null }>(
        `query($id: ID!) { order(id: $id) { closed updatedAt } }`,
        { id: gidOf(edited) },
      );
      expect(order).toEqual({ closed: true, updatedAt: "2026-12-01T13:00:00Z" });
      const gone = await client.request<{ order: unknown }>(`query($id: ID!) { order(id: $id) { id } }`, { id: gidOf(removed) });
      expect(gone.order).toBeNull();
    } finally {
      s.store.upsertOrder(edited);
      s.store.removeOrder(added.id);
      s.store.upsertOrder(removed);
    }
  });

  async function matching(query: string) {
    return new Set((await walk({ query, sortKey: "UPDATED_AT" })).ids);
  }
});

describe("order and fulfillment by id", () => {
  it("returns an order's fields mapped from the REST record", async () => {
    const o = records.find((r) => r.fulfillments.length > 0 && r.fulfillments[0].tracking_numbers.length > 1)!;
    const f = o.fulfillments[0];
    const { order } = await s.client().request<{ order: Record<string, unknown> }>(
      /* GraphQL */ `
        query($id: ID!) {
          order(id: $id) {
            id legacyResourceId name email createdAt processedAt cancelledAt closed
            displayFinancialStatus displayFulfillmentStatus customerLocale currencyCode
            customer { id email firstName lastName locale }
            shippingAddress { city provinceCode countryCodeV2 zip }
            fulfillments(first: 5) { id legacyResourceId status trackingInfo(first: 10) { company number url } }
          }
        }
      `,
      { id: gidOf(o) },
    );
    expect(order).toMatchObject({
      id: gidOf(o),
      legacyResourceId: String(o.id),
      name: o.name,
      email: o.email,
      createdAt: new Date(o.created_at).toISOString().replace(".000Z", "Z"),
      cancelledAt: null,
      displayFulfillmentStatus: o.fulfillment_status === "fulfilled" ? "FULFILLED" : "PARTIALLY_FULFILLED",
      customerLocale: o.customer_locale,
      currencyCode: o.currency,
      customer: { id: `gid://shopify/Customer/${o.customer!.id}`, email: o.customer!.email, firstName: o.customer!.first_name, lastName: o.customer!.last_name, locale: o.customer_locale },
      shippingAddress: { city: o.shipping_address!.city, provinceCode: o.shipping_address!.province_code, countryCodeV2: o.shipping_address!.country_code, zip: o.shipping_address!.zip },
    });
    const fulfillments = order.fulfillments as Array<{ id: string; status: string; trackingInfo: unknown[] }>;
    expect(fulfillments[0]).toEqual({
      id: `gid://shopify/Fulfillment/${f.id}`,
      legacyResourceId: String(f.id),
      status: "SUCCESS",
      trackingInfo: f.tracking_numbers.map((number, i) => ({ company: f.tracking_company, number, url: f.tracking_urls[i] })),
    });
  });

  it("fulfillment(id) finds a fulfillment and its order; unknown ids are null; malformed ids are an error", async () => {
    const o = records.find((r) => r.fulfillments.length === 2)!;
    const f = o.fulfillments[1];
    const client = s.client();
    const { fulfillment } = await client.request<{ fulfillment: { name: string; order: { id: string } } }>(
      `query($id: ID!) { fulfillment(id: $id) { name order { id } } }`,
      { id: `gid://shopify/Fulfillment/${f.id}` },
    );
    expect(fulfillment).toEqual({ name: `${o.name}.2`, order: { id: gidOf(o) } });
    const missing = await client.request<{ fulfillment: unknown; order: unknown }>(
      `{ fulfillment(id: "gid://shopify/Fulfillment/1") { id } order(id: "gid://shopify/Order/1") { id } }`,
    );
    expect(missing).toEqual({ fulfillment: null, order: null });
    const bad = await clientError(client.request(`{ order(id: "1234") { id } }`));
    expect(bad.response.errors?.[0].message).toBe("Invalid global id '1234'");
  });

  it("Order.fulfillments(query:) narrows by created_at", async () => {
    const o = records.find((r) => r.fulfillments.length === 2)!;
    const cut = o.fulfillments[1].created_at;
    const { order } = await s.client().request<{ order: { fulfillments: Array<{ id: string }> } }>(
      `query($id: ID!, $q: String) { order(id: $id) { fulfillments(first: 5, query: $q) { id } } }`,
      { id: gidOf(o), q: `created_at:>='${cut}'` },
    );
    expect(order.fulfillments).toEqual([{ id: `gid://shopify/Fulfillment/${o.fulfillments[1].id}` }]);
  });
});
