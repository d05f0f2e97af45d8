// Default request rates per source, from each API's published limits. One limiter covers every
// call to the source (token requests included), so the defaults sit at or under the tightest
// published figure. Override per deployment when an account has a raised quota.
import type { RateLimit } from "./rate-limiter";

export const DEFAULT_RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  // 17TRACK API: 3 requests per second per key.
  "17track": { limit: 3, intervalMs: 1_000 },
  // AfterShip Tracking 2024-07+: per-endpoint limits; GET /trackings/:id is the tightest at 5/s.
  aftership: { limit: 5, intervalMs: 1_000 },
  // DHL Shipment Tracking – Unified, initial service level: 1 call per 5 seconds (250 a day).
  dhl: { limit: 1, intervalMs: 5_000 },
  // EasyPost: fixed 5 requests/s on index endpoints; the rest is load-based.
  easypost: { limit: 5, intervalMs: 1_000 },
  // FedEx: 1,400 transactions per 10 seconds per project.
  fedex: { limit: 1_400, intervalMs: 10_000 },
  // Shippo live: Tracking GET 500 per minute (POST 750).
  shippo: { limit: 500, intervalMs: 60_000 },
  // UPS publishes no figure (limits are per client id, by agreement); a conservative default.
  ups: { limit: 10, intervalMs: 1_000 },
  // USPS APIs v3: 60 requests per hour for a new application.
  usps: { limit: 60, intervalMs: 3_600_000 },
};

export function defaultRateLimit(source: string): RateLimit {
  return Object.hasOwn(DEFAULT_RATE_LIMITS, source) ? DEFAULT_RATE_LIMITS[source] : { limit: 1, intervalMs: 1_000 };
}
