// `npm run worker`: a BullMQ worker process for JOBS=bullmq deployments.
import { env } from "../env.server";
import { BullMqQueue, redisConnection, startBullMqWorker } from "./bullmq-queue.server";
import { SCHEDULER_EVERY_MS } from "./index.server";
import { HANDLERS } from "./handlers.server";

const config = env();
if (config.JOBS !== "bullmq" || !config.REDIS_URL) {
  process.stderr.write("npm run worker needs JOBS=bullmq and REDIS_URL (with JOBS=inline the web process runs jobs).\n");
  process.exit(2);
}
// One repeatable due-scan for the whole fleet (BullMQ keeps a single schedule per id).
const scheduler = new BullMqQueue(redisConnection(config.REDIS_URL));
await scheduler.queue.add("scheduler.tick", {}, { repeat: { every: SCHEDULER_EVERY_MS }, jobId: "scheduler-tick" });
await scheduler.close();
const worker = startBullMqWorker(redisConnection(config.REDIS_URL), HANDLERS, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 8) });
worker.on("failed", (job, err) =>
  process.stderr.write(JSON.stringify({ level: "warn", msg: "job failed", job: job?.name, attempt: job?.attemptsMade, error: err.message }) + "\n"),
);
const stop = async () => {
  await worker.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stderr.write(`Porchlight worker consuming '${worker.name}' on Redis\n`);
