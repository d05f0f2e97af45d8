// Starts `npm run demo` (scripts/demo.ts) as a child process on a free port with a fresh SQLite
// database, and waits until it serves.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface DemoServer {
  url: string;
  databaseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** The demo signs with its own keys (it refuses real credentials in production mode). */
function withoutShopifyCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SHOPIFY_API_KEY: _key, SHOPIFY_API_SECRET: _secret, ...rest } = env;
  return rest;
}

export async function startDemo(extraEnv: Record<string, string> = {}): Promise<DemoServer> {
  const port = await freePort();
  const databaseUrl = `file:${join(mkdtempSync(join(tmpdir(), "porchlight-demo-")), "demo.sqlite")}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(root, "scripts/demo.ts")], {
    cwd: root,
    env: { ...withoutShopifyCredentials(process.env), PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start in time:\n${out}`)), 170_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`demo exited with ${code}:\n${out}`));
    });
    const poll = setInterval(() => {
      if (out.includes("Porchlight demo running")) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
  });
  return {
    url,
    databaseUrl,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
