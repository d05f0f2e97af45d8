import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";
import { DEFAULT_RATE_LIMITS, defaultRateLimit } from "./rate-limits";
import { manualClock } from "./testing/manual-clock";

/** Grant times of `n` concurrent take() calls. */
async function grants(limiter: RateLimiter, clock: { now(): number }, n: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(Array.from({ length: n }, () => limiter.take().then(() => times.push(clock.now()))));
  return times;
}

describe("RateLimiter", () => {
  it("spaces calls evenly by default, so no window of the interval holds more than the limit", async () => {
    const clock = manualClock(0);
    const times = await grants(new RateLimiter({ limit: 5, intervalMs: 1_000 }, clock), clock, 12);
    expect(times).toEqual([0, 200, 400, 600, 800, 1_000, 1_200, 1_400, 1_600, 1_800, 2_000, 2_200]);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1_000).length).toBeLessThanOrEqual(5);
  });

  it("lets a saved-up burst through at once, then refills at the rate", async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter({ limit: 10, intervalMs: 1_000, burst: 3 }, clock);
    expect(await grants(limiter, clock, 5)).toEqual([0, 0, 0, 100, 200]);
    clock.advance(10_000);
    // Idle time saves up at most `burst` tokens.
    expect((await grants(limiter, clock, 4)).map((t) => t - 10_200)).toEqual([0, 0, 0, 100]);
  });

  it("serves waiters in arrival order", async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter({ limit: 2, intervalMs: 1_000 }, clock);
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((i) => limiter.take().then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("never grants early when a timer fires before its time", async () => {
    let now = 0;
    const early = { now: () => now, sleep: async (ms: number) => void (now += Math.max(1, ms - 30)) };
    const limiter = new RateLimiter({ limit: 1, intervalMs: 100 }, early);
    const times: number[] = [];
    for (let i = 0; i < 4; i++) await limiter.take().then(() => times.push(now));
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(100);
  });

  it("rejects a non-positive rate", () => {
    expect(() => new RateLimiter({ limit: 0, intervalMs: 1_000 })).toThrow(RangeError);
    expect(() => new RateLimiter({ limit: 5, intervalMs: -1 })).toThrow(RangeError);
  });

  it("has a published default for every client source", () => {
    for (const source of ["ups", "fedex", "usps", "dhl", "aftership", "easypost", "shippo", "17track"]) {
      expect(DEFAULT_RATE_LIMITS[source], source).toBeDefined();
    }
    expect(defaultRateLimit("usps")).toEqual({ limit: 60, intervalMs: 3_600_000 });
    expect(defaultRateLimit("fedex")).toEqual({ limit: 1_400, intervalMs: 10_000 });
  });
});
