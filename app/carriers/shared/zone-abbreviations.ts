// North American carriers (Canada Post, DHL eCommerce Americas) stamp scans with a local wall
// clock plus a zone abbreviation instead of an offset. Explicit abbreviations (EST, PDT) name
// their offset; generic ones (ET, PT) follow the zone's daylight-saving rule on that date.
import { offsetMinutes, parseDateAndTime, type Instant, instantFromParts } from "../../tracking/normalize";
import { localParts } from "./local-time";

const FIXED: Readonly<Record<string, string>> = {
  NST: "-03:30", NDT: "-02:30",
  AST: "-04:00", ADT: "-03:00",
  EST: "-05:00", EDT: "-04:00",
  CST: "-06:00", CDT: "-05:00",
  MST: "-07:00", MDT: "-06:00",
  PST: "-08:00", PDT: "-07:00",
  AKST: "-09:00", AKDT: "-08:00",
  HST: "-10:00", HAST: "-10:00", HADT: "-09:00",
  UTC: "+00:00", GMT: "+00:00", Z: "+00:00",
};

/** Generic zone -> [standard, daylight] offsets. Hawaii keeps standard time all year. */
const GENERIC: Readonly<Record<string, readonly [string, string]>> = {
  NT: ["-03:30", "-02:30"],
  AT: ["-04:00", "-03:00"],
  ET: ["-05:00", "-04:00"],
  CT: ["-06:00", "-05:00"],
  MT: ["-07:00", "-06:00"],
  PT: ["-08:00", "-07:00"],
  AKT: ["-09:00", "-08:00"],
  HT: ["-10:00", "-10:00"],
};

const DAY = 86_400_000;

/** Local midnight (as UTC ms) of the n-th Sunday of a month; n = -1 for the last one. */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = Date.UTC(year, month, 1);
    const toSunday = (7 - new Date(first).getUTCDay()) % 7;
    return first + (toSunday + (n - 1) * 7) * DAY;
  }
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/**
 * Whether a local wall-clock time (given as if it were UTC ms) falls in North American daylight
 * time: since 2007 from the second Sunday of March 02:00 to the first Sunday of November 02:00;
 * 1987-2006 from the first Sunday of April to the last Sunday of October. The repeated hour in
 * autumn reads as daylight time.
 */
function isDaylight(localMs: number): boolean {
  const year = new Date(localMs).getUTCFullYear();
  const start = year >= 2007 ? nthSunday(year, 2, 2) : nthSunday(year, 3, 1);
  const end = year >= 2007 ? nthSunday(year, 10, 1) : nthSunday(year, 9, -1);
  const twoAm = 2 * 3_600_000;
  return localMs >= start + twoAm && localMs < end + twoAm;
}

/** The UTC offset a zone abbreviation means at a local wall-clock time; null when unknown. */
export function zoneOffset(abbreviation: string, localMs: number): string | null {
  const key = abbreviation.trim().toUpperCase();
  const fixed = FIXED[key];
  if (fixed) return fixed;
  const generic = GENERIC[key];
  if (!generic) return null;
  return isDaylight(localMs) ? generic[1] : generic[0];
}

/**
 * The instant of a local date and time in the zone an abbreviation names. An unknown or missing
 * abbreviation reads the wall clock as UTC with utcOffset null; null for an invalid date or time.
 */
export function zonedInstant(date: string, time: string | null, abbreviation: string | null): Instant | null {
  const p = localParts(date, time);
  if (!p) {
    const wallClock = parseDateAndTime(date, time);
    if (!wallClock || !abbreviation) return wallClock;
    const localMs = Date.parse(wallClock.occurredAt);
    const offset = zoneOffset(abbreviation, localMs);
    if (!offset) return wallClock;
    return { occurredAt: new Date(localMs - offsetMinutes(offset) * 60_000).toISOString(), utcOffset: offset };
  }
  const offset = abbreviation ? zoneOffset(abbreviation, Date.UTC(p[0], p[1] - 1, p[2], p[3], p[4], p[5])) : null;
  return instantFromParts(p[0], p[1], p[2], p[3], p[4], p[5], 0, offset);
}
