// The HTTP server for `npm run demo` and `npm start`: Remix's build behind Express, static
// assets, and in demo mode the local Admin API stand-in under /__shopify. Jobs run in-process
// unless JOBS=bullmq.
import express from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface ServeOptions {
  port: number;
  host: string;
  root: string;
  /** Extra handlers mounted before Remix (the demo's Admin API stand-in). */
  mounts?: Array<{ path: string; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
  onStarted?: () => void;
}

export async function serve(opts: ServeOptions): Promise<{ close(): Promise<void>; url: string }> {
  const build = (await import(pathToFileURL(join(opts.root, "build/server/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  for (const m of opts.mounts ?? []) app.use(m.path, (req, res) => m.handler(req, res));
  app.use("/assets", express.static(join(opts.root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(join(opts.root, "build/client"), { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));
  return new Promise((resolve, reject) => {
    const server = app.listen(opts.port, opts.host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      opts.onStarted?.();
      resolve({
        url: `http://${opts.host}:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
    server.on("error", reject);
  });
}
