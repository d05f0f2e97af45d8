#!/usr/bin/env node
// `porchlight` on the PATH (npm link / npx): runs the TypeScript CLI with tsx as a loader, in
// this one process's child (signals reach it directly), from the caller's directory.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const loader = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
const result = spawnSync(process.execPath, ["--import", loader, join(root, "app", "cli", "main.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
