// The scale-out queue on a real Redis: dedupe, retry with backoff, and a job whose worker died
// mid-run taken again by another worker.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Worker } from "bullmq";
import { BullMqQueue, redisConnection, startBullMqWorker } from "../../app/jobs/bullmq-queue.server";
import type { JobHandler } from "../../app/jobs/types";

const connection = redisConnection(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function setUp(handlers: Record<string, JobHandler>, opts: { lockDuration?: number; stalledInterval?: number } = {}) {
  const name = `porchlight-test-${randomBytes(4).toString("hex")}`;
  const q = new BullMqQueue(connection, name);
  const w = startBullMqWorker(connection, handlers, { name, concurrency: 2, ...opts });
  cleanups.push(async () => {
    await w.close(true);
    await q.queue.obliterate({ force: true });
    await q.close();
  });
  return { q, w, name };
}

function until(check: () => boolean, ms = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = setInterval(() => {
      if (check()) {
        clearInterval(tick);
        resolve();
      } else if (Date.now() - start > ms) {
        clearInterval(tick);
        reject(new Error("timed out"));
      }
    }, 25);
  });
}

describe("BullMQ queue", () => {
  it("runs each job once per dedupe key", async () => {
    const seen: string[] = [];
    const { q } = setUp({ note: async (p: { v: string }) => void seen.push(p.v) });
    await q.enqueue({ name: "note", payload: { v: "a" }, dedupeKey: "webhook:1" });
    await q.enqueue({ name: "note", payload: { v: "a-again" }, dedupeKey: "webhook:1" });
    await q.enqueue({ name: "note", payload: { v: "b" } });
    await until(() => seen.length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.sort()).toEqual(["a", "b"]);
  });

  it("retries a failing job until it succeeds, with the attempt number", async () => {
    const attempts: number[] = [];
    const { q } = setUp({
      flaky: async (_p, ctx) => {
        attempts.push(ctx.attempt);
        if (ctx.attempt < 3) throw new Error("carrier timeout");
      },
    });
    await q.enqueue({ name: "flaky", payload: {}, maxAttempts: 5 });
    await until(() => attempts.length === 3);
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("a job whose worker crashed mid-run is taken again by another worker", async () => {
    let runs = 0;
    let release!: () => void;
    const hang = new Promise<void>((r) => (release = r));
    const name = `porchlight-test-${randomBytes(4).toString("hex")}`;
    const q = new BullMqQueue(connection, name);
    const first = startBullMqWorker(connection, { work: async () => void (runs++, await hang) }, { name, lockDuration: 1000, stalledInterval: 500 });
    await q.enqueue({ name: "work", payload: {} });
    await until(() => runs === 1);
    // Simulate a crash: stop renewing the lock without finishing the job.
    await first.close(true);
    let secondRuns = 0;
    const second: Worker = startBullMqWorker(connection, { work: async () => void secondRuns++ }, { name, lockDuration: 1000, stalledInterval: 500 });
    cleanups.push(async () => {
      release();
      await second.close(true);
      await q.queue.obliterate({ force: true });
      await q.close();
    });
    await until(() => secondRuns === 1, 20_000);
    expect(secondRuns).toBe(1);
  });
});
