// Where each normalizer source's fixtures live, for tests and benchmarks (not for the app):
// the source's own app/carriers/<id>/fixtures/ plus the shared reference folders in
// ../shared/data/carrier_fixtures/ (beside the repo, as CI clones it).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SHARED_FIXTURES = join(REPO_ROOT, "..", "shared", "data", "carrier_fixtures");

/** Shared folders whose name is not the source id (by default a source reads the folder of its own name). */
const SHARED_FOLDERS: Readonly<Record<string, readonly string[]>> = {
  dhl: ["dhl_universal"],
  usps: ["usps", "usps_international"],
};

export function sharedFoldersOf(source: string): readonly string[] {
  return Object.hasOwn(SHARED_FOLDERS, source) ? SHARED_FOLDERS[source] : [source];
}

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(json|xml|txt)$/i.test(f))
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .sort();
}

/** Every fixture file of a source: its own first, then the shared ones. */
export function fixtureFiles(source: string): string[] {
  return [
    ...filesIn(join(REPO_ROOT, "app", "carriers", source, "fixtures")),
    ...sharedFoldersOf(source).flatMap((folder) => filesIn(join(SHARED_FIXTURES, folder))),
  ];
}

/** A fixture of the source's own folder, as text. */
export function ownFixture(source: string, name: string): string {
  return readFileSync(join(REPO_ROOT, "app", "carriers", source, "fixtures", name), "utf8");
}

/** A shared reference fixture, as text. */
export function sharedFixture(folder: string, name: string): string {
  return readFileSync(join(SHARED_FIXTURES, folder, name), "utf8");
}

/** The error `fn` throws (fails the test when it throws nothing). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected the parser to throw");
}
