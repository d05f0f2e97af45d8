import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "../../tracking/eta/days";
import { addDays, at, dayIn, isDeliveryDay, isMovementDay, MON_FRI, MON_SAT, offsetAt, type Zone } from "./calendar";
import { NetworkClock } from "./network";

const EASTERN: Zone = { std: -300, dst: "us" };
const LONDON: Zone = { std: 0, dst: "eu" };
const SYDNEY: Zone = { std: 600, dst: "au" };
const ms = (iso: string) => Date.parse(iso);
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("sandbox time zones", () => {
  it("switches US daylight saving at 02:00 local on the second Sunday of March and the first of November", () => {
    expect(offsetAt(EASTERN, ms("2025-03-09T06:59:00Z"))).toBe(-300);
    expect(offsetAt(EASTERN, ms("2025-03-09T07:00:00Z"))).toBe(-240);
    expect(offsetAt(EASTERN, ms("2025-11-02T05:59:00Z"))).toBe(-240);
    expect(offsetAt(EASTERN, ms("2025-11-02T06:00:00Z"))).toBe(-300);
  });

  it("switches EU summer time at 01:00 UTC on the last Sundays of March and October", () => {
    expect(offsetAt(LONDON, ms("2025-03-30T00:59:00Z"))).toBe(0);
    expect(offsetAt(LONDON, ms("2025-03-30T01:00:00Z"))).toBe(60);
    expect(offsetAt(LONDON, ms("2025-10-26T01:00:00Z"))).toBe(0);
  });

  it("keeps southern-hemisphere summer time from October to April", () => {
    expect(offsetAt(SYDNEY, ms("2025-01-15T00:00:00Z"))).toBe(660);
    expect(offsetAt(SYDNEY, ms("2025-04-05T15:59:00Z"))).toBe(660);
    expect(offsetAt(SYDNEY, ms("2025-04-05T16:00:00Z"))).toBe(600);
    expect(offsetAt(SYDNEY, ms("2025-07-01T00:00:00Z"))).toBe(600);
    expect(offsetAt(SYDNEY, ms("2025-10-05T16:00:00Z"))).toBe(660);
  });

  it("converts local wall-clock times both ways", () => {
    const t = at(EASTERN, day("2025-07-04"), 9 * 60);
    expect(new Date(t).toISOString()).toBe("2025-07-04T13:00:00.000Z");
    expect(isoDay(dayIn(SYDNEY, ms("2025-07-04T15:00:00Z")))).toBe("2025-07-05");
  });
});

describe("working days", () => {
  it("delivers on a carrier's weekdays except national holidays", () => {
    expect(isDeliveryDay(MON_FRI, "US", day("2025-11-27"))).toBe(false);
    expect(isDeliveryDay(MON_FRI, "US", day("2025-11-28"))).toBe(true);
    expect(isDeliveryDay(MON_FRI, "US", day("2025-11-29"))).toBe(false);
    expect(isDeliveryDay(MON_SAT, "US", day("2025-11-29"))).toBe(true);
    expect(isDeliveryDay(MON_SAT, "GB", day("2025-12-26"))).toBe(false);
  });

  it("moves parcels every day but Sundays and holidays", () => {
    expect(isMovementDay("US", day("2025-11-29"))).toBe(true);
    expect(isMovementDay("US", day("2025-11-30"))).toBe(false);
    expect(isMovementDay("DE", day("2025-10-03"))).toBe(false);
    expect(isoDay(addDays(day("2025-11-26"), 2, (d) => isMovementDay("US", d)))).toBe("2025-11-29");
  });

  it("runs the network clock over movement days only", () => {
    // Collected on the eve of Thanksgiving: day 1 of the network is Friday, day 3 is Monday.
    const { clock, position } = NetworkClock.startingAt(EASTERN, ms("2025-11-26T22:00:00Z"), "US", "US", 2);
    expect(position).toBeGreaterThan(0.5);
    expect(position).toBeLessThan(0.6);
    expect(new Date(clock.time(1)).toISOString()).toBe("2025-11-28T09:00:00.000Z");
    expect(new Date(clock.time(2)).toISOString()).toBe("2025-11-29T09:00:00.000Z");
    expect(new Date(clock.time(3)).toISOString()).toBe("2025-12-01T09:00:00.000Z");
  });
});
