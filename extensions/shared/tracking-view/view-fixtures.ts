// The TrackingView fixtures (app/tracking/view/fixtures/*.json): read by tests, the browser-test
// server and the static previews.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TrackingView } from "../../../app/tracking/view/types";

export const VIEW_FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "app", "tracking", "view", "fixtures");

export function viewFixtureNames(): string[] {
  return readdirSync(VIEW_FIXTURES_DIR)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""))
    .sort();
}

export function viewFixture(name: string): TrackingView {
  return JSON.parse(readFileSync(join(VIEW_FIXTURES_DIR, `${name}.json`), "utf8")) as TrackingView;
}
