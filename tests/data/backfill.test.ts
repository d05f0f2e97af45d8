// Backfill of a 5,000-order shop through the real GraphQL client against the local Admin API
// stand-in: completes, stays under the cost limit (waits for the bucket instead of being
// throttled), and resumes after the process is killed halfway.
import "../support/env";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStandInOrders } from "../../app/demo/admin-api";
import { startStandIn, TEST_TOKEN, type StandIn } from "../../app/demo/admin-api/test-server";
import { backfillShop } from "../../app/services/backfill.server";
import { AdminApiError, createAdminClient, type AdminClient } from "../../app/services/shopify-admin.server";
import { setUpTestDb, type TestDb } from "../support/test-db";

const SHOP = "porchlight-demo.myshopify.com";
const root = join(import.meta.dirname, "../..");
const NOW = new Date("2026-11-01T12:00:00Z");
const orders = makeStandInOrders(5000, 11, { start: "2026-09-05T00:00:00Z", spanDays: 55 });

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
});
afterAll(async () => t.drop());

async function freshShop() {
  await t.db.shop.deleteMany();
  await t.db.session.deleteMany();
  await t.db.shop.create({ data: { domain: SHOP, name: "Demo" } });
  await t.db.session.create({ data: { id: `offline_${SHOP}`, shop: SHOP, state: "", isOnline: false, accessToken: TEST_TOKEN } });
}

function countingClient(inner: AdminClient, seen: { throttled: number; calls: number; maxRequested: number }): AdminClient {
  return {
    shop: inner.shop,
    async request(query, variables) {
      seen.calls++;
      try {
        const res = await inner.request(query, variables);
        seen.maxRequested = Math.max(seen.maxRequested, res.cost?.requestedQueryCost ?? 0);
        return res;
      } catch (err) {
        if (err instanceof AdminApiError && err.code === "THROTTLED") seen.throttled++;
        throw err;
      }
    },
  } as AdminClient;
}

describe("backfill", { timeout: 240_000 }, () => {
  let standIn: StandIn;
  afterAll(async () => standIn?.api.close());

  it("imports 5,000 orders, waiting for the cost bucket instead of being throttled", async () => {
    await freshShop();
    // A small bucket (Basic plan: 2,000 points, 100/s restore) on a hand-driven clock: the
    // backfill's waits advance it, so the bucket logic is real and the test is fast.
    standIn = await startStandIn(orders, { bucket: { maximumAvailable: 2000, restoreRate: 100 } });
    const seen = { throttled: 0, calls: 0, maxRequested: 0 };
    const client = countingClient(createAdminClient(SHOP, TEST_TOKEN, standIn.api.graphqlUrl()), seen);
    const result = await backfillShop(SHOP, {
      client,
      now: NOW,
      sleep: async (ms) => standIn.clock.advance(ms / 1000),
    });
    expect(result.done).toBe(true);
    expect(result.processed).toBe(5000);
    expect(seen.throttled).toBe(0);
    expect(result.waitedMs).toBeGreaterThan(0);
    expect(seen.maxRequested).toBeLessThanOrEqual(1000);
    expect(await t.db.order.count()).toBe(5000);
    const withTracking = orders.filter((o) => o.fulfillments.some((f) => f.tracking_numbers.length)).length;
    expect(await t.db.order.count({ where: { shipments: { some: {} } } })).toBe(withTracking);
    const run = await t.db.backfillRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "done", processed: 5000 });
  });

  it("resumes after the process is killed halfway, importing every order exactly once", async () => {
    await freshShop();
    await standIn?.api.close();
    // The stand-in's clock does not move on its own here, so give it a bucket that never runs dry:
    // this test is about resuming, the one above about cost.
    standIn = await startStandIn(orders, { bucket: { maximumAvailable: 1_000_000_000, restoreRate: 1_000 } });
    const child = spawn(
      process.execPath,
      // One process (tsx as a loader, not its CLI wrapper), so SIGKILL really kills the backfill.
      ["--import", "tsx", join(root, "app/cli/main.ts"), "backfill", "--shop", SHOP, "--days", "400", "--page-size", "25"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: t.url, SHOPIFY_ADMIN_API_URL: standIn.api.url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    // Kill it once it is well under way.
    for (;;) {
      const run = await t.db.backfillRun.findFirst();
      if (run && run.processed >= 2000) break;
      if (child.exitCode !== null) throw new Error(`backfill exited early: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await exited;
    const killed = await t.db.backfillRun.findFirstOrThrow();
    expect(killed.status).toBe("running");
    expect(killed.processed).toBeLessThan(5000);

    const client = createAdminClient(SHOP, TEST_TOKEN, standIn.api.graphqlUrl());
    const resumed = await backfillShop(SHOP, { client, now: NOW, days: 400, pageSize: 25 });
    expect(resumed.runId).toBe(killed.id);
    expect(resumed.processed).toBe(5000);
    expect(resumed.pages).toBeLessThan(5000 / 25);
    expect(await t.db.order.count()).toBe(5000);
    expect(await t.db.backfillRun.count()).toBe(1);
  });
});
