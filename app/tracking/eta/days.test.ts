import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DeliveryCalendar, MON_FRI } from "./business-days";
import { dayNumber, easterSunday, formatOffset, instantAt, isoDay, localDay, localMinutes, nthWeekday, parseOffset, weekdayOf } from "./days";
import { isoMs } from "./moments";

describe("day arithmetic", () => {
  it("numbers days and weekdays", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(weekdayOf(dayNumber(2025, 11, 27))).toBe(4);
    expect(isoDay(nthWeekday(2025, 11, 4, 4))).toBe("2025-11-27");
    expect(isoDay(nthWeekday(2025, 5, 1, -1))).toBe("2025-05-26");
    expect([2025, 2026, 2027].map((y) => isoDay(easterSunday(y)))).toEqual(["2025-04-20", "2026-04-05", "2027-03-28"]);
  });

  it("reads local days and times at an offset", () => {
    const t = Date.parse("2025-11-06T05:30:00.000Z");
    expect(isoDay(localDay(t, -360))).toBe("2025-11-05");
    expect(localMinutes(t, -360)).toBe(23 * 60 + 30);
    expect(new Date(instantAt(localDay(t, -360), 23 * 60 + 30, -360)).toISOString()).toBe("2025-11-06T05:30:00.000Z");
  });

  it("parses and formats UTC offsets", () => {
    expect(parseOffset("+05:30")).toBe(330);
    expect(parseOffset("-0800")).toBe(-480);
    expect(parseOffset("Z")).toBe(0);
    expect(parseOffset("bogus")).toBeNull();
    expect(formatOffset(-300)).toBe("-05:00");
    expect(formatOffset(570)).toBe("+09:30");
  });

  it("parses event instants exactly as Date.parse does", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T23:59:59Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(isoMs(iso)).toBe(Date.parse(iso));
      }),
    );
    expect(isoMs("2025-08-14T09:30:00+02:00")).toBe(Date.parse("2025-08-14T07:30:00Z"));
    expect(isoMs("2025-13-14T09:30:00.000Z")).toBeNaN();
    expect(isoMs("2025-0a-14T09:30:00.000Z")).toBeNaN();
  });
});

describe("delivery calendar", () => {
  const us = new DeliveryCalendar(MON_FRI, "US");
  const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

  it("counts delivery days, skipping weekends and holidays", () => {
    // Wed 26 Nov 2025 -> Mon 1 Dec: Thanksgiving and the weekend are skipped, Black Friday counts.
    expect(us.index(day("2025-12-01")) - us.index(day("2025-11-26"))).toBe(2);
    expect(us.isDeliveryDay(day("2025-11-27"))).toBe(false);
    expect(us.isDeliveryDay(day("2025-11-29"))).toBe(false);
    expect(us.isDeliveryDay(day("2025-11-28"))).toBe(true);
  });

  it("maps indices back to days and gives a non-delivery day the index of the one before", () => {
    const monday = day("2025-12-01");
    expect(us.day(us.index(monday))).toBe(monday);
    expect(us.index(day("2025-11-30"))).toBe(us.index(day("2025-11-28")));
    expect(isoDay(us.day(us.index(day("2025-11-26")) + 1))).toBe("2025-11-28");
  });
});
