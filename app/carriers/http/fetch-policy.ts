// One HTTP exchange with a time budget per attempt and retries where retrying can help:
// 429, 5xx, timeouts and network errors. Any other status is the carrier's answer and is returned.
import { backoffMs } from "./backoff";
import { systemClock, type Clock } from "./clock";
import { NetworkError, RequestTimeoutError } from "./errors";
import { retryAfterMs } from "./retry-after";

export interface FetchPolicy {
  /** Budget for one attempt, headers and body included. */
  timeoutMs?: number;
  /** Attempts after the first. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the 429/503 is returned as the answer. */
  maxRetryAfterMs?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Runs before every attempt (rate limiting, circuit checks); a throw ends the exchange. */
  beforeAttempt?: () => Promise<void>;
  /** Label for errors. */
  source?: string;
}

/** A response read to the end. */
export interface HttpReply {
  status: number;
  headers: Headers;
  body: string;
  attempts: number;
}

export const DEFAULT_POLICY = {
  timeoutMs: 15_000,
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
} as const;

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export async function fetchWithPolicy(url: string | URL, init: RequestInit, policy: FetchPolicy = {}): Promise<HttpReply> {
  const timeoutMs = policy.timeoutMs ?? DEFAULT_POLICY.timeoutMs;
  const maxRetries = policy.maxRetries ?? DEFAULT_POLICY.maxRetries;
  const baseDelayMs = policy.baseDelayMs ?? DEFAULT_POLICY.baseDelayMs;
  const maxDelayMs = policy.maxDelayMs ?? DEFAULT_POLICY.maxDelayMs;
  const maxRetryAfterMs = policy.maxRetryAfterMs ?? DEFAULT_POLICY.maxRetryAfterMs;
  const clock = policy.clock ?? systemClock;
  const doFetch = policy.fetch ?? fetch;
  const source = policy.source ?? new URL(url).host;

  for (let attempt = 0; ; attempt++) {
    await policy.beforeAttempt?.();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let reply: HttpReply;
    try {
      const response = await doFetch(url, { ...init, signal });
      reply = { status: response.status, headers: response.headers, body: await response.text(), attempts: attempt + 1 };
    } catch (err) {
      // The caller gave up: nothing to retry.
      if (init.signal?.aborted) throw init.signal.reason;
      const failure = timeout.aborted ? new RequestTimeoutError(source, timeoutMs) : new NetworkError(source, err);
      if (attempt >= maxRetries) throw failure;
      await clock.sleep(backoffMs(attempt, baseDelayMs, maxDelayMs, clock.random()));
      continue;
    }
    if (!isRetryableStatus(reply.status) || attempt >= maxRetries) return reply;
    const asked = retryAfterMs(reply.headers.get("retry-after"), clock.now());
    if (asked !== null && asked > maxRetryAfterMs) return reply;
    await clock.sleep(asked ?? backoffMs(attempt, baseDelayMs, maxDelayMs, clock.random()));
  }
}
