// A carrier server that enforces a request rate the way carriers do: it counts requests per
// fixed window of its own clock and answers 429 (with Retry-After) to any request above the limit.
import { startCarrierServer, type CarrierServer, type Handler } from "./carrier-server";

export interface RateLimitedServer extends CarrierServer {
  /** Requests seen in each window, by window start (epoch ms). */
  perWindow: Map<number, number>;
  /** How many 429s it sent. */
  refused: () => number;
}

export async function startRateLimitedServer(limit: number, windowMs: number, handler: Handler): Promise<RateLimitedServer> {
  const perWindow = new Map<number, number>();
  let refused = 0;
  const server = await startCarrierServer((req) => {
    const window = Math.floor(req.at / windowMs) * windowMs;
    const seen = (perWindow.get(window) ?? 0) + 1;
    perWindow.set(window, seen);
    if (seen > limit) {
      refused++;
      return { status: 429, headers: { "retry-after": String(Math.ceil(windowMs / 1000)) }, body: { status: 429, title: "Too Many Requests", detail: "Rate limit exceeded" } };
    }
    return handler(req);
  });
  return { ...server, perWindow, refused: () => refused };
}
