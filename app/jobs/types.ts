// The queue port. Two adapters implement it: the in-process queue on durable Job rows (embedded
// default) and BullMQ on Redis (scale-out). Handlers are the same functions in both.
export interface JobSpec<P = unknown> {
  name: string;
  payload: P;
  /** A second enqueue with the same key is ignored while the first exists. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobContext {
  jobId: string;
  attempt: number;
}

// Payloads are JSON decoded at the edge; each handler declares the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandler<P = any> = (payload: P, ctx: JobContext) => Promise<void>;

export interface Queue {
  enqueue<P>(spec: JobSpec<P>): Promise<void>;
}

/** Exponential backoff with jitter: 2^attempt seconds (capped at 1 h), ±20 %. */
export function backoffMs(attempt: number, random: number): number {
  const base = Math.min(3_600_000, 1000 * 2 ** attempt);
  return Math.round(base * (0.8 + 0.4 * random));
}
