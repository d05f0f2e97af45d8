// What every tracking client offers, carrier or aggregator.
import type { ParsedTracking } from "../../tracking/normalize";
import type { CircuitBreaker } from "./circuit-breaker";
import type { Clock } from "./clock";
import type { FetchPolicy } from "./fetch-policy";
import type { RateLimiter } from "./rate-limiter";

export type TrackErrorKind = "not_found" | "invalid" | "auth" | "rate_limited" | "unavailable" | "format";

export interface TrackError {
  kind: TrackErrorKind;
  message: string;
  /** The carrier's own error code, or ours (TIMEOUT, CIRCUIT_OPEN, HTTP_503, ...). */
  code?: string;
  /** kind "format": the raw response body, to quarantine. */
  body?: string;
  /** kind "format": the field the parser could not read. */
  field?: string;
}

export type TrackResult =
  | { trackingNumber: string; ok: true; tracking: ParsedTracking }
  | { trackingNumber: string; ok: false; error: TrackError };

export interface TrackingClient {
  source: string;
  /** One result per requested number, in the order given. Never throws for carrier or network trouble. */
  track(trackingNumbers: string[]): Promise<TrackResult[]>;
}

export type RegisterResult =
  | { trackingNumber: string; ok: true; id: string | null; alreadyRegistered: boolean }
  | { trackingNumber: string; ok: false; error: TrackError };

/** Aggregators track a number only after it is registered with them. */
export interface AggregatorClient extends TrackingClient {
  /** carrierHint: a Porchlight carrier id ("ups", "dhl_express", ...) or the aggregator's own code. */
  register(trackingNumber: string, carrierHint?: string): Promise<RegisterResult>;
}

/** What every client factory takes. */
export interface ClientOptions<Credentials> {
  credentials: Credentials;
  /** The production endpoint unless given. */
  baseUrl?: string;
  limiter?: RateLimiter;
  breaker?: CircuitBreaker;
  /** Timeouts and retries; its clock and fetch are taken from here too when set. */
  policy?: FetchPolicy;
  clock?: Clock;
}
