import { getOperationAST, Kind, parse, type FragmentDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { actualQueryCost, bucketForPlan, LeakyBucket, requestedQueryCost, type CostInput } from "./cost";
import { buildAdminSchema } from "./resolvers";

const schema = buildAdminSchema();

function input(query: string, variables: Record<string, unknown> = {}): CostInput {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return { schema, operation: getOperationAST(document)!, fragments, variables };
}

const requested = (query: string, variables?: Record<string, unknown>) => requestedQueryCost(input(query, variables));

describe("requested query cost", () => {
  it("scalars cost nothing, objects one each", () => {
    expect(requested(`{ shop { name email } }`)).toBe(1);
    expect(requested(`{ shop { name plan { displayName } primaryDomain { host } } }`)).toBe(3);
    expect(requested(`{ __typename shop { __typename } }`)).toBe(1);
  });

  it("a connection is 2 plus first (or last) times one node", () => {
    expect(requested(`{ orders(first: 50) { edges { cursor node { id name } } pageInfo { hasNextPage } } }`)).toBe(2 + 50);
    expect(requested(`{ orders(last: 7) { nodes { id customer { email } } } }`)).toBe(2 + 7 * 2);
    expect(requested(`{ orders(first: 20) { pageInfo { hasNextPage } } }`)).toBe(2);
    // edges.node and nodes are the same objects: counted once
    expect(requested(`{ orders(first: 10) { edges { node { id } } nodes { id } } }`)).toBe(12);
  });

  it("nested connections and sized lists multiply", () => {
    const q = `{ orders(first: 5) { nodes { fulfillments(first: 3) { trackingInfo(first: 2) { number } events(first: 4) { nodes { status } } } } } }`;
    // 2 + 5 x (order 1 + 3 x (fulfillment 1 + 2 tracking + events (2 + 4 x 1)))
    expect(requested(q)).toBe(2 + 5 * (1 + 3 * (1 + 2 + (2 + 4))));
  });

  it("an unsized list counts one item", () => {
    expect(requested(`query($id: ID!) { order(id: $id) { fulfillments { trackingInfo { number } } } }`, { id: "gid://shopify/Order/1" })).toBe(1 + 1 * (1 + 1));
  });

  it("reads page sizes from variables, honours @skip/@include, and merges fragments and aliases", () => {
    const q = `
      query($n: Int!, $withCustomer: Boolean!) {
        recent: orders(first: $n) { nodes { ...O } }
        older: orders(first: 3, reverse: true) { nodes { id } }
      }
      fragment O on Order { id customer @include(if: $withCustomer) { email } shippingAddress @skip(if: true) { city } }
    `;
    expect(requested(q, { n: 10, withCustomer: true })).toBe(2 + 10 * 2 + (2 + 3));
    expect(requested(q, { n: 10, withCustomer: false })).toBe(2 + 10 * 1 + (2 + 3));
  });

  it("each mutation field costs 10, whatever it selects", () => {
    expect(requested(`mutation { fulfillmentEventCreate(fulfillmentEvent: { fulfillmentId: "gid://shopify/Fulfillment/1", status: DELIVERED }) { fulfillmentEvent { id } userErrors { field } } }`)).toBe(10);
    expect(requested(`mutation { a: flowTriggerReceive(handle: "x", payload: {}) { userErrors { field } } b: flowTriggerReceive(handle: "y", payload: {}) { userErrors { field } } }`)).toBe(20);
  });
});

describe("actual query cost", () => {
  it("counts the nodes returned, null objects without their fields, and never exceeds the requested cost", () => {
    const q = `{ orders(first: 10) { edges { node { id customer { email } } } } }`;
    const data = { orders: { edges: [{ node: { id: "1", customer: { email: "a@example.com" } } }, { node: { id: "2", customer: null } }] } };
    expect(actualQueryCost(input(q), data)).toBe(2 + (1 + 1) + (1 + 1));
    expect(actualQueryCost(input(`{ orders(first: 1) { nodes { id } } }`), { orders: { nodes: [{ id: "1" }, { id: "2" }, { id: "3" }] } })).toBe(3);
  });
});

describe("LeakyBucket", () => {
  it("takes what it holds, refuses more, restores continuously up to its maximum", () => {
    let now = 0;
    const bucket = new LeakyBucket({ maximumAvailable: 100, restoreRate: 10 }, () => now);
    expect(bucket.take(60)).toBe(true);
    expect(bucket.take(41)).toBe(false);
    expect(bucket.status().currentlyAvailable).toBe(40);
    now += 500;
    expect(bucket.status().currentlyAvailable).toBe(45);
    bucket.refund(20);
    expect(bucket.status().currentlyAvailable).toBe(65);
    now += 60_000;
    expect(bucket.status()).toEqual({ maximumAvailable: 100, currentlyAvailable: 100, restoreRate: 10 });
    expect(bucket.take(100)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });

  it("sizes buckets by plan", () => {
    expect(bucketForPlan("basic")).toEqual({ maximumAvailable: 2000, restoreRate: 100 });
    expect(bucketForPlan("unlimited")).toEqual({ maximumAvailable: 4000, restoreRate: 200 });
    expect(bucketForPlan("shopify_plus")).toEqual({ maximumAvailable: 20000, restoreRate: 1000 });
  });
});
