// The embedded default's queue on durable rows: retry with backoff, give up after maxAttempts,
// and a job whose process died mid-run (lease expired) is taken again.
import "../support/env";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DbQueue } from "../../app/jobs/db-queue.server";
import { setUpTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let q: DbQueue;
beforeAll(async () => {
  t = await setUpTestDb();
  q = new DbQueue(t.db);
});
afterAll(async () => t.drop());
beforeEach(async () => void (await t.db.job.deleteMany()));

const at = (iso: string) => () => new Date(iso);

describe("DbQueue", () => {
  it("retries a failing job later with backoff, then completes it", async () => {
    let calls = 0;
    const handlers = {
      flaky: async () => {
        calls++;
        if (calls === 1) throw new Error("boom");
      },
    };
    await q.enqueue({ name: "flaky", payload: {}, runAt: new Date("2026-01-01T00:00:00Z") });
    expect(await q.drain(handlers, at("2026-01-01T00:00:00Z"))).toBe(1);
    let job = await t.db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "waiting", attempts: 1, lastError: "boom" });
    expect(job.runAt.getTime()).toBeGreaterThan(new Date("2026-01-01T00:00:01Z").getTime());
    // Not due yet: nothing runs.
    expect(await q.drain(handlers, at("2026-01-01T00:00:00.500Z"))).toBe(0);
    expect(await q.drain(handlers, at("2026-01-01T01:00:00Z"))).toBe(1);
    job = await t.db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "done", attempts: 2 });
  });

  it("marks a job failed after maxAttempts, keeping the last error", async () => {
    const handlers = { bad: async () => Promise.reject(new Error("always")) };
    await q.enqueue({ name: "bad", payload: {}, maxAttempts: 2, runAt: new Date("2026-01-01T00:00:00Z") });
    await q.drain(handlers, at("2026-01-01T00:00:00Z"));
    await q.drain(handlers, at("2026-01-02T00:00:00Z"));
    expect(await t.db.job.findFirstOrThrow()).toMatchObject({ status: "failed", attempts: 2, lastError: "always" });
  });

  it("takes again a job left running by a crashed process once its lease expires", async () => {
    await q.enqueue({ name: "work", payload: { n: 1 }, runAt: new Date("2026-01-01T00:00:00Z") });
    await t.db.job.updateMany({ data: { status: "running", attempts: 1, lockedUntil: new Date("2026-01-01T00:05:00Z") } });
    const seen: number[] = [];
    const handlers = { work: async (p: { n: number }) => void seen.push(p.n) };
    expect(await q.drain(handlers, at("2026-01-01T00:01:00Z"))).toBe(0);
    expect(await q.drain(handlers, at("2026-01-01T00:06:00Z"))).toBe(1);
    expect(seen).toEqual([1]);
    expect(await t.db.job.findFirstOrThrow()).toMatchObject({ status: "done", attempts: 2 });
  });

  it("enqueues once per dedupe key", async () => {
    await q.enqueue({ name: "x", payload: {}, dedupeKey: "k" });
    await q.enqueue({ name: "x", payload: {}, dedupeKey: "k" });
    expect(await t.db.job.count()).toBe(1);
  });

  it("a job with no handler fails visibly instead of vanishing", async () => {
    await q.enqueue({ name: "nobody", payload: {}, maxAttempts: 1 });
    await q.drain({});
    expect(await t.db.job.findFirstOrThrow()).toMatchObject({ status: "failed", lastError: "no handler for job 'nobody'" });
  });
});
