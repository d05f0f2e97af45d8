// Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
const SECONDS = /^\d+(?:\.\d+)?$/;
// HTTP dates name the day and month ("Sun, 06 Nov 1994 08:49:37 GMT"); bare numbers are not dates.
const HAS_LETTERS = /[A-Za-z]/;

/** Milliseconds to wait, or null when the header is absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === "") return null;
  if (SECONDS.test(v)) return Math.round(Number(v) * 1000);
  if (!HAS_LETTERS.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
