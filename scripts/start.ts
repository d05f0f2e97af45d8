// `npm start`: serves the production build (run `npm run build` first). Jobs run in this process
// with JOBS=inline; with JOBS=bullmq they go to `npm run worker` processes.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
process.env.NODE_ENV ??= "production";

const { env } = await import("../app/env.server");
const config = env();
const { serve, stopOnSignals } = await import("../app/server/http");
const server = await serve({ port: config.PORT, host: config.HOST === "localhost" ? "0.0.0.0" : config.HOST, root });
if (config.JOBS === "inline") {
  const { startInlineWorker } = await import("../app/jobs/index.server");
  startInlineWorker();
}
process.stderr.write(`Porchlight listening on ${server.url}\n`);
stopOnSignals(server);
