import express from "express";
import { GraphQLClient } from "graphql-request";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStandInOrders, standInShop } from "./fixtures";
import { createAdminApiHandler, startAdminApiServer, type RunningAdminApi } from "./server";
import { AdminApiStore } from "./store";
import { clientError, startStandIn, TEST_TOKEN, type StandIn } from "./test-server";

const INVALID_TOKEN = { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" };

let s: StandIn;
beforeAll(async () => {
  s = await startStandIn(makeStandInOrders(30, 3));
});
afterAll(async () => {
  await s.api.close();
});

describe("shop", () => {
  it("answers the shop query from the shop record, in Shopify's shapes", async () => {
    const res = await s.client().rawRequest<{ shop: unknown }>(/* GraphQL */ `
      query Shop {
        shop { id name myshopifyDomain email currencyCode ianaTimezone primaryDomain { host } plan { displayName publicDisplayName shopifyPlus } }
      }
    `);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-shopify-api-version")).toBe("2026-07");
    expect(res.data.shop).toEqual({
      id: "gid://shopify/Shop/68412345678",
      name: "Porchlight Demo Goods",
      myshopifyDomain: "porchlight-demo.myshopify.com",
      email: "owner@porchlight-demo.example",
      currencyCode: "USD",
      ianaTimezone: "America/New_York",
      primaryDomain: { host: "porchlight-demo.myshopify.com" },
      plan: { displayName: "Basic", publicDisplayName: "Basic", shopifyPlus: false },
    });
  });
});

describe("authentication", () => {
  it("refuses a wrong or missing access token with Shopify's 401 body", async () => {
    for (const client of [s.client("shpat_wrong"), new GraphQLClient(s.api.graphqlUrl())]) {
      const e = await clientError(client.request(`{ shop { name } }`));
      expect(e.response.status).toBe(401);
      expect(JSON.parse(e.response.body as string)).toEqual(INVALID_TOKEN);
    }
  });

  it("routes by X-Shopify-Shop-Domain: a token is good only for its own shop", async () => {
    const a = new AdminApiStore({ shop: standInShop(), accessTokens: ["token-a"], orders: [] });
    const b = new AdminApiStore({
      shop: standInShop({ id: 2, name: "Other Shop", myshopify_domain: "other-shop.myshopify.com", currency: "CAD" }),
      accessTokens: ["token-b"],
      orders: makeStandInOrders(3, 9),
    });
    const api = await startAdminApiServer([a, b]);
    try {
      const client = (token: string, domain: string) =>
        new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": token, "X-Shopify-Shop-Domain": domain } });
      const ok = await client("token-b", "other-shop.myshopify.com").request<{ shop: { name: string; currencyCode: string } }>(`{ shop { name currencyCode } }`);
      expect(ok.shop).toEqual({ name: "Other Shop", currencyCode: "CAD" });
      const crossed = await clientError(client("token-a", "other-shop.myshopify.com").request(`{ shop { name } }`));
      expect(crossed.response.status).toBe(401);
      const unknown = await clientError(client("token-a", "nobody.myshopify.com").request(`{ shop { name } }`));
      expect(unknown.response.status).toBe(404);
      // Two shops and no shop named: nothing to route to.
      const unnamed = await clientError(new GraphQLClient(api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": "token-a" } }).request(`{ shop { name } }`));
      expect(unnamed.response.status).toBe(404);
    } finally {
      await api.close();
    }
  });

  it("accepts a token added at runtime and refuses one revoked", async () => {
    s.store.addAccessToken("shpat_rotated");
    await expect(s.client("shpat_rotated").request(`{ shop { name } }`)).resolves.toBeTruthy();
    s.store.revokeAccessToken("shpat_rotated");
    expect((await clientError(s.client("shpat_rotated").request(`{ shop { name } }`))).response.status).toBe(401);
  });
});

describe("invalid queries", () => {
  it("an unknown field: 200, Shopify's undefinedField error, no data", async () => {
    const e = await clientError(s.client().request(`query { shop { name nickname } }`));
    expect(e.response.status).toBe(200);
    expect(e.response.data).toBeUndefined();
    expect(e.response.errors).toEqual([
      {
        message: "Field 'nickname' doesn't exist on type 'Shop'",
        locations: [{ line: 1, column: 21 }],
        path: ["query", "shop", "nickname"],
        extensions: { code: "undefinedField", typeName: "Shop", fieldName: "nickname" },
      },
    ]);
  });

  it("a missing required argument and an unknown argument, worded as Shopify words them", async () => {
    const e = await clientError(s.client().request(`query Q { order { id } orders(first: 1, sort: ID) { nodes { id } } }`));
    expect(e.response.errors?.map((x) => x.message)).toEqual([
      "Field 'order' is missing required arguments: id",
      "Field 'orders' doesn't accept argument 'sort'",
    ]);
    expect(e.response.errors?.[1].path).toEqual(["query Q", "orders", "sort"]);
  });

  it("a syntax error and a bad variable are errors without data", async () => {
    const syntax = await clientError(s.client().request(`{ shop { name }`));
    expect(syntax.response.errors?.[0].message).toMatch(/Syntax Error/);
    const variable = await clientError(s.client().request(`query($id: ID!) { order(id: $id) { id } }`, {}));
    expect(variable.response.errors?.[0].message).toMatch(/\$id/);
    expect(variable.response.data).toBeUndefined();
  });

  it("refuses GET and unknown paths; takes application/graphql bodies", async () => {
    const get = await fetch(s.api.graphqlUrl(), { headers: { "X-Shopify-Access-Token": TEST_TOKEN } });
    expect(get.status).toBe(405);
    const other = await fetch(`${s.api.url}/admin/api/2026-07/orders.json`, { method: "POST", headers: { "X-Shopify-Access-Token": TEST_TOKEN } });
    expect(other.status).toBe(404);
    const raw = await fetch(s.api.graphqlUrl(), {
      method: "POST",
      headers: { "X-Shopify-Access-Token": TEST_TOKEN, "Content-Type": "application/graphql" },
      body: "{ shop { name } }",
    });
    expect(await raw.json()).toMatchObject({ data: { shop: { name: "Porchlight Demo Goods" } } });
    const badJson = await fetch(s.api.graphqlUrl(), {
      method: "POST",
      headers: { "X-Shopify-Access-Token": TEST_TOKEN, "Content-Type": "application/json" },
      body: "{ not json",
    });
    expect(badJson.status).toBe(400);
  });
});

describe("mounted inside an Express app", () => {
  it("serves under a path prefix, behind express.json(), and leaves other paths to the app", async () => {
    const store = new AdminApiStore({ shop: standInShop(), accessTokens: ["t"], orders: makeStandInOrders(5, 1) });
    const app = express();
    app.use(express.json());
    app.use("/__shopify", createAdminApiHandler(store));
    app.get("/health", (_req, res) => {
      res.send("ok");
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const client = new GraphQLClient(`${base}/__shopify/admin/api/2026-07/graphql.json`, { headers: { "X-Shopify-Access-Token": "t" } });
      const { orders } = await client.request<{ orders: { nodes: unknown[] } }>(`{ orders(first: 10) { nodes { id } } }`);
      expect(orders.nodes).toHaveLength(5);
      expect(await (await fetch(`${base}/health`)).text()).toBe("ok");
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it("startAdminApiServer binds the address it was given and stops on close", async () => {
    const api: RunningAdminApi = await startAdminApiServer(new AdminApiStore({ shop: standInShop(), accessTokens: ["t"], orders: [] }), {
      port: 0,
      host: "127.0.0.1",
    });
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await api.close();
    await expect(fetch(api.graphqlUrl(), { method: "POST" })).rejects.toThrow();
  });
});
