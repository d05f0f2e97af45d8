// The embedded default's queue: jobs are rows (written before anything is acknowledged), run
// in-process. A job is leased while it runs; a crash leaves the lease to expire and the job is
// taken again, so nothing is lost. Failures retry with backoff up to maxAttempts.
import type { Db } from "../db.server";
import { backoffMs, type JobHandler, type JobSpec, type Queue } from "./types";

const LEASE_MS = 5 * 60_000;

export class DbQueue implements Queue {
  constructor(
    private readonly prisma: Db,
    private readonly queueName = "default",
  ) {}

  async enqueue<P>(spec: JobSpec<P>): Promise<void> {
    const data = {
      queue: this.queueName,
      name: spec.name,
      payload: JSON.stringify(spec.payload),
      dedupeKey: spec.dedupeKey ?? null,
      runAt: spec.runAt ?? new Date(),
      maxAttempts: spec.maxAttempts ?? 5,
    };
    if (!spec.dedupeKey) {
      await this.prisma.job.create({ data });
      return;
    }
    await this.prisma.job.upsert({ where: { dedupeKey: spec.dedupeKey }, create: data, update: {} });
  }

  /** Claims one due job (waiting and due, or running with an expired lease). */
  private async claim(now: Date) {
    const candidate = await this.prisma.job.findFirst({
      where: {
        queue: this.queueName,
        OR: [
          { status: "waiting", runAt: { lte: now } },
          { status: "running", lockedUntil: { lt: now } },
        ],
      },
      orderBy: { runAt: "asc" },
    });
    if (!candidate) return null;
    // Compare-and-set on the row we saw, so two workers never take the same job.
    const taken = await this.prisma.job.updateMany({
      where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts },
      data: { status: "running", attempts: { increment: 1 }, lockedUntil: new Date(now.getTime() + LEASE_MS) },
    });
    return taken.count === 1 ? { ...candidate, attempts: candidate.attempts + 1 } : null;
  }

  /** Runs due jobs until none is left (or `limit` ran). Returns how many ran. */
  async drain(handlers: Record<string, JobHandler>, now: () => Date = () => new Date(), limit = Infinity): Promise<number> {
    let ran = 0;
    while (ran < limit) {
      const job = await this.claim(now());
      if (!job) return ran;
      ran++;
      const handler = handlers[job.name];
      try {
        if (!handler) throw new Error(`no handler for job '${job.name}'`);
        await handler(JSON.parse(job.payload), { jobId: job.id, attempt: job.attempts });
        await this.prisma.job.update({
          where: { id: job.id },
          data: { status: "done", finishedAt: now(), lockedUntil: null, lastError: null },
        });
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const final = job.attempts >= job.maxAttempts;
        await this.prisma.job.update({
          where: { id: job.id },
          data: {
            status: final ? "failed" : "waiting",
            lastError: message.slice(0, 2000),
            lockedUntil: null,
            runAt: new Date(now().getTime() + backoffMs(job.attempts, Math.random())),
            finishedAt: final ? now() : null,
          },
        });
      }
    }
    return ran;
  }
}
