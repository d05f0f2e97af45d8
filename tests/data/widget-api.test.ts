// Shopper surfaces' backends, with real session tokens and app proxy signatures: a shopper sees
// their own order and nothing else; forged, expired and other-customer tokens and bad proxy
// signatures are refused; lookups never reveal whether an email exists.
import "../support/env";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { deliver, fixture } from "../support/webhook-client";
import { sessionToken, signedProxyUrl } from "../support/shopper-auth";
import { recordEvents } from "../../app/services/tracking-ingest.server";
import { flushShopperViews } from "../../app/services/tracking-view.server";
import { codeInfo, pitfallLabel, shopperMessage, type EventCode } from "../../app/tracking/taxonomy";

const SHOP = "test-shop.myshopify.com";
const CUSTOMER = "115310627314723954";
const ORDER_ID = "820982911946154508";
const routes = join(import.meta.dirname, "../../app/routes");
let t: TestDb;

async function call(file: string, request: Request): Promise<Response> {
  const mod = await import(join(routes, file));
  try {
    return await mod.loader({ request, params: {}, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const api = (token: string | null, order = ORDER_ID, extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  call(
    "api.tracking.tsx",
    new Request(`https://porchlight.test/api/tracking?${new URLSearchParams({ order: `gid://shopify/Order/${order}`, ...extra })}`, {
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), Origin: "https://extensions.shopifycdn.com", ...headers },
    }),
  );

beforeAll(async () => {
  t = await setUpTestDb();
  await deliver("orders/create", fixture("orders-updated.json"));
  const s = await t.db.shipment.findFirstOrThrow({ where: { trackingNumber: "1Z5R89390357567127" } });
  const ev = (code: EventCode, at: string) => ({ occurredAt: at, utcOffset: "-05:00", code, milestone: codeInfo(code).milestone, pitfall: codeInfo(code).pitfall, location: "Louisville, KY, US", rawCode: null, rawText: null });
  await recordEvents(s.id, [ev("in_transit.picked_up", "2026-11-19T15:00:00.000Z"), ev("in_transit.arrived_at_facility", "2026-11-20T03:00:00.000Z")], "ups", { notify: false });
});
afterAll(async () => t.drop());

describe("GET /api/tracking (order-status block)", () => {
  it("answers the shopper's own order with its localized view, an ETag and a recorded view", async () => {
    const res = await api(sessionToken({ shop: SHOP, customerId: CUSTOMER }), ORDER_ID, { locale: "fr-CA" });
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.order.name).toBe("#9999");
    expect(view.order.placedAt).toBe("2026-11-18T15:22:31.000Z"); // instants survive the raw read on both databases
    expect(view.locale).toBe("fr");
    expect(view.shipments).toHaveLength(2);
    const ups = view.shipments.find((s: { trackingNumber: string }) => s.trackingNumber === "1Z5R89390357567127");
    expect(ups.milestone).toBe("in_transit");
    expect(ups.timeline[0].code).toBe("in_transit.arrived_at_facility");
    expect(res.headers.get("ETag")).toMatch(/^".+"$/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    // Written in UTC whatever the process's zone (pg would otherwise send New York wall time).
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      await flushShopperViews();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const [seen] = await t.db.shopperView.findMany({ where: { surface: "order-status" } });
    expect(await t.db.shopperView.count({ where: { surface: "order-status" } })).toBe(1);
    expect(Math.abs(seen.viewedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const etag = res.headers.get("ETag")!;
    expect(res.headers.get("Vary")).toBe("Authorization, Accept-Language");
    const revalidate = (ifNoneMatch: string) => api(sessionToken({ shop: SHOP, customerId: CUSTOMER }), ORDER_ID, { locale: "fr-CA" }, { "If-None-Match": ifNoneMatch });
    expect((await revalidate(etag)).status).toBe(304);
    expect((await revalidate(`"stale", W/${etag}`)).status).toBe(304); // a list, a weak tag
    expect((await revalidate('"stale"')).status).toBe(200);
    // Another language is another view: the tag no longer matches.
    const german = await api(sessionToken({ shop: SHOP, customerId: CUSTOMER }), ORDER_ID, { locale: "de" }, { "If-None-Match": etag });
    expect(german.status).toBe(200);
  });

  it("reads the shopper's time zone, and falls back to the shop's when the one sent is not a zone", async () => {
    const token = () => sessionToken({ shop: SHOP, customerId: CUSTOMER });
    const tokyo = await (await api(token(), ORDER_ID, { tz: "Asia/Tokyo" })).json();
    expect(tokyo.timeZone).toBe("Asia/Tokyo");
    // arrived_at_facility at 03:00Z on Nov 20 is 12:00 in Tokyo
    const arrived = (v: { shipments: Array<{ timeline: Array<{ code: string; when: string }> }> }) =>
      v.shipments.flatMap((s) => s.timeline).find((e) => e.code === "in_transit.arrived_at_facility")!.when;
    expect(arrived(tokyo)).toMatch(/Nov 20.*12:00/);
    const bogus = await api(token(), ORDER_ID, { tz: "Not/AZone" });
    expect(bogus.status).toBe(200);
    expect((await bogus.json()).timeZone).toBe("UTC"); // the test shop's zone
  });

  it("shows an open alert as the shipment's banner, raised by its scan, and drops it once resolved", async () => {
    const ups = await t.db.shipment.findFirstOrThrow({ where: { trackingNumber: "1Z5R89390357567127" } });
    const scan = await t.db.trackingEvent.findFirstOrThrow({ where: { shipmentId: ups.id, code: "in_transit.arrived_at_facility" } });
    const alert = await t.db.alert.create({
      data: { shopId: ups.shopId, shipmentId: ups.id, rule: "test.weather", family: "weather", severity: "medium", causeKey: "t", details: JSON.stringify({ triggeredBy: scan.id }), openedAt: new Date() },
    });
    const token = () => sessionToken({ shop: SHOP, customerId: CUSTOMER });
    const upsView = async () => {
      const view = await (await api(token(), ORDER_ID, { locale: "de" })).json();
      return view.shipments.find((s: { trackingNumber: string }) => s.trackingNumber === ups.trackingNumber);
    };
    const shown = await upsView();
    expect(shown.banner).toMatchObject({ family: "weather", tone: "warning", title: pitfallLabel("weather", "de"), message: shopperMessage("in_transit.arrived_at_facility", "de") });
    expect(shown.headline).toContain(pitfallLabel("weather", "de"));
    await t.db.alert.update({ where: { id: alert.id }, data: { status: "resolved", resolvedAt: new Date() } });
    expect((await upsView()).banner).toBeNull();
  });

  it("answers an order that has not shipped yet with no shipments", async () => {
    const order = await t.db.order.findFirstOrThrow({ where: { shopifyId: ORDER_ID } });
    await t.db.order.create({
      data: { shopId: order.shopId, shopifyId: "777000111", name: "#7770", customerId: CUSTOMER, placedAt: new Date(), shopifyUpdatedAt: new Date() },
    });
    const res = await api(sessionToken({ shop: SHOP, customerId: CUSTOMER }), "777000111");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ order: { name: "#7770" }, shipments: [] });
  });

  it("serves the Thank-you page: the full view to the signed-in buyer, only the status to a guest, and only just after checkout", async () => {
    const ups = await t.db.shipment.findFirstOrThrow({ where: { trackingNumber: "1Z5R89390357567127" }, include: { order: true } });
    // A just-placed order with a parcel already on its way.
    const fresh = await t.db.order.create({
      data: { shopId: ups.shopId, shopifyId: "888000111", name: "#8880", customerId: CUSTOMER, placedAt: new Date(Date.now() - 10 * 60_000), shopifyUpdatedAt: new Date() },
    });
    await t.db.shipment.create({
      data: { shopId: ups.shopId, orderId: fresh.id, fulfillmentId: "f-fresh", trackingNumber: "1Z5R89390357567128", carrier: "ups", trackingUrl: "https://www.ups.com/track?tracknum=1Z5R89390357567128", milestone: "in_transit", statusCode: "in_transit.picked_up" },
    });
    const fresher = await t.db.shipment.findFirstOrThrow({ where: { orderId: fresh.id } });
    await recordEvents(fresher.id, [{ occurredAt: new Date().toISOString(), utcOffset: "-05:00", code: "in_transit.picked_up", milestone: "in_transit", pitfall: null, location: "Louisville, KY, US", rawCode: null, rawText: null }], "ups", { notify: false });
    const thankYou = (token: string, order: string) => api(token, order, { surface: "thank-you" });

    const buyer = await (await thankYou(sessionToken({ shop: SHOP, customerId: CUSTOMER }), "888000111")).json();
    expect(buyer.shipments[0]).toMatchObject({ trackingNumber: "1Z5R89390357567128", milestone: "in_transit" });
    expect(buyer.shipments[0].timeline).toHaveLength(1);

    const guestRes = await thankYou(sessionToken({ shop: SHOP }), "888000111");
    expect(guestRes.status).toBe(200);
    const guest = await guestRes.json();
    expect(guest.shipments[0]).toMatchObject({ trackingNumber: "", milestone: "in_transit", headline: buyer.shipments[0].headline, timeline: [] });
    expect(guest.shipments[0].carrier.trackingUrl).toBeNull();
    expect(JSON.stringify(guest)).not.toContain("1Z5R89390357567128");
    expect(JSON.stringify(guest)).not.toContain("Louisville");
    expect(guestRes.headers.get("ETag")).not.toBe((await thankYou(sessionToken({ shop: SHOP, customerId: CUSTOMER }), "888000111")).headers.get("ETag"));

    // An order placed days ago is not a guest's to see, nor is anything on the order-status surface.
    expect((await thankYou(sessionToken({ shop: SHOP }), ORDER_ID)).status).toBe(404);
    expect((await api(sessionToken({ shop: SHOP }), "888000111")).status).toBe(404);
  });

  it("refuses a token signed with another secret", async () => {
    expect((await api(sessionToken({ shop: SHOP, customerId: CUSTOMER, secret: "forged" }))).status).toBe(401);
  });

  it("refuses an expired token", async () => {
    expect((await api(sessionToken({ shop: SHOP, customerId: CUSTOMER, expiresIn: -60 }))).status).toBe(401);
  });

  it("refuses a missing token", async () => {
    expect((await api(null)).status).toBe(401);
  });

  it("answers another customer's order exactly like an order that does not exist", async () => {
    const other = await api(sessionToken({ shop: SHOP, customerId: "999" }));
    const missing = await api(sessionToken({ shop: SHOP, customerId: CUSTOMER }), "123456");
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.text()).toBe(await missing.text());
  });

  it("never serves one shop's order to another shop's token", async () => {
    expect((await api(sessionToken({ shop: "other-shop.myshopify.com", customerId: CUSTOMER }))).status).toBe(404);
  });

  it("rejects a malformed order id with 400", async () => {
    const res = await call("api.tracking.tsx", new Request("https://porchlight.test/api/tracking?order=abc", { headers: { Authorization: `Bearer ${sessionToken({ shop: SHOP, customerId: CUSTOMER })}` } }));
    expect(res.status).toBe(400);
  });
});

describe("GET /proxy/track (storefront tracking page)", () => {
  const proxy = (params: Record<string, string>, secret?: string, ip = "203.0.113.7") =>
    call("proxy.track.tsx", new Request(signedProxyUrl("https://porchlight.test/proxy/track", { shop: SHOP, format: "json", ...params }, secret), { headers: { "X-Forwarded-For": ip } }));

  it("finds an order by number and email, and by tracking number", async () => {
    const byOrder = await proxy({ order: "9999", email: "JON@example.com" });
    expect(byOrder.status).toBe(200);
    expect((await byOrder.json()).order.name).toBe("#9999");
    const byNumber = await proxy({ tracking: "1z5r 8939 0357 5671 27", tz: "Asia/Tokyo" }, undefined, "203.0.113.8");
    expect(byNumber.status).toBe(200);
    expect((await byNumber.json()).timeZone).toBe("Asia/Tokyo"); // scan times in the shopper's zone
  });

  it("lets a signed-in customer find their own order by number alone, and nobody else's", async () => {
    const own = await proxy({ order: "#9999", logged_in_customer_id: CUSTOMER }, undefined, "203.0.113.11");
    expect(own.status).toBe(200);
    expect((await own.json()).order.name).toBe("#9999");
    const someoneElse = await proxy({ order: "#9999", logged_in_customer_id: "424242" }, undefined, "203.0.113.11");
    expect(someoneElse.status).toBe(404);
    const signedOut = await proxy({ order: "#9999" }, undefined, "203.0.113.11"); // the proxy sends an empty id
    expect(signedOut.status).toBe(400);
  });

  it("answers a wrong email exactly like an unknown order", async () => {
    const wrong = await proxy({ order: "9999", email: "someone@example.com" }, undefined, "203.0.113.9");
    const unknown = await proxy({ order: "123", email: "jon@example.com" }, undefined, "203.0.113.9");
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.text()).toBe(await unknown.text());
  });

  it("refuses a bad proxy signature", async () => {
    const res = await proxy({ order: "9999", email: "jon@example.com" }, "not-the-secret", "203.0.113.10");
    expect([400, 401]).toContain(res.status);
    expect(res.status).not.toBe(200);
  });

  it("rate-limits lookups per shopper IP", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await proxy({ order: `${1000 + i}`, email: "x@example.com" }, undefined, "198.51.100.1")).status);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another shopper is not affected.
    expect((await proxy({ order: "9999", email: "jon@example.com" }, undefined, "198.51.100.2")).status).toBe(200);
  });
});
