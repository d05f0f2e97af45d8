// Shared plumbing for carrier and aggregator clients (the only HTTP in app/carriers).
export { CircuitBreaker, isOutage, type CircuitBreakerOptions, type CircuitState } from "./circuit-breaker";
export { systemClock, type Clock } from "./clock";
export {
  CredentialDecryptionError,
  CredentialKeyError,
  decryptCredentials,
  encryptCredentials,
  encryptionKeyFromEnv,
} from "./credentials";
export { CircuitOpenError, NetworkError, RateLimitedError, RequestTimeoutError, TokenRequestError, UpstreamStatusError } from "./errors";
export { DEFAULT_POLICY, fetchWithPolicy, type FetchPolicy, type HttpReply } from "./fetch-policy";
export { OAuthTokenCache, type IssuedToken } from "./oauth-token";
export { RateLimiter, type RateLimit } from "./rate-limiter";
export { DEFAULT_RATE_LIMITS, defaultRateLimit } from "./rate-limits";
export type { AggregatorClient, ClientOptions, RegisterResult, TrackError, TrackErrorKind, TrackingClient, TrackResult } from "./types";
