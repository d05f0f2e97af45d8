// Token bucket per carrier: `limit` tokens per `intervalMs`, at most `burst` saved up. take()
// waits for a token; waiters are served in arrival order.
import { systemClock, type Clock } from "./clock";

export interface RateLimit {
  limit: number;
  intervalMs: number;
  /**
   * Tokens that can accumulate while idle. 1 (the default) spaces every call by intervalMs/limit,
   * so no window of intervalMs — however the carrier aligns it — sees more than `limit` calls.
   */
  burst?: number;
}

export class RateLimiter {
  private readonly msPerToken: number;
  private readonly burst: number;
  private readonly clock: Pick<Clock, "now" | "sleep">;
  private tokens: number;
  private refilledAt: number;
  private readonly waiting: Array<() => void> = [];
  private draining = false;

  constructor(rate: RateLimit, clock: Pick<Clock, "now" | "sleep"> = systemClock) {
    if (!(rate.limit > 0) || !(rate.intervalMs > 0)) throw new RangeError(`rate limit must be positive (got ${rate.limit} per ${rate.intervalMs} ms)`);
    this.msPerToken = rate.intervalMs / rate.limit;
    this.burst = Math.max(1, rate.burst ?? 1);
    this.clock = clock;
    this.tokens = this.burst;
    this.refilledAt = clock.now();
  }

  take(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.waiting.shift()!();
          continue;
        }
        // Re-checked after waking: a timer that fires early never hands out an early token.
        await this.clock.sleep(Math.max(1, Math.ceil((1 - this.tokens) * this.msPerToken)));
      }
    } finally {
      this.draining = false;
    }
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = now - this.refilledAt;
    if (elapsed > 0) this.tokens = Math.min(this.burst, this.tokens + elapsed / this.msPerToken);
    this.refilledAt = now;
  }
}
