import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";
import { CircuitOpenError, NetworkError, RequestTimeoutError, UpstreamStatusError } from "./errors";
import { manualClock } from "./testing/manual-clock";

const outage = () => Promise.reject(new UpstreamStatusError("ups", 503, ""));
const ok = () => Promise.resolve("ok");

describe("CircuitBreaker", () => {
  it("opens after N consecutive outages and then fails fast without calling", async () => {
    const clock = manualClock(0);
    const breaker = new CircuitBreaker({ name: "ups", failureThreshold: 3, coolDownMs: 10_000, clock });
    for (let i = 0; i < 3; i++) await expect(breaker.run(outage)).rejects.toBeInstanceOf(UpstreamStatusError);
    expect(breaker.state).toBe("open");

    let called = false;
    const error = await breaker.run(async () => (called = true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect(error).toMatchObject({ circuit: "ups", retryAt: 10_000 });
    expect(called).toBe(false);
  });

  it("counts only consecutive outages: a success in between resets the count", async () => {
    const breaker = new CircuitBreaker({ name: "fedex", failureThreshold: 2, clock: manualClock(0) });
    await breaker.run(outage).catch(() => {});
    await breaker.run(ok);
    await breaker.run(outage).catch(() => {});
    expect(breaker.state).toBe("closed");
    await breaker.run(() => Promise.reject(new RequestTimeoutError("fedex", 100))).catch(() => {});
    expect(breaker.state).toBe("open");
  });

  it("does not count the carrier's answers or our own bugs as outages", async () => {
    const breaker = new CircuitBreaker({ name: "dhl", failureThreshold: 1, clock: manualClock(0) });
    await breaker.run(() => Promise.reject(new TypeError("bug"))).catch(() => {});
    expect(breaker.state).toBe("closed");
    await breaker.run(() => Promise.reject(new NetworkError("dhl", new Error("ECONNRESET")))).catch(() => {});
    expect(breaker.state).toBe("open");
  });

  it("lets one trial through after the cool-down: success closes, failure reopens for another cool-down", async () => {
    const clock = manualClock(0);
    const breaker = new CircuitBreaker({ name: "usps", failureThreshold: 1, coolDownMs: 5_000, clock });
    await breaker.run(outage).catch(() => {});
    clock.advance(5_000);
    expect(breaker.state).toBe("half-open");

    let release!: () => void;
    const trial = breaker.run(() => new Promise<void>((r) => (release = r)).then(outage));
    await expect(breaker.run(ok)).rejects.toBeInstanceOf(CircuitOpenError);
    release();
    await expect(trial).rejects.toBeInstanceOf(UpstreamStatusError);
    expect(breaker.state).toBe("open");
    clock.advance(4_999);
    expect(breaker.state).toBe("open");
    clock.advance(1);
    expect(await breaker.run(ok)).toBe("ok");
    expect(breaker.state).toBe("closed");
  });

  it("throwIfOpen stops a call that waited while the circuit opened", async () => {
    const breaker = new CircuitBreaker({ name: "aftership", failureThreshold: 1, clock: manualClock(0) });
    expect(() => breaker.throwIfOpen()).not.toThrow();
    await breaker.run(outage).catch(() => {});
    expect(() => breaker.throwIfOpen()).toThrow(CircuitOpenError);
  });
});
