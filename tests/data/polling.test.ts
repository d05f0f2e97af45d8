// Adaptive polling end to end: the due-scan queues due shipments, poll jobs ask the shop's UPS
// account (the production client against a local UPS server that enforces a rate limit), new
// scans are stored, alerts evaluated and the next check set from the new state.
import "../support/env";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runDueJobs } from "../../app/jobs/index.server";
import { saveCarrierAccount } from "../../app/services/carrier-clients.server";
import { scheduleDuePolls } from "../../app/services/polling.server";
import { upsTokenBody } from "../../app/carriers/http/testing/oauth-bodies";
import { startRateLimitedServer, type RateLimitedServer } from "../../app/carriers/http/testing/rate-limited-server";
import { setUpTestDb, type TestDb } from "../support/test-db";

const TRACK = "/api/track/v1/details/";
const delivered = JSON.parse(readFileSync(join(import.meta.dirname, "../../app/carriers/ups/fixtures/delivered.json"), "utf8"));
const inTransit = JSON.parse(readFileSync(join(import.meta.dirname, "../../app/carriers/ups/fixtures/in-transit.json"), "utf8"));

function upsAnswer(number: string, body: typeof delivered) {
  const copy = structuredClone(body);
  copy.trackResponse.shipment[0].package[0].trackingNumber = number;
  return copy;
}

let t: TestDb;
let server: RateLimitedServer;
let shopId: string;

beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());
afterEach(async () => server?.close());
beforeEach(async () => {
  await t.db.shop.deleteMany();
  await t.db.job.deleteMany();
  globalThis.__porchlightClients = undefined;
  shopId = (await t.db.shop.create({ data: { domain: "poll.myshopify.com", name: "poll" } })).id;
});

async function makeShipments(n: number, due: Date) {
  const order = await t.db.order.create({ data: { shopId, shopifyId: "1", name: "#1", placedAt: new Date(), shopifyUpdatedAt: new Date() } });
  for (let i = 0; i < n; i++) {
    await t.db.shipment.create({
      data: { shopId, orderId: order.id, fulfillmentId: String(i), trackingNumber: `1ZPOLL${String(i).padStart(10, "0")}`, carrier: "ups", nextCheckAt: due },
    });
  }
}

describe("adaptive polling", () => {
  it("polls due shipments within the carrier's rate limit and schedules the next check by state", async () => {
    // 10 requests per second, as the account's UPS client is configured; the server refuses more.
    server = await startRateLimitedServer(10, 1000, (req) => {
      if (req.path === "/security/v1/oauth/token") return { body: upsTokenBody("tok") };
      const n = decodeURIComponent(req.path.slice(TRACK.length));
      return { body: upsAnswer(n, n.endsWith("0") ? delivered : inTransit) };
    });
    await saveCarrierAccount(shopId, "ups", { credentials: { clientId: "id", clientSecret: "secret" } }, server.url);
    await makeShipments(25, new Date(Date.now() - 60_000));
    await t.db.shipment.create({
      data: { shopId, orderId: (await t.db.order.findFirstOrThrow()).id, fulfillmentId: "later", trackingNumber: "1ZNOTDUE", carrier: "ups", nextCheckAt: new Date(Date.now() + 3_600_000) },
    });

    expect(await scheduleDuePolls()).toBe(25);
    expect(await scheduleDuePolls()).toBe(0); // claimed: not queued twice
    await runDueJobs();

    expect(server.refused()).toBe(0);
    expect(Math.max(...server.perWindow.values())).toBeLessThanOrEqual(10);
    expect(server.hits(TRACK)).toHaveLength(25);
    expect(server.hits("/security")).toHaveLength(1); // one OAuth token for all 25

    const rows = await t.db.shipment.findMany({ where: { trackingNumber: { startsWith: "1ZPOLL" } } });
    const done = rows.filter((s) => s.milestone === "delivered");
    const moving = rows.filter((s) => s.milestone !== "delivered");
    expect(done.length).toBe(3);
    for (const s of done) expect(s).toMatchObject({ active: false, nextCheckAt: null });
    for (const s of moving) {
      expect(s.active).toBe(true);
      const hours = (s.nextCheckAt!.getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(0.3);
      expect(hours).toBeLessThan(13);
    }
    expect(await t.db.trackingEvent.count()).toBeGreaterThan(25);
    // The poll evaluates alerts itself: no second evaluation is queued for the new events.
    expect(await t.db.job.count({ where: { name: "carrier.poll", status: "done" } })).toBe(25);
    expect(await t.db.job.count({ where: { name: "shipment.evaluate" } })).toBe(0);
  });

  it("keeps checking, less often, when a shop has no account for the carrier", async () => {
    server = await startRateLimitedServer(10, 1000, () => ({ status: 500 }));
    await makeShipments(1, new Date(Date.now() - 1000));
    await scheduleDuePolls();
    await runDueJobs();
    const s = await t.db.shipment.findFirstOrThrow();
    expect(s.active).toBe(true);
    expect(s.checkCount).toBe(1);
    expect(s.nextCheckAt!.getTime()).toBeGreaterThan(Date.now() + 3 * 3_600_000);
    expect(server.requests).toHaveLength(0);
  });
});
