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

/**
 * Parses an ISO-like timestamp. When it carries no offset, `fallbackOffset` (e.g. from a
 * separate field) applies; with neither, the wall-clock time is taken as UTC and utcOffset is
 * null so callers can tell. Returns null for anything that is not a real date.
 */
export function parseTimestamp(raw: string, fallbackOffset: string | null = null): Instant | null {
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
