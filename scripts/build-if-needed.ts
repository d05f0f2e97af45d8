// Builds the Remix app when build/ is missing or older than any source file.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(dir: string, skip: string[] = ["generated"]): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name) || entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p, skip) : statSync(p).mtimeMs);
  }
  return newest;
}

export function buildIfNeeded(root: string, log: (m: string) => void): void {
  const out = join(root, "build/server/index.js");
  const sources = Math.max(newestMtime(join(root, "app")), statSync(join(root, "vite.config.ts")).mtimeMs, statSync(join(root, "package.json")).mtimeMs);
  if (existsSync(out) && statSync(out).mtimeMs >= sources) return;
  log("Building the app (remix vite:build)…");
  try {
    execFileSync(process.execPath, [join(root, "node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    log(`${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`);
    throw new Error("the app build failed (output above)");
  }
}

/** The shopper surfaces' bundles (the demo's previews load them). */
export function buildExtensionsIfNeeded(root: string, log: (m: string) => void): void {
  const out = join(root, "extensions/order-status-block/dist/order-status-block.js");
  if (existsSync(out) && statSync(out).mtimeMs >= newestMtime(join(root, "extensions"), ["dist"])) return;
  log("Building the shopper extensions…");
  execFileSync(process.execPath, ["--import", "tsx", join(root, "extensions/build.ts")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
