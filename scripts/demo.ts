// `npm run demo`: the whole app on the embedded default — SQLite, in-process jobs, the local
// Admin API stand-in, a seeded demo shop — on http://localhost:3000 (or $PORT). No Shopify
// store, no credentials, no network. DATABASE_URL and SHOPIFY_API_SECRET from the environment win.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { buildIfNeeded } from "./build-if-needed";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const log = (m: string) => process.stderr.write(m + "\n");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST && !process.env.HOST.includes("://") ? process.env.HOST : "localhost";

process.env.PORCHLIGHT_DEMO = "1";
process.env.DATABASE_URL ??= "file:./prisma/dev.sqlite";
process.env.PORT = String(port);
process.env.SHOPIFY_ADMIN_API_URL ??= `http://127.0.0.1:${port}/__shopify`;
process.env.NODE_ENV ??= "production";
process.chdir(root);

const reset = process.argv.includes("--reset");
const { migrate } = await import("../app/db/migrate.server");
const migrated = await migrate(process.env.DATABASE_URL);
log(`Database ${process.env.DATABASE_URL}: ${migrated.applied.length} migration(s) applied.`);

// The sandbox carrier network's last 100 days teach the ETA model before the shop is seeded.
const { simulate } = await import("../app/demo/simulator");
const { trainEtaModel } = await import("../app/tracking/eta");
const { useEtaModel } = await import("../app/services/eta.server");
const history = [...simulate({ shipments: 6000, days: 90, seed: 11, start: new Date(Date.now() - 100 * 86_400_000) })];
useEtaModel(trainEtaModel(history));
log(`ETA model trained on ${history.length} sandbox shipments.`);

const { buildDemoWorld } = await import("../app/demo/world");
const { seedDemo, DEMO_ACCESS_TOKEN } = await import("../app/demo/seed.server");
const world = buildDemoWorld(new Date(), Number(process.env.DEMO_ORDERS ?? 300));
const seeded = await seedDemo(world, { reset });
log(seeded.skipped ? `Demo shop already seeded (${seeded.orders} orders); --reset reseeds.` : `Seeded ${seeded.orders} orders, ${seeded.shipments} shipments, ${seeded.events} events.`);

buildIfNeeded(root, log);
const { buildExtensionsIfNeeded } = await import("./build-if-needed");
buildExtensionsIfNeeded(root, log);

const { createStandInStore, createAdminApiHandler } = await import("../app/demo/admin-api");
const store = createStandInStore({ shop: world.shop, accessTokens: [DEMO_ACCESS_TOKEN], orders: world.orders });
const { createSandboxClient } = await import("../app/demo/sandbox-client");
const { useSandboxClient } = await import("../app/services/carrier-clients.server");
useSandboxClient(createSandboxClient(world));
const { startInlineWorker } = await import("../app/jobs/index.server");
const { serve, stopOnSignals } = await import("../app/server/http");
const server = await serve({
  port,
  host,
  root,
  mounts: [{ path: "/__shopify", handler: createAdminApiHandler(store) }],
});
startInlineWorker();
stopOnSignals(server);
log(`Porchlight demo running: ${server.url}/app  (Ctrl+C to stop)`);
