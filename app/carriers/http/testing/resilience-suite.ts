// The transport behaviour every client must show against its local carrier server: Retry-After
// honoured, 5xx retried, outages opening the circuit, timeouts, persistent 429s, dead hosts.
// Each client's test file runs it with its own endpoints and real success bodies.
import { afterEach, describe, expect, it } from "vitest";
import { CircuitBreaker } from "../circuit-breaker";
import type { FetchPolicy } from "../fetch-policy";
import { RateLimiter } from "../rate-limiter";
import type { TrackingClient } from "../types";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest, type Reply } from "./carrier-server";
import { manualClock, type ManualClock } from "./manual-clock";

export interface ClientHarness {
  clock: ManualClock;
  policy: FetchPolicy;
  breaker: CircuitBreaker;
  limiter: RateLimiter;
}

export interface ResilienceSpec {
  source: string;
  /** A number the success body answers for. */
  number: string;
  /** The carrier's real success body for `number`. */
  success: Handler;
  /** True for the tracking call itself (the one whose failures are simulated). */
  isTrackRequest: (req: ReceivedRequest) => boolean;
  /** Everything else the client needs from the server (token endpoint, ...). */
  other?: (req: ReceivedRequest) => Reply;
  create: (baseUrl: string, harness: ClientHarness) => TrackingClient;
}

export function harness(overrides: { timeoutMs?: number; maxRetries?: number } = {}): ClientHarness {
  const clock = manualClock();
  return {
    clock,
    policy: { timeoutMs: overrides.timeoutMs ?? 2_000, maxRetries: overrides.maxRetries ?? 2, clock },
    breaker: new CircuitBreaker({ name: "test", failureThreshold: 2, coolDownMs: 30_000, clock }),
    limiter: new RateLimiter({ limit: 1_000, intervalMs: 1_000 }, clock),
  };
}

export function describeResilience(spec: ResilienceSpec): void {
  describe(`${spec.source} client transport`, () => {
    let server: CarrierServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    /** Serves `track` for tracking calls and `spec.other` for the rest. */
    async function serve(track: (req: ReceivedRequest, attempt: number) => Reply | Promise<Reply>): Promise<CarrierServer> {
      let attempt = 0;
      server = await startCarrierServer((req) => {
        if (spec.isTrackRequest(req)) return track(req, attempt++);
        return spec.other ? spec.other(req) : { status: 404, body: "" };
      });
      return server;
    }
    const trackHits = (s: CarrierServer) => s.requests.filter(spec.isTrackRequest).length;

    it("waits the Retry-After of a 429, then succeeds", async () => {
      const s = await serve((req, n) => (n === 0 ? { status: 429, headers: { "retry-after": "7" }, body: { message: "Too Many Requests" } } : spec.success(req)));
      const h = harness();
      const [result] = await spec.create(s.url, h).track([spec.number]);
      expect(result.ok).toBe(true);
      expect(trackHits(s)).toBe(2);
      expect(h.clock.sleeps).toContain(7_000);
    });

    it("retries a 503 with backoff, then succeeds", async () => {
      const s = await serve((req, n) => (n === 0 ? { status: 503, body: "Service Unavailable" } : spec.success(req)));
      const h = harness();
      const [result] = await spec.create(s.url, h).track([spec.number]);
      expect(result.ok).toBe(true);
      expect(trackHits(s)).toBe(2);
      // Equal jitter at random() = 0.5 on the first retry: 250 + 125 ms.
      expect(h.clock.sleeps).toContain(375);
    });

    it("opens the circuit after repeated outages and fails fast without calling, then recovers", async () => {
      let down = true;
      const s = await serve((req) => (down ? { status: 502, body: "Bad Gateway" } : spec.success(req)));
      const h = harness({ maxRetries: 1 });
      const client = spec.create(s.url, h);

      for (let i = 0; i < 2; i++) {
        const [r] = await client.track([spec.number]);
        expect(r.ok || r.error).toMatchObject({ kind: "unavailable", code: "HTTP_502" });
      }
      expect(trackHits(s)).toBe(4);
      expect(h.breaker.state).toBe("open");

      const before = s.requests.length;
      const [fast] = await client.track([spec.number]);
      expect(fast.ok || fast.error).toMatchObject({ kind: "unavailable", code: "CIRCUIT_OPEN" });
      expect(s.requests.length).toBe(before);

      down = false;
      h.clock.advance(30_000);
      const [trial] = await client.track([spec.number]);
      expect(trial.ok).toBe(true);
      expect(h.breaker.state).toBe("closed");
    });

    it("gives up on a carrier that does not answer in time", async () => {
      const s = await serve(async (req) => ({ ...(await spec.success(req)), delayMs: 400 }));
      const h = harness({ timeoutMs: 60, maxRetries: 1 });
      const [result] = await spec.create(s.url, h).track([spec.number]);
      expect(result.ok || result.error).toMatchObject({ kind: "unavailable", code: "TIMEOUT" });
      expect(trackHits(s)).toBe(2);
    });

    it("retries a slow answer and takes the timely one", async () => {
      const s = await serve(async (req, n) => ({ ...(await spec.success(req)), delayMs: n === 0 ? 1_500 : 0 }));
      const h = harness({ timeoutMs: 300, maxRetries: 1 });
      const [result] = await spec.create(s.url, h).track([spec.number]);
      expect(result.ok).toBe(true);
      expect(trackHits(s)).toBe(2);
    });

    it("reports rate_limited when every attempt is refused with 429", async () => {
      const s = await serve(() => ({ status: 429, body: { message: "Too Many Requests" } }));
      const h = harness({ maxRetries: 2 });
      const [result] = await spec.create(s.url, h).track([spec.number]);
      expect(result.ok || result.error).toMatchObject({ kind: "rate_limited" });
      expect(trackHits(s)).toBe(3);
      expect(h.breaker.state).toBe("closed");
    });

    it("reports unavailable when nothing listens", async () => {
      const s = await serve((req) => spec.success(req));
      const url = s.url;
      await s.close();
      server = undefined;
      const h = harness({ maxRetries: 1 });
      const [result] = await spec.create(url, h).track([spec.number]);
      expect(result.ok || result.error).toMatchObject({ kind: "unavailable", code: "NETWORK" });
    });
  });
}
