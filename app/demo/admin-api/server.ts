// HTTP face of the stand-in: POST /admin/api/<version>/graphql.json, authenticated by
// X-Shopify-Access-Token for the shop named by X-Shopify-Shop-Domain (or the Host header, or the
// only shop configured). The handler is a plain Node (req, res, next?) function, so the app's
// Express server can mount it under a prefix in demo mode; startAdminApiServer runs it alone.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AdminApiEngine, type EngineOptions, type GraphQLRequestBody } from "./engine";
import { INVALID_TOKEN_BODY, NOT_FOUND_BODY } from "./errors";
import { ADMIN_API_VERSION } from "./schema";
import type { AdminApiStore } from "./store";

export interface AdminApiHandlerOptions extends EngineOptions {
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

export type AdminApiHandler = ((req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void) & {
  /** The engine (and so the bucket) serving a shop domain. */
  engineFor(shopDomain: string): AdminApiEngine | undefined;
};

const GRAPHQL_PATH = /\/admin\/api\/([^/]+)\/graphql\.json$/;
const VERSION = /^(?:\d{4}-(?:01|04|07|10)|unstable)$/;
const BAD_BODY = { errors: { query: "Required parameter missing or invalid" } };

class BodyError extends Error {}

function send(res: ServerResponse, status: number, body: unknown, version?: string): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("X-Request-Id", randomUUID());
  if (version) res.setHeader("X-Shopify-API-Version", version);
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  // Mounted behind express.json() / express.text(), the body has already been read.
  const pre = (req as IncomingMessage & { body?: unknown }).body;
  if (pre !== undefined && pre !== null && !(typeof pre === "object" && Object.keys(pre).length === 0 && !req.readableEnded)) {
    return Buffer.isBuffer(pre) ? decode(pre.toString("utf8"), req) : typeof pre === "string" ? decode(pre, req) : pre;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError("body too large");
    chunks.push(chunk as Buffer);
  }
  return decode(Buffer.concat(chunks).toString("utf8"), req);
}

function decode(text: string, req: IncomingMessage): unknown {
  const type = (header(req, "content-type") ?? "").toLowerCase();
  if (type.startsWith("application/graphql")) return { query: text };
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError("invalid JSON");
  }
}

export function createAdminApiHandler(
  stores: AdminApiStore | readonly AdminApiStore[],
  options: AdminApiHandlerOptions = {},
): AdminApiHandler {
  const list = Array.isArray(stores) ? stores : [stores as AdminApiStore];
  const engines = new Map<string, AdminApiEngine>();
  for (const store of list) {
    const domain = store.shopDomain.toLowerCase();
    if (engines.has(domain)) throw new Error(`two stores for ${domain}`);
    engines.set(domain, new AdminApiEngine(store, options));
  }
  const limit = options.maxBodyBytes ?? 1024 * 1024;

  const shopEngine = (req: IncomingMessage): AdminApiEngine | undefined => {
    const named = header(req, "x-shopify-shop-domain");
    if (named) return engines.get(named.trim().toLowerCase());
    const host = header(req, "host")?.replace(/:\d+$/, "").toLowerCase();
    if (host && engines.has(host)) return engines.get(host);
    return engines.size === 1 ? engines.values().next().value : undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): Promise<void> => {
    const match = GRAPHQL_PATH.exec(new URL(req.url ?? "/", "http://stand-in").pathname);
    if (!match) {
      if (next) next();
      else send(res, 404, NOT_FOUND_BODY);
      return;
    }
    const version = match[1];
    if (!VERSION.test(version)) return send(res, 404, NOT_FOUND_BODY);
    if (req.method !== "POST") {
      res.setHeader("Allow", "POST");
      return send(res, 405, { errors: "Method Not Allowed" }, version);
    }
    const engine = shopEngine(req);
    if (!engine) return send(res, 404, NOT_FOUND_BODY);
    if (!engine.store.acceptsToken(header(req, "x-shopify-access-token"))) return send(res, 401, INVALID_TOKEN_BODY, version);

    let body: unknown;
    try {
      body = await readBody(req, limit);
    } catch (e) {
      if (e instanceof BodyError) return send(res, e.message === "body too large" ? 413 : 400, BAD_BODY, version);
      throw e;
    }
    if (!body || typeof body !== "object" || Array.isArray(body)) return send(res, 400, BAD_BODY, version);
    const result = await engine.run(body as GraphQLRequestBody);
    send(res, result.status, result.body, version);
  };

  const handler = ((req, res, next) => {
    handle(req, res, next).catch((err: unknown) => {
      if (next) next(err);
      else if (!res.headersSent) send(res, 500, { errors: "Internal error" });
      else res.destroy();
    });
  }) as AdminApiHandler;
  handler.engineFor = (domain) => engines.get(domain.toLowerCase());
  return handler;
}

export interface RunningAdminApi {
  /** http://host:port, without a path. */
  url: string;
  /** The GraphQL endpoint for an API version (default 2026-07). */
  graphqlUrl(version?: string): string;
  handler: AdminApiHandler;
  close(): Promise<void>;
}

export async function startAdminApiServer(
  stores: AdminApiStore | readonly AdminApiStore[],
  options: AdminApiHandlerOptions & { port?: number; host?: string } = {},
): Promise<RunningAdminApi> {
  const { port = 0, host = "127.0.0.1", ...handlerOptions } = options;
  const handler = createAdminApiHandler(stores, handlerOptions);
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    graphqlUrl: (version = ADMIN_API_VERSION) => `${url}/admin/api/${version}/graphql.json`,
    handler,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
