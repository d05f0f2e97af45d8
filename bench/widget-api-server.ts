// The server half of the widget-api bench, in its own process (the load generator gets the other
// core): serves the production build on 127.0.0.1 and prints its URL.
import { monitorEventLoopDelay } from "node:perf_hooks";

const { serve } = await import("../app/server/http");
const server = await serve({ port: 0, host: "127.0.0.1", root: process.cwd() });
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
process.stdout.write(`LISTENING ${server.url}\n`);
// On SIGTERM: how long the event loop stalled (the server's share of the tail), then a clean
// exit, so --cpu-prof (BENCH_SERVER_ARGS) can write its profile.
process.on("SIGTERM", () => {
  const ms = (ns: number) => Number((ns / 1e6).toFixed(2));
  process.stdout.write(`LOOP ${JSON.stringify({ p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) })}\n`);
  process.exit(0);
});
