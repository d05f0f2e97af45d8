// The widget API as the production server answers it (`npm run demo`: the direct route ahead of
// Remix, app/server/http.ts): real session tokens over HTTP, CORS, ETag revalidation, refusals,
// and shopper views saved when the server stops.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_KEY, DEMO_API_SECRET } from "../../app/env.server";
import { startDemo, type DemoServer } from "../support/demo-server";
import { sessionToken } from "../support/shopper-auth";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";
let demo: DemoServer;
let order: { shopifyId: string; customerId: string; domain: string; name: string };
let stranger: string;
let since: string; // the demo seeds views of its own before this

function query<T>(sql: string): T[] {
  const conn = new Database(demo.databaseUrl.replace(/^file:/, ""), { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

const token = (customerId: string | null, secret = DEMO_API_SECRET) => sessionToken({ shop: order.domain, customerId, secret, aud: DEMO_API_KEY });
const api = (init: { token?: string; order?: string; method?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${demo.url}/api/tracking?order=gid://shopify/Order/${init.order ?? order.shopifyId}&locale=de`, {
    method: init.method ?? "GET",
    headers: { "User-Agent": BROWSER, Origin: "https://extensions.shopifycdn.com", ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...init.headers },
  });

beforeAll(async () => {
  demo = await startDemo({ DEMO_ORDERS: "40" });
  since = new Date().toISOString();
  const rows = query<{ shopifyId: string; customerId: string; domain: string; name: string }>(
    `SELECT o.shopifyId, o.customerId, s.domain, o.name FROM "Order" o JOIN Shop s ON s.id = o.shopId
     WHERE o.customerId IS NOT NULL AND EXISTS (SELECT 1 FROM Shipment x WHERE x.orderId = o.id) ORDER BY o.placedAt LIMIT 2`,
  );
  [order] = rows;
  stranger = rows.find((r) => r.customerId !== order.customerId)?.customerId ?? "1";
});
afterAll(async () => demo?.stop());

describe("GET /api/tracking on the production server", () => {
  it("answers the shopper's own order in their language, with CORS and an ETag, then 304 on revalidation", async () => {
    const res = await api({ token: token(order.customerId) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const view = await res.json();
    expect(view.order.name).toBe(order.name);
    expect(view.locale).toBe("de");
    expect(view.shipments.length).toBeGreaterThan(0);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);

    const again = await api({ token: token(order.customerId), headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("answers the CORS preflight and refuses other methods", async () => {
    const preflight = await api({ method: "OPTIONS", headers: { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    const post = await api({ method: "POST", token: token(order.customerId) });
    expect(post.status).toBe(405);
  });

  it("refuses missing and forged tokens, and answers another customer's order like a missing one", async () => {
    expect((await api()).status).toBe(401);
    expect((await api({ token: token(order.customerId, "not-the-app-secret") })).status).toBe(401);
    const other = await api({ token: token(stranger) });
    const missing = await api({ token: token(order.customerId), order: "999999999999" });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.text()).toBe(await missing.text());
  });

  it("saves the buffered shopper views when the server stops", async () => {
    for (let i = 0; i < 3; i++) expect((await api({ token: token(order.customerId) })).status).toBe(200);
    await demo.stop();
    const views = query<{ surface: string; locale: string; viewedAt: string }>(`SELECT surface, locale, viewedAt FROM ShopperView WHERE viewedAt >= '${since}'`);
    expect(views.length).toBeGreaterThanOrEqual(5); // the two 200s and 304 above, and these three
    expect(new Set(views.map((v) => v.surface))).toEqual(new Set(["order-status"]));
    expect(views.every((v) => v.locale === "de" && !Number.isNaN(Date.parse(v.viewedAt)))).toBe(true);
  });
});
