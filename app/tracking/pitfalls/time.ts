// Instant arithmetic for the rules, on epoch milliseconds. A destination's local day is
// reckoned from its UTC offset (minutes east of UTC), UTC when unknown.
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Epoch ms of a Date, or null when it is missing or invalid. */
export function ms(date: Date | null | undefined): number | null {
  if (!(date instanceof Date)) return null;
  const t = date.getTime();
  return Number.isFinite(t) ? t : null;
}

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;
const pad3 = (n: number) => (n < 10 ? "00" : n < 100 ? "0" : "") + n;

/**
 * Same text as Date#toISOString for years 0–9999, without allocating a Date (alert keys and
 * details are built for every shipment evaluated). Civil date from days: H. Hinnant's algorithm.
 */
export function iso(t: number): string {
  const days = Math.floor(t / DAY);
  let rest = t - days * DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(t).toISOString();
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${year < 1000 ? pad3(Math.floor(year / 10)) + (year % 10) : year}-${pad2(month)}-${pad2(day)}T${pad2(h)}:${pad2(m)}:${pad2(sec)}.${pad3(milli)}Z`;
}

/** Hours from `from` to `to`, to one decimal. */
export function hoursBetween(from: number, to: number): number {
  return Math.round((to - from) / HOUR * 10) / 10;
}

export function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY * 10) / 10;
}

/** The first instant after the local calendar day that contains `t`. */
export function endOfLocalDay(t: number, offsetMs: number): number {
  return Math.floor((t + offsetMs) / DAY) * DAY + DAY - offsetMs;
}

/**
 * Dates without a time (a carrier ETA "2024-05-02", a promised day) arrive as UTC midnight and
 * mean "during that day" at the destination: their deadline is the end of that local day.
 * Any other instant is its own deadline.
 */
export function deadlineOf(t: number, offsetMs: number): number {
  return t % DAY === 0 ? t + DAY - offsetMs : t;
}

/** The earliest moment a date or instant may mean: the start of the local day for a bare date. */
export function earliestOf(t: number, offsetMs: number): number {
  return t % DAY === 0 ? t - offsetMs : t;
}
