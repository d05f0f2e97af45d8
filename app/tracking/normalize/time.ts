// Carrier timestamps come as ISO with or without an offset, split date/time fields, or local
// wall-clock times with the zone elsewhere. These turn them into a UTC instant plus the original
// offset. Pure and allocation-light: the normalizer calls them once per scan.

export interface Instant {
  occurredAt: string;
  utcOffset: string | null;
}

const ISO_RE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "+0530" | "+05:30" | "+05" | "Z" -> "+05:30" | "+00:00"; null when not an offset. */
export function normalizeOffset(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.trim();
  if (s === "" ) return null;
  if (s === "Z" || s === "z") return "+00:00";
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(s);
  if (!m) return null;
  const hh = m[2].padStart(2, "0");
  const mm = m[3] ?? "00";
  if (Number(hh) > 14 || Number(mm) > 59) return null;
  return `${m[1]}${hh}:${mm}`;
}

export function offsetMinutes(offset: string): number {
  const sign = offset[0] === "-" ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** The reference parser for every ISO-like shape; parseTimestamp's fast path must agree with it. */
export function parseTimestampGeneral(raw: string, fallbackOffset: string | null = null): Instant | null {
  const m = ISO_RE.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac, off] = m;
  const offset = off ? normalizeOffset(off) : fallbackOffset;
  if (off && !offset) return null;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, "0")) : 0;
  const local = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms);
  if (!Number.isFinite(local)) return null;
  const check = new Date(local);
  if (check.getUTCDate() !== +d || check.getUTCMonth() !== +mo - 1 || +h > 23) return null;
  const utc = offset ? local - offsetMinutes(offset) * 60_000 : local;
  return { occurredAt: new Date(utc).toISOString(), utcOffset: offset };
}

const MS_PER_DAY = 86_400_000;
const MIN_MS = -30_610_224_000_000; // 1000-01-01T00:00:00Z
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

const PAD2: string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 1000 ? `0${pad3(n)}` : String(n);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Same string as new Date(ms).toISOString() for years 1000–9999. */
export function isoInstant(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  let rem = ms - days * MS_PER_DAY;
  const h = Math.floor(rem / 3_600_000);
  rem -= h * 3_600_000;
  const mi = Math.floor(rem / 60_000);
  rem -= mi * 60_000;
  const s = Math.floor(rem / 1000);
  const milli = rem - s * 1000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad4(y)}-${PAD2[m]}-${PAD2[d]}T${PAD2[h]}:${PAD2[mi]}:${PAD2[s]}.${pad3(milli)}Z`;
}

/** Minutes east of UTC of a "±HH:MM" offset (hours ≤ 14), or NaN. */
function offsetValue(offset: string): number {
  if (offset.length !== 6 || offset.charCodeAt(3) !== 58) return NaN;
  const sign = offset.charCodeAt(0) === 45 ? -1 : offset.charCodeAt(0) === 43 ? 1 : 0;
  const hh = num(offset, 1, 2);
  const mm = num(offset, 4, 2);
  if (sign === 0 || hh < 0 || mm < 0 || hh > 14 || mm > 59) return NaN;
  return sign * (hh * 60 + mm);
}

/** The unsigned integer written by `len` ASCII digits at `at`, or -1. */
function num(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The instant of a local wall-clock time at a "±HH:MM" offset, which is kept as utcOffset (null:
 * no zone known, the wall clock is read as UTC). Null when the parts are not a real date-time
 * in years 1000–9999 or the offset is not "±HH:MM".
 */
export function instantFromParts(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  milli: number,
  offset: string | null,
): Instant | null {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 || milli < 0 || milli > 999) return null;
  const minutes = offset === null ? 0 : offsetValue(offset);
  if (Number.isNaN(minutes)) return null;
  const ms = daysFromCivil(y, mo, d) * MS_PER_DAY + h * 3_600_000 + mi * 60_000 + s * 1000 + milli - minutes * 60_000;
  if (ms < MIN_MS || ms > MAX_MS) return null;
  return { occurredAt: isoInstant(ms), utcOffset: offset };
}

/**
 * Parses an ISO-like timestamp. When it carries no offset, `fallbackOffset` (e.g. from a
 * separate field) applies; with neither, the wall-clock time is taken as UTC and utcOffset is
 * null so callers can tell. Returns null for anything that is not a real date. The strict ISO
 * shape carriers send is computed with integer arithmetic (Date's toISOString alone costs more
 * than the rest of a scan); every other shape goes to parseTimestampGeneral.
 */
export function parseTimestamp(raw: string, fallbackOffset: string | null = null): Instant | null {
  const n = raw.length;
  if (
    n < 19 ||
    raw.charCodeAt(4) !== 45 ||
    raw.charCodeAt(7) !== 45 ||
    raw.charCodeAt(10) !== 84 ||
    raw.charCodeAt(13) !== 58 ||
    raw.charCodeAt(16) !== 58
  ) {
    return parseTimestampGeneral(raw, fallbackOffset);
  }
  let at = 19;
  let milli = 0;
  if (n >= 23 && raw.charCodeAt(19) === 46) {
    milli = num(raw, 20, 3);
    at = 23;
  }
  let offset: string | null;
  if (at === n) offset = fallbackOffset;
  else if (at === n - 1 && raw.charCodeAt(at) === 90) offset = "+00:00";
  else if (at === n - 6 && (raw.charCodeAt(at) === 43 || raw.charCodeAt(at) === 45)) offset = raw.slice(at);
  else return parseTimestampGeneral(raw, fallbackOffset);
  const fast =
    milli < 0
      ? null
      : instantFromParts(num(raw, 0, 4), num(raw, 5, 2), num(raw, 8, 2), num(raw, 11, 2), num(raw, 14, 2), num(raw, 17, 2), milli, offset);
  return fast ?? parseTimestampGeneral(raw, fallbackOffset);
}

/** Date and time in separate fields ("20240102" / "2024-01-02", "103000" / "10:30" / "10:30:00"). */
export function parseDateAndTime(
  date: string,
  time: string | null | undefined,
  offset: string | null = null,
): Instant | null {
  const d = date.trim().replace(/\//g, "-");
  const t = (time ?? "").trim();
  const hms = /^\d{6}$/.test(t)
    ? `${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}`
    : /^\d{4}$/.test(t)
      ? `${t.slice(0, 2)}:${t.slice(2, 4)}`
      : t;
  return parseTimestamp(hms ? `${d}T${hms}` : d, normalizeOffset(offset) ?? offset);
}
