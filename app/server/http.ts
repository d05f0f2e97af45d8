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

/** A Fetch handler served straight from Express, for bodiless requests (GET, HEAD, OPTIONS):
 *  no route matching, no streams — the response body is written in one piece. */
export function directHandler(handler: (r: Request) => Promise<Response>): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") return next();
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
    const request = new Request(`${req.protocol}://${req.get("host")}${req.originalUrl}`, { method: req.method, headers });
    handler(request)
      .catch((thrown: unknown) => {
        if (thrown instanceof Response) return thrown; // the Shopify library answers by throwing
        throw thrown;
      })
      .then(async (response) => {
        res.statusCode = response.status;
        response.headers.forEach((value, key) => key !== "set-cookie" && res.setHeader(key, value));
        const cookies = response.headers.getSetCookie();
        if (cookies.length) res.setHeader("set-cookie", cookies);
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((err: unknown) => {
        // A JSON error for the widget, a log line for the operator; never a stack trace to a shopper.
        console.error(JSON.stringify({ level: "error", msg: "request failed", path: req.path, error: err instanceof Error ? err.stack : String(err) }));
        if (res.headersSent) return res.destroy();
        res.status(500).set({ "Content-Type": "application/json", "Cache-Control": "no-store" }).end(JSON.stringify({ error: "internal" }));
      });
  };
}

export async function serve(opts: ServeOptions): Promise<{ close(): Promise<void>; url: string }> {
  const build = (await import(pathToFileURL(join(opts.root, "build/server/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  for (const m of opts.mounts ?? []) app.use(m.path, (req, res) => m.handler(req, res));
  // Before the static files: a widget call should not cost two file lookups.
  const entry = build.entry.module as { directRoutes?: Record<string, (r: Request) => Promise<Response>>; shutdown?: () => Promise<void> };
  for (const [path, handler] of Object.entries(entry.directRoutes ?? {})) app.all(path, directHandler(handler));
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
        // Stops accepting, lets requests in flight finish, then saves what the app holds in memory.
        close: async () => {
          const closed = new Promise<void>((r) => server.close(() => r()));
          server.closeIdleConnections();
          await closed;
          await entry.shutdown?.();
        },
      });
    });
    // Longer than any proxy's or client pool's idle timeout, so a reused keep-alive connection is
    // never closed under a request in flight (Node's default of 5 s races with clients).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.on("error", reject);
  });
}

/** SIGTERM (a deploy) or SIGINT (Ctrl+C): finish requests in flight, save what is buffered, exit. */
export function stopOnSignals(server: { close(): Promise<void> }): void {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`shutdown: ${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
