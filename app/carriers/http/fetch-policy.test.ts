import { afterEach, describe, expect, it } from "vitest";
import { NetworkError, RequestTimeoutError } from "./errors";
import { fetchWithPolicy } from "./fetch-policy";
import { startCarrierServer, type CarrierServer, type Reply } from "./testing/carrier-server";
import { manualClock } from "./testing/manual-clock";

describe("fetchWithPolicy", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(replies: Reply[]): Promise<CarrierServer> {
    let i = 0;
    server = await startCarrierServer(() => replies[Math.min(i++, replies.length - 1)]);
    return server;
  }

  it("returns a 4xx answer at once: only 429 among client errors is retried", async () => {
    for (const status of [400, 401, 403, 404, 408, 422]) {
      const s = await serve([{ status, body: { error: status } }, { body: "second" }]);
      const clock = manualClock();
      const reply = await fetchWithPolicy(s.url + "/x", {}, { clock });
      expect([reply.status, reply.attempts, s.requests.length, clock.sleeps]).toEqual([status, 1, 1, []]);
      await s.close();
    }
  });

  it("honours Retry-After given as seconds and as an HTTP date", async () => {
    const clock = manualClock(Date.parse("2025-03-01T12:00:00Z"));
    const s = await serve([
      { status: 429, headers: { "retry-after": "3" } },
      { status: 503, headers: { "retry-after": "Sat, 01 Mar 2025 12:00:45 GMT" } },
      { body: "ok" },
    ]);
    const reply = await fetchWithPolicy(s.url, {}, { clock });
    expect([reply.status, reply.body, reply.attempts]).toEqual([200, "ok", 3]);
    // 3 s, then the date 45 s after the start minus the 3 s already slept.
    expect(clock.sleeps).toEqual([3_000, 42_000]);
  });

  it("does not wait out a Retry-After longer than the policy allows", async () => {
    const s = await serve([{ status: 429, headers: { "retry-after": "3600" } }, { body: "ok" }]);
    const clock = manualClock();
    const reply = await fetchWithPolicy(s.url, {}, { clock, maxRetryAfterMs: 60_000 });
    expect([reply.status, s.requests.length, clock.sleeps]).toEqual([429, 1, []]);
  });

  it("backs off exponentially with jitter, capped, and returns the last 5xx when retries run out", async () => {
    const s = await serve([{ status: 500 }]);
    const randoms = [0, 1, 0.5, 0];
    const clock = manualClock(0, () => randoms.shift() ?? 0);
    const reply = await fetchWithPolicy(s.url, {}, { clock, maxRetries: 4, baseDelayMs: 100, maxDelayMs: 600 });
    expect([reply.status, reply.attempts, s.requests.length]).toEqual([500, 5, 5]);
    // ceilings 100, 200, 400, 600 (capped); half fixed, half scaled by random().
    expect(clock.sleeps).toEqual([50, 200, 300, 300]);
  });

  it("times out each attempt and reports the timeout when all attempts are slow", async () => {
    const s = await serve([{ body: "late", delayMs: 300 }]);
    const clock = manualClock();
    const error = await fetchWithPolicy(s.url, {}, { clock, timeoutMs: 40, maxRetries: 2, source: "ups" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ source: "ups", timeoutMs: 40 });
    expect(s.requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("times out a body that starts but never finishes", async () => {
    const { createServer } = await import("node:http");
    const stalled = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"trackResponse":');
    });
    await new Promise<void>((r) => stalled.listen(0, "127.0.0.1", r));
    const { port } = stalled.address() as { port: number };
    try {
      const error = await fetchWithPolicy(`http://127.0.0.1:${port}/`, {}, { clock: manualClock(), timeoutMs: 80, maxRetries: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestTimeoutError);
    } finally {
      stalled.closeAllConnections();
      stalled.close();
    }
  });

  it("stops at once, without retrying, when the caller aborts", async () => {
    const s = await serve([{ body: "late", delayMs: 300 }]);
    const clock = manualClock();
    const caller = new AbortController();
    setTimeout(() => caller.abort(new Error("shutting down")), 30);
    const error = await fetchWithPolicy(s.url, { signal: caller.signal }, { clock, timeoutMs: 5_000, maxRetries: 3 }).catch((e: Error) => e.message);
    expect(error).toBe("shutting down");
    expect([s.requests.length, clock.sleeps]).toEqual([1, []]);
  });

  it("retries network errors and reports them when the host stays down", async () => {
    const s = await serve([{ body: "never" }]);
    const url = s.url;
    await s.close();
    server = undefined;
    const clock = manualClock();
    const error = await fetchWithPolicy(url, {}, { clock, maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("runs beforeAttempt before every attempt and stops when it throws", async () => {
    const s = await serve([{ status: 502 }, { status: 502 }, { body: "ok" }]);
    let calls = 0;
    const reply = await fetchWithPolicy(s.url, {}, { clock: manualClock(), beforeAttempt: async () => void calls++ });
    expect([reply.status, calls]).toEqual([200, 3]);

    const refused = await fetchWithPolicy(s.url, {}, { clock: manualClock(), beforeAttempt: async () => { throw new Error("circuit open"); } }).catch((e: Error) => e.message);
    expect(refused).toBe("circuit open");
    expect(s.requests).toHaveLength(3);
  });
});
