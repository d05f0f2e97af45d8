import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineOf, earliestOf, endOfLocalDay, hoursBetween, iso, ms } from "./time";

describe("time helpers", () => {
  it("formats instants exactly like Date#toISOString", () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        expect(iso(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 5000 },
    );
    for (const t of [0, -1, 951_782_400_000, 253_402_300_799_999, -62_167_219_200_000]) expect(iso(t)).toBe(new Date(t).toISOString());
  });

  it("turns missing and invalid dates into null", () => {
    expect(ms(new Date("nope"))).toBeNull();
    expect(ms(null)).toBeNull();
    expect(ms("2026-01-01" as unknown as Date)).toBeNull();
    expect(ms(new Date(5))).toBe(5);
  });

  it("finds the end of the local day on either side of UTC", () => {
    const t = Date.parse("2026-03-03T02:00:00Z");
    expect(new Date(endOfLocalDay(t, 0)).toISOString()).toBe("2026-03-04T00:00:00.000Z");
    // 21:00 the day before in New York.
    expect(new Date(endOfLocalDay(t, -300 * 60_000)).toISOString()).toBe("2026-03-03T05:00:00.000Z");
    // 11:00 in Tokyo.
    expect(new Date(endOfLocalDay(t, 540 * 60_000)).toISOString()).toBe("2026-03-03T15:00:00.000Z");
  });

  it("reads UTC midnight as a bare date and other instants as themselves", () => {
    const day = Date.parse("2026-03-05T00:00:00Z");
    expect(new Date(deadlineOf(day, 60 * 60_000)).toISOString()).toBe("2026-03-05T23:00:00.000Z");
    expect(new Date(earliestOf(day, 60 * 60_000)).toISOString()).toBe("2026-03-04T23:00:00.000Z");
    const instant = Date.parse("2026-03-05T17:00:00Z");
    expect(deadlineOf(instant, 60 * 60_000)).toBe(instant);
    expect(earliestOf(instant, 60 * 60_000)).toBe(instant);
  });

  it("rounds hours to one decimal", () => {
    expect(hoursBetween(0, 5_400_000)).toBe(1.5);
    expect(hoursBetween(0, 3_600_000 * 47.96)).toBe(48);
  });
});
