// The queue the app uses, picked by configuration: JOBS=inline (default) runs jobs in this
// process from durable rows; JOBS=bullmq hands them to BullMQ workers on Redis.
import { db } from "../db.server";
import { env } from "../env.server";
import { BullMqQueue, redisConnection } from "./bullmq-queue.server";
import { DbQueue } from "./db-queue.server";
import { HANDLERS } from "./handlers.server";
import type { Queue } from "./types";

declare global {
  // eslint-disable-next-line no-var
  var __porchlightQueue: Queue | undefined;
  // eslint-disable-next-line no-var
  var __porchlightWorker: ReturnType<typeof setInterval> | undefined;
}

export function queue(): Queue {
  if (!globalThis.__porchlightQueue) {
    const config = env();
    globalThis.__porchlightQueue =
      config.JOBS === "bullmq" ? new BullMqQueue(redisConnection(config.REDIS_URL!)) : new DbQueue(db());
  }
  return globalThis.__porchlightQueue;
}

/** Runs every due in-process job now (tests and the CLI use this to finish work deterministically). */
export async function runDueJobs(now?: () => Date): Promise<number> {
  const q = queue();
  return q instanceof DbQueue ? q.drain(HANDLERS, now) : 0;
}

/** How often the due-scan for carrier polls runs. */
export const SCHEDULER_EVERY_MS = 30_000;

/** The in-process worker for the embedded default: drains due jobs every `everyMs` and runs the polling due-scan. */
export function startInlineWorker(everyMs = 1000): void {
  if (globalThis.__porchlightWorker) return;
  let busy = false;
  let lastTick = 0;
  globalThis.__porchlightWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    const tick = Date.now() - lastTick >= SCHEDULER_EVERY_MS ? ((lastTick = Date.now()), queue().enqueue({ name: "scheduler.tick", payload: {} })) : null;
    Promise.resolve(tick)
      .then(() => runDueJobs())
      .catch((err) => console.error(JSON.stringify({ level: "error", msg: "job loop failed", error: String(err) })))
      .finally(() => (busy = false));
  }, everyMs);
  globalThis.__porchlightWorker.unref?.();
}
