// The widget API under load: a shop with 100,000 shipments (SQLite, the embedded default, or
// PostgreSQL), the real server over loopback, requests with real session tokens sent open-loop at
// 500/s. Prints latency percentiles and both processes' event-loop delay; floors: p50 ≤ 5 ms,
// p99 ≤ 25 ms. BENCH_RATE, BENCH_SHIPMENTS, BENCH_SECONDS, BENCH_DB (sqlite | postgresql) tune the
// run; BENCH_SERVER_ARGS passes node flags to the server ("--cpu-prof --cpu-prof-dir=/tmp/prof").
import { spawn } from "node:child_process";
import { Agent, request as httpRequest } from "node:http";
import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { emit } from "./measure";
import { BENCH_SHOP, dropPostgresSchema, seed } from "./widget-api-seed";

const SHIPMENTS = Number(process.env.BENCH_SHIPMENTS ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// BENCH_DB=postgresql runs against PostgreSQL (BENCH_PG_URL, default the local test database).
const DB = process.env.BENCH_DB === "postgresql" ? "postgresql" : "sqlite";
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const SHOP = BENCH_SHOP;
const API_KEY = "bench-key";
const API_SECRET = "bench-secret";
function token(customerId: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const t = Math.floor(Date.now() / 1000);
  const head = b64({ alg: "HS256", typ: "JWT" });
  const body = b64({ iss: `https://${SHOP}/admin`, dest: `https://${SHOP}`, aud: API_KEY, sub: `gid://shopify/Customer/${customerId}`, exp: t + 600, nbf: t - 5, iat: t - 5, jti: randomUUID(), sid: "s" });
  return `${head}.${body}.${createHmac("sha256", API_SECRET).update(`${head}.${body}`).digest("base64url")}`;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** A GET over a keep-alive pool (lighter on the load generator than fetch). */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run(): Promise<void> {
  const root = join(import.meta.dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "porchlight-bench-"));
  const postgres = DB === "postgresql";
  const url = postgres ? `${PG_URL}?schema=bench_${randomUUID().slice(0, 8)}` : `file:${join(dir, "bench.sqlite")}`;
  Object.assign(process.env, {
    DATABASE_URL: url,
    NODE_ENV: "production",
    SHOPIFY_API_KEY: API_KEY,
    SHOPIFY_API_SECRET: API_SECRET,
    SHOPIFY_APP_URL: "http://127.0.0.1",
    PORCHLIGHT_DEMO: "0",
  });
  const { migrate } = await import("../app/db/migrate.server");
  await migrate(url, root);
  const seedStart = Date.now();
  await seed(url, SHIPMENTS);
  const seedMs = Date.now() - seedStart;
  const { buildIfNeeded } = await import("../scripts/build-if-needed");
  buildIfNeeded(root, (m) => process.stderr.write(m + "\n"));
  // The server runs in its own process, as in production; this one only generates load.
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ?? "").split(" ").filter(Boolean), "--import", "tsx", join(root, "bench/widget-api-server.ts")], { cwd: root, env: process.env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  const server = await new Promise<{ url: string; close: () => Promise<Record<string, number>> }>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve({ url: m[1], close });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  /** Stops the server; answers its event-loop delay percentiles. */
  async function close(): Promise<Record<string, number>> {
    child.removeAllListeners("exit");
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    return JSON.parse(/LOOP (\{.*\})/.exec(out)?.[1] ?? "{}");
  }

  const total = RATE * SECONDS;
  const pick = (i: number) => (i * 7919) % SHIPMENTS; // spread over the whole table
  const requests = Array.from({ length: total }, (_, i) => ({ order: 5_000_000 + pick(i), auth: `Bearer ${token(String(9_000_000 + pick(i)))}` }));
  // Extensions call from the shopper's browser (a bot user agent is refused by the library).
  const headers = (auth: string) => ({ Authorization: auth, "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36" });
  // Warm-up: connections, JIT, SQLite page cache for the indexes.
  for (let i = 0; i < Math.min(200, total); i++) {
    const res = await get(`${server.url}/api/tracking?order=${requests[i].order}`, headers(requests[i].auth));
    if (res.status !== 200) throw new Error(`widget API answered ${res.status}: ${res.body.slice(0, 300)}`);
  }

  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples = new Set<string>();
  const fail = (what: string) => {
    errors++;
    if (errorSamples.size < 5) errorSamples.add(what);
  };
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let sent = 0;
    let done = 0;
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * RATE) + 1);
      for (; sent < due; sent++) {
        const scheduled = start + (sent * 1000) / RATE;
        const r = requests[sent];
        get(`${server.url}/api/tracking?order=${r.order}`, headers(r.auth))
          .then((res) => {
            if (res.status !== 200) fail(`HTTP ${res.status} ${res.body.slice(0, 200)}`);
          })
          .catch((err: Error) => fail(String(err)))
          .finally(() => {
            latencies.push(performance.now() - scheduled);
            if (++done === total) resolve();
          });
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  const serverLoopMs = await server.close();
  loop.disable();
  rmSync(dir, { recursive: true, force: true });
  if (postgres) await dropPostgresSchema(url);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  emit({
    bench: "widget-api",
    database: DB,
    shipments: SHIPMENTS,
    requests: total,
    targetRps: RATE,
    achievedRps: Math.round(total / elapsed),
    p50Ms: Number(p50.toFixed(2)),
    p90Ms: Number(percentile(latencies, 90).toFixed(2)),
    p99Ms: Number(p99.toFixed(2)),
    maxMs: Number(latencies[latencies.length - 1].toFixed(2)),
    errors,
    ...(errors ? { errorSamples: [...errorSamples] } : {}),
    serverLoopMs,
    loadGenLoopMs: { p50: Number((loop.percentile(50) / 1e6).toFixed(2)), p99: Number((loop.percentile(99) / 1e6).toFixed(2)), max: Number((loop.max / 1e6).toFixed(2)) },
    seedMs,
    pass: p50 <= 5 && p99 <= 25 && errors === 0,
  });
}
