// A local stand-in for a carrier API: a real HTTP server on 127.0.0.1 (port chosen by the OS)
// that answers with whatever the test's handler returns — the carrier's real bodies — and keeps
// every request it received.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** Server clock (epoch ms) when the request arrived. */
  at: number;
}

export interface Reply {
  status?: number;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the answer back this long (timeouts). */
  delayMs?: number;
}

export type Handler = (req: ReceivedRequest) => Reply | Promise<Reply>;

export interface CarrierServer {
  url: string;
  requests: ReceivedRequest[];
  /** Requests whose path starts with `prefix`. */
  hits(prefix: string): ReceivedRequest[];
  close(): Promise<void>;
}

export async function startCarrierServer(handler: Handler): Promise<CarrierServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const received: ReceivedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      requests.push(received);
      Promise.resolve()
        .then(() => handler(received))
        .then((reply) => send(res, reply), (err: unknown) => send(res, { status: 599, body: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: (prefix) => requests.filter((r) => r.path.startsWith(prefix)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const write = () => {
    if (res.destroyed) return;
    const body = reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    const type = typeof reply.body === "string" ? "text/plain; charset=utf-8" : "application/json";
    res.writeHead(reply.status ?? 200, { "content-type": type, ...reply.headers });
    res.end(body);
  };
  if (reply.delayMs) setTimeout(write, reply.delayMs);
  else write();
}
