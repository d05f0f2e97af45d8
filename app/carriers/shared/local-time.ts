// Scans stamped with a local date and time in separate fields ("2024-03-05", "14:05:23").
// The shapes carriers send are computed with integer arithmetic (tracking/normalize/time.ts); anything else
// goes to parseDateAndTime, the reference.
import { parseDateAndTime, type Instant, instantFromParts } from "../../tracking/normalize";

export type LocalParts = readonly [year: number, month: number, day: number, hour: number, minute: number, second: number];

function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** "YYYY-MM-DD" with "HH:MM:SS", "HH:MM" or no time, as numbers; null for any other shape. */
export function localParts(date: string, time: string | null): LocalParts | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  let h = 0;
  let mi = 0;
  let s = 0;
  if (time !== null) {
    if (time.length !== 8 && time.length !== 5) return null;
    if (time.charCodeAt(2) !== 58 || (time.length === 8 && time.charCodeAt(5) !== 58)) return null;
    h = digits(time, 0, 2);
    mi = digits(time, 3, 2);
    s = time.length === 8 ? digits(time, 6, 2) : 0;
  }
  const y = digits(date, 0, 4);
  const mo = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return null;
  return [y, mo, d, h, mi, s];
}

/** The instant of a local date and time at a "±HH:MM" offset (null: wall clock read as UTC, no offset). */
export function localInstant(date: string, time: string | null, offset: string | null): Instant | null {
  const p = localParts(date, time);
  if (!p) return parseDateAndTime(date, time, offset);
  return instantFromParts(p[0], p[1], p[2], p[3], p[4], p[5], 0, offset);
}
