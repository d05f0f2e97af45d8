// Debian's Chromium driven by playwright-core (no browser download), with the flags these
// offline machines need.
import { chromium, type Browser } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const ARTIFACTS = join(import.meta.dirname, "../../artifacts/e2e");

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}
