// UTC offsets for carriers that report local wall-clock time without a zone but are known to
// report in one EU zone (e.g. PostNL: Europe/Amsterdam). EU rule since 1996: summer time runs
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
// Pure arithmetic on Date.UTC; no host time-zone database involved.

/** Date.UTC of the last Sunday of `month` (1-12) in `year`, at 01:00 UTC. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month - 1, day, 1);
}

// Summer-time bounds per year, computed once: carriers send many scans of the same few years.
const SUMMER = new Map<number, readonly [number, number]>();

function summerOf(year: number): readonly [number, number] {
  let bounds = SUMMER.get(year);
  if (bounds === undefined) {
    bounds = [lastSundayAt0100Utc(year, 3), lastSundayAt0100Utc(year, 10)];
    if (SUMMER.size < 512) SUMMER.set(year, bounds);
  }
  return bounds;
}

/**
 * Offset in minutes east of UTC for a local wall-clock time in an EU zone whose standard offset
 * is `standardMinutes` (0 WET, 60 CET, 120 EET). A time that occurs twice (the autumn hour)
 * reads as summer time, the earlier instant; a time skipped in spring reads with the standard
 * offset, as if the clock had not yet been moved.
 */
export function euLocalOffsetMinutes(
  standardMinutes: number,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const [start, end] = summerOf(year);
  const asSummer = wall - (standardMinutes + 60) * 60_000;
  if (asSummer >= start && asSummer < end) return standardMinutes + 60;
  return standardMinutes;
}

/** Minutes east of UTC -> "+02:00" / "-03:30". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}

/** The Europe/Amsterdam offset ("+01:00" CET or "+02:00" CEST) of a local wall-clock time. */
export function europeAmsterdamOffset(year: number, month: number, day: number, hour: number, minute: number): string {
  return euLocalOffsetMinutes(60, year, month, day, hour, minute) === 120 ? "+02:00" : "+01:00";
}
