// The one way a client talks to its source: rate limiter, circuit breaker, timeouts and retries
// around every request (token requests included). A 5xx left after the retries is thrown as an
// outage (it counts against the circuit); every other status is returned as the carrier's answer.
import { CircuitBreaker } from "./circuit-breaker";
import { systemClock, type Clock } from "./clock";
import { UpstreamStatusError } from "./errors";
import { fetchWithPolicy, type FetchPolicy, type HttpReply } from "./fetch-policy";
import { RateLimiter } from "./rate-limiter";
import { defaultRateLimit } from "./rate-limits";
import type { ClientOptions } from "./types";

export interface RequestOptions {
  headers?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: string;
}

export interface CarrierHttp {
  source: string;
  clock: Clock;
  request(method: string, path: string, options?: RequestOptions): Promise<HttpReply>;
}

export function carrierHttp(source: string, defaultBaseUrl: string, options: Omit<ClientOptions<unknown>, "credentials">): CarrierHttp {
  const clock = options.clock ?? options.policy?.clock ?? systemClock;
  const limiter = options.limiter ?? new RateLimiter(defaultRateLimit(source), clock);
  const breaker = options.breaker ?? new CircuitBreaker({ name: source, clock });
  const base = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, "");
  const policy: FetchPolicy = {
    ...options.policy,
    clock,
    source,
    beforeAttempt: async () => {
      await limiter.take();
      breaker.throwIfOpen();
    },
  };

  return {
    source,
    clock,
    request(method, path, { headers, query, body } = {}) {
      const url = new URL(base + path);
      for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
      return breaker.run(async () => {
        const reply = await fetchWithPolicy(url, { method, headers: { accept: "application/json", ...headers }, body }, policy);
        if (reply.status >= 500) throw new UpstreamStatusError(source, reply.status, reply.body);
        return reply;
      });
    },
  };
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}
