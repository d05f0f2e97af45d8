// The per-carrier rate limit, end to end: real clock, real HTTP, a server that refuses requests
// above its limit. The client is the production client with only its base URL and limit changed.
import { afterEach, describe, expect, it } from "vitest";
import { createDhlClient } from "../dhl/client.server";
import { ownFixture } from "../fixture-files";
import { createUpsClient } from "../ups/client.server";
import { RateLimiter } from "./rate-limiter";
import { upsTokenBody } from "./testing/oauth-bodies";
import { startRateLimitedServer, type RateLimitedServer } from "./testing/rate-limited-server";

const LIMIT = 20;
const WINDOW_MS = 1_000;
const NUMBERS = Array.from({ length: 50 }, (_, i) => `12345678${String(i).padStart(2, "0")}`);
const DHL_BODY = JSON.parse(ownFixture("dhl", "in-transit.json"));
const UPS_BODY = JSON.parse(ownFixture("ups", "in-transit.json"));

/** The carrier's success body, answering for the number asked. */
function dhlAnswer(number: string) {
  return { body: { ...DHL_BODY, shipments: [{ ...DHL_BODY.shipments[0], id: number }] } };
}

describe("per-carrier rate limit against a carrier that enforces it", () => {
  let server: RateLimitedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a burst of 50 DHL tracks is spaced so the carrier never refuses one", async () => {
    server = await startRateLimitedServer(LIMIT, WINDOW_MS, (req) => dhlAnswer(req.query.get("trackingNumber")!));
    const dhl = createDhlClient({ baseUrl: server.url, credentials: { apiKey: "k" }, limiter: new RateLimiter({ limit: LIMIT, intervalMs: WINDOW_MS }) });

    const started = Date.now();
    const results = await Promise.all(NUMBERS.map((n) => dhl.track([n]).then(([r]) => r)));
    const elapsed = Date.now() - started;

    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(server.refused()).toBe(0);
    expect(server.requests).toHaveLength(50);
    expect(Math.max(...server.perWindow.values())).toBeLessThanOrEqual(LIMIT);
    // 50 calls at 20/s cannot take less than 49 intervals of 50 ms.
    expect(elapsed).toBeGreaterThanOrEqual(49 * (WINDOW_MS / LIMIT) - 5);
  });

  it("counts the UPS token request against the same limit", async () => {
    server = await startRateLimitedServer(LIMIT, WINDOW_MS, (req) => (req.path.startsWith("/security/") ? { body: upsTokenBody("t") } : { body: UPS_BODY }));
    const ups = createUpsClient({
      baseUrl: server.url,
      credentials: { clientId: "c", clientSecret: "s" },
      limiter: new RateLimiter({ limit: LIMIT, intervalMs: WINDOW_MS }),
    });
    const results = (await Promise.all(NUMBERS.map((n) => ups.track([n])))).flat();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.requests).toHaveLength(51);
    expect(server.refused()).toBe(0);
    expect(Math.max(...server.perWindow.values())).toBeLessThanOrEqual(LIMIT);
  });

  it("(control) without spacing the same burst is refused by the carrier", async () => {
    server = await startRateLimitedServer(LIMIT, WINDOW_MS, (req) => dhlAnswer(req.query.get("trackingNumber")!));
    const unspaced = createDhlClient({
      baseUrl: server.url,
      credentials: { apiKey: "k" },
      limiter: new RateLimiter({ limit: 1_000, intervalMs: WINDOW_MS, burst: 1_000 }),
      policy: { maxRetries: 0 },
    });
    const results = await Promise.all(NUMBERS.map((n) => unspaced.track([n]).then(([r]) => r)));
    expect(server.refused()).toBeGreaterThan(0);
    expect(results.some((r) => !r.ok && r.error.kind === "rate_limited")).toBe(true);
  });
});
