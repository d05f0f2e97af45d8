import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantFromParts, isoInstant, parseTimestamp, parseTimestampGeneral } from "./time";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

// Timestamps near the shape carriers send, with fields pushed past their ranges and odd
// separators, fractions and offsets mixed in, so both the fast path and its hand-offs are hit.
const timestampArb = fc
  .record({
    y: fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 9999 })),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.constantFrom("", ".000", ".123", ".5", ".123456", ".12x"),
    sep: fc.constantFrom("T", "T", "T", " ", "t"),
    tail: fc.constantFrom("", "", "Z", "z", "+05:30", "-04:00", "-00:00", "+14:00", "+15:00", "-0500", "+05", " Z", "-12:60"),
  })
  .map(({ y, mo, d, h, mi, s, frac, sep, tail }) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${tail}`);
const fallbackArb = fc.constantFrom(null, "+00:00", "-05:00", "+05:45", "-00:00", "+14:00", "+15:00");

describe("parseTimestamp", () => {
  it("answers exactly as the general parser", () => {
    fc.assert(
      fc.property(fc.oneof(timestampArb, fc.string({ maxLength: 30 })), fallbackArb, (raw, fallback) => {
        let expected: unknown;
        try {
          expected = parseTimestampGeneral(raw, fallback);
        } catch (err) {
          expected = err instanceof Error ? err.name : "thrown";
        }
        let actual: unknown;
        try {
          actual = parseTimestamp(raw, fallback);
        } catch (err) {
          actual = err instanceof Error ? err.name : "thrown";
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it("converts local time at an offset to the UTC instant and keeps the offset", () => {
    expect(parseTimestamp("2024-03-10T01:30:00-08:00")).toEqual({ occurredAt: "2024-03-10T09:30:00.000Z", utcOffset: "-08:00" });
    expect(parseTimestamp("2024-02-29T23:59:59.999", "+05:45")).toEqual({ occurredAt: "2024-02-29T18:14:59.999Z", utcOffset: "+05:45" });
    expect(parseTimestamp("2023-02-29T10:00:00Z")).toBeNull();
  });
});

describe("isoInstant", () => {
  it("formats like Date.prototype.toISOString for years 1000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("instantFromParts", () => {
  it("rejects impossible dates, times and offsets", () => {
    expect(instantFromParts(2024, 4, 31, 10, 0, 0, 0, null)).toBeNull();
    expect(instantFromParts(2024, 1, 1, 24, 0, 0, 0, null)).toBeNull();
    expect(instantFromParts(2024, 1, 1, 10, 0, 0, 0, "-5:00")).toBeNull();
    expect(instantFromParts(2024, 1, 1, 10, 0, 0, 0, null)).toEqual({ occurredAt: "2024-01-01T10:00:00.000Z", utcOffset: null });
  });
});
