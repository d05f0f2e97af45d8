// Scale-out queue: BullMQ on Redis. Same handlers as the in-process queue; retries with
// exponential backoff; a job whose worker died mid-run is stalled and taken again by another.
import { Queue as BullQueue, Worker, type ConnectionOptions } from "bullmq";
import type { JobHandler, JobSpec, Queue } from "./types";

export const QUEUE_NAME = "porchlight";

export function redisConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password || undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === "rediss:" ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export class BullMqQueue implements Queue {
  readonly queue: BullQueue;
  constructor(connection: ConnectionOptions, name = QUEUE_NAME) {
    this.queue = new BullQueue(name, { connection });
  }

  async enqueue<P>(spec: JobSpec<P>): Promise<void> {
    await this.queue.add(spec.name, spec.payload, {
      // BullMQ ignores a job whose id already exists: the dedupe key becomes the id.
      jobId: spec.dedupeKey?.replace(/:/g, "_"),
      attempts: spec.maxAttempts ?? 5,
      backoff: { type: "exponential", delay: 1000 },
      delay: spec.runAt ? Math.max(0, spec.runAt.getTime() - Date.now()) : undefined,
      removeOnComplete: 1000,
      removeOnFail: 5000,
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

export function startBullMqWorker(
  connection: ConnectionOptions,
  handlers: Record<string, JobHandler>,
  opts: { concurrency?: number; lockDuration?: number; stalledInterval?: number; name?: string } = {},
): Worker {
  return new Worker(
    opts.name ?? QUEUE_NAME,
    async (job) => {
      const handler = handlers[job.name];
      if (!handler) throw new Error(`no handler for job '${job.name}'`);
      await handler(job.data, { jobId: String(job.id), attempt: job.attemptsMade + 1 });
    },
    {
      connection,
      concurrency: opts.concurrency ?? 8,
      lockDuration: opts.lockDuration ?? 30_000,
      stalledInterval: opts.stalledInterval ?? 30_000,
      maxStalledCount: 3,
    },
  );
}
