import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./retry-after";

describe("retryAfterMs", () => {
  const now = Date.parse("2025-03-01T12:00:00Z");
  it("reads delay-seconds", () => {
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
    expect(retryAfterMs("1.5", now)).toBe(1_500);
  });
  it("reads an HTTP date relative to now, never negative", () => {
    expect(retryAfterMs("Sat, 01 Mar 2025 12:01:30 GMT", now)).toBe(90_000);
    expect(retryAfterMs("Sat, 01 Mar 2025 11:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent or unreadable values", () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs("", now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs("-5", now)).toBeNull();
  });
});
