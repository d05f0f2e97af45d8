// Carrier delivery estimates come as instants with an offset, local date-times without one, or
// bare dates. Porchlight keeps an instant only when the zone is known; otherwise the local date.
import { parseTimestamp } from "../tracking/normalize";

const HAS_OFFSET = /(?:Z|[+-]\d{1,2}(?::?\d{2})?)$/i;

/** ISO instant ("2024-05-02T17:00:00.000Z") when the estimate has a zone, the date otherwise, null when unusable. */
export function etaFrom(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  if (s.length < 8) return null;
  const at = parseTimestamp(s);
  if (!at) return null;
  // Without a zone the wall-clock was read as UTC, so the UTC date is the carrier's local date.
  return s.length > 10 && HAS_OFFSET.test(s) ? at.occurredAt : at.occurredAt.slice(0, 10);
}

const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?Z$/;

/**
 * For sources that write a date-only estimate as midnight UTC (EasyPost, Shippo): that is a
 * date, not an instant the evening before in the Americas.
 */
export function etaFromMidnightDate(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const midnight = MIDNIGHT_UTC.exec(raw.trim());
  return etaFrom(midnight ? midnight[1] : raw);
}
