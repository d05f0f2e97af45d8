// Environment for every Prisma CLI call: point the Rust engine variables at a harmless file so
// no command tries to download engines (there is no network here), and turn telemetry off.
import { fileURLToPath } from "node:url";

const harmless = fileURLToPath(new URL("./prisma-env.mjs", import.meta.url));

export const prismaEnv = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? harmless,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? harmless,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
