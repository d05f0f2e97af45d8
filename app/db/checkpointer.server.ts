// SQLite's WAL checkpoint, off the request thread. A checkpoint copies the write-ahead log into
// the database file; run by the connection that commits past the threshold, it held the event
// loop ~60 ms on a 100 MB database (docs/decisions/004). A worker thread with its own connection
// runs a PASSIVE checkpoint (never waits on readers or writers) every few seconds instead.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let conn;
try {
  conn = new Database(workerData.file, { fileMustExist: true });
  conn.pragma("busy_timeout = 1000");
} catch (err) {
  parentPort.postMessage({ ok: false, fatal: true, error: String(err) });
  process.exit(1);
}
const run = () => {
  try {
    const [row] = conn.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, log: row.log, checkpointed: row.checkpointed });
  } catch (err) {
    parentPort.postMessage({ ok: false, error: String(err) });
  }
};
parentPort.on("message", (m) => m === "now" && run());
setInterval(run, workerData.everyMs);
`;

export interface CheckpointResult {
  ok: boolean;
  log?: number;
  checkpointed?: number;
  error?: string;
}

export interface Checkpointer {
  /** Checkpoints now; answers what SQLite reported. */
  now(): Promise<CheckpointResult>;
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, everyMs = 5000): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs, driver } });
  worker.unref(); // never keeps the process alive
  worker.on("message", (m: CheckpointResult & { fatal?: boolean }) => {
    if (!m.ok) console.error(JSON.stringify({ level: m.fatal ? "error" : "warn", msg: m.fatal ? "WAL checkpointer stopped" : "WAL checkpoint failed", error: m.error }));
  });
  worker.on("error", (err) => console.error(JSON.stringify({ level: "error", msg: "WAL checkpointer stopped", error: String(err) })));
  return {
    now: () =>
      new Promise((resolve) => {
        worker.once("message", resolve);
        worker.postMessage("now");
      }),
    stop: async () => void (await worker.terminate()),
  };
}
