// Time in the sandbox network: time zones with their daylight-saving rules, and which days a
// carrier moves or delivers parcels (weekends per carrier, national holidays per country).
import { DAY_MS, HOUR_MS, instantAt, localDay, nthWeekday, weekdayOf } from "../../tracking/eta/days";
import { isHoliday } from "../../tracking/eta/holidays";

export { HOLIDAY_COUNTRIES, holidaysOf, isHoliday } from "../../tracking/eta/holidays";

/** A time zone: standard offset in minutes and its daylight-saving rule. */
export interface Zone {
  std: number;
  dst: "us" | "eu" | "au" | null;
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** The zone's UTC offset in minutes at an instant. */
export function offsetAt(zone: Zone, ms: number): number {
  if (zone.dst === null) return zone.std;
  const y = yearOf(ms);
  let summer: boolean;
  if (zone.dst === "us") {
    // 02:00 local on the second Sunday of March to 02:00 local on the first Sunday of November.
    const start = nthWeekday(y, 3, 0, 2) * DAY_MS + 2 * HOUR_MS - zone.std * 60_000;
    const end = nthWeekday(y, 11, 0, 1) * DAY_MS + 2 * HOUR_MS - (zone.std + 60) * 60_000;
    summer = ms >= start && ms < end;
  } else if (zone.dst === "eu") {
    // 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
    const start = nthWeekday(y, 3, 0, -1) * DAY_MS + HOUR_MS;
    const end = nthWeekday(y, 10, 0, -1) * DAY_MS + HOUR_MS;
    summer = ms >= start && ms < end;
  } else {
    // Southern hemisphere: 02:00 standard time on the first Sunday of October to the first Sunday of April.
    const end = nthWeekday(y, 4, 0, 1) * DAY_MS + 2 * HOUR_MS - zone.std * 60_000;
    const start = nthWeekday(y, 10, 0, 1) * DAY_MS + 2 * HOUR_MS - zone.std * 60_000;
    summer = ms < end || ms >= start;
  }
  return summer ? zone.std + 60 : zone.std;
}

/** The local calendar day (day number) of an instant in a zone. */
export function dayIn(zone: Zone, ms: number): number {
  return localDay(ms, offsetAt(zone, ms));
}

/** The instant of a local wall-clock time (minutes after midnight) on a day in a zone. */
export function at(zone: Zone, day: number, minutes: number): number {
  const guess = instantAt(day, minutes, zone.std);
  return instantAt(day, minutes, offsetAt(zone, guess));
}

/** Weekdays as a bit mask, bit 0 = Sunday. */
export const MON_FRI = 0b0111110;
export const MON_SAT = 0b1111110;

export function onWeekdays(mask: number, day: number): boolean {
  return (mask & (1 << weekdayOf(day))) !== 0;
}

/** Trucks and planes run every day but Sunday, and stop on the country's national holidays. */
export function isMovementDay(country: string, day: number): boolean {
  return weekdayOf(day) !== 0 && !isHoliday(country, day);
}

/** A carrier delivers on its delivery weekdays unless the destination country has a holiday. */
export function isDeliveryDay(deliveryDays: number, country: string, day: number): boolean {
  return onWeekdays(deliveryDays, day) && !isHoliday(country, day);
}

/** The first day >= `from` that satisfies `ok`. */
export function nextDay(from: number, ok: (day: number) => boolean): number {
  let d = from;
  while (!ok(d)) d++;
  return d;
}

/** `from` plus n days that satisfy `ok` (n = 0: `from` itself). */
export function addDays(from: number, n: number, ok: (day: number) => boolean): number {
  let d = from;
  for (let left = n; left > 0; ) {
    d++;
    if (ok(d)) left--;
  }
  return d;
}
