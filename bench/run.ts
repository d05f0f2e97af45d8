// `npm run bench -- [name...]`: runs bench/<name>.bench.ts (all when no name is given).
// Each benchmark prints one JSON object per line on stdout.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .sort();

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
for (const name of wanted) {
  if (!available.includes(name)) {
    process.stderr.write(`bench: unknown benchmark '${name}'. Available: ${available.join(", ")}\n`);
    process.exit(2);
  }
}
for (const name of wanted.length ? wanted : available) {
  const mod = await import(pathToFileURL(join(here, `${name}.bench.ts`)).href);
  await mod.run();
}
