// Per-carrier circuit breaker. Closed: calls pass, consecutive failures are counted. After
// `failureThreshold` of them: open, calls fail fast with CircuitOpenError. After `coolDownMs`:
// half-open, one trial call passes; its success closes the circuit, its failure reopens it.
import { systemClock, type Clock } from "./clock";
import { CircuitOpenError, NetworkError, RequestTimeoutError, UpstreamStatusError } from "./errors";

export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  name: string;
  failureThreshold?: number;
  coolDownMs?: number;
  clock?: Pick<Clock, "now">;
  /** Which errors mean "the carrier is down". Others (its answers, our bugs) leave the count alone. */
  isFailure?: (err: unknown) => boolean;
}

export function isOutage(err: unknown): boolean {
  return err instanceof RequestTimeoutError || err instanceof NetworkError || err instanceof UpstreamStatusError;
}

export class CircuitBreaker {
  readonly name: string;
  private readonly failureThreshold: number;
  private readonly coolDownMs: number;
  private readonly clock: Pick<Clock, "now">;
  private readonly isFailure: (err: unknown) => boolean;
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(options: CircuitBreakerOptions) {
    this.name = options.name;
    this.failureThreshold = options.failureThreshold ?? 5;
    this.coolDownMs = options.coolDownMs ?? 30_000;
    this.clock = options.clock ?? systemClock;
    this.isFailure = options.isFailure ?? isOutage;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return "closed";
    return this.clock.now() >= this.openedAt + this.coolDownMs ? "half-open" : "open";
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    const trial = this.admit();
    try {
      const value = await call();
      this.settle(trial, false);
      return value;
    } catch (err) {
      this.settle(trial, !(err instanceof CircuitOpenError) && this.isFailure(err));
      throw err;
    }
  }

  /** For calls already admitted that waited (e.g. for a rate-limit token) while the circuit opened. */
  throwIfOpen(): void {
    if (this.state === "open") throw new CircuitOpenError(this.name, this.openedAt! + this.coolDownMs);
  }

  /** Returns whether this call is the half-open trial. */
  private admit(): boolean {
    const state = this.state;
    if (state === "closed") return false;
    if (state === "half-open" && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    throw new CircuitOpenError(this.name, Math.max(this.openedAt! + this.coolDownMs, this.clock.now()));
  }

  private settle(trial: boolean, failed: boolean): void {
    if (trial) this.trialInFlight = false;
    if (!failed) {
      if (trial || this.openedAt === null) {
        this.failures = 0;
        this.openedAt = null;
      }
      return;
    }
    this.failures += 1;
    if (trial || this.failures >= this.failureThreshold) this.openedAt = this.clock.now();
  }
}
