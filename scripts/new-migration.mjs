// `node scripts/new-migration.mjs <name> [--from <git-rev>]`: writes a migration for both
// providers from the schema at <git-rev> (default HEAD) to the working prisma/schema.prisma,
// with `prisma migrate diff` (no database needed — works offline).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prismaEnv } from "./prisma-env.mjs";
import { postgresSchema } from "./prisma-generate.mjs";

const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: node scripts/new-migration.mjs <snake_case_name> [--from <git-rev>]");
  process.exit(2);
}
const from = rest[0] === "--from" ? rest[1] : "HEAD";
const tmp = mkdtempSync(join(tmpdir(), "porchlight-migration-"));
const oldSqlite = execFileSync("git", ["show", `${from}:prisma/schema.prisma`], { encoding: "utf8" });
const newSqlite = readFileSync("prisma/schema.prisma", "utf8");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [provider, oldText, newText, dir] of [
  ["sqlite", oldSqlite, newSqlite, "prisma/migrations"],
  ["postgresql", postgresSchema(oldSqlite), postgresSchema(newSqlite), "prisma/postgresql/migrations"],
]) {
  writeFileSync(join(tmp, `old-${provider}.prisma`), oldText);
  writeFileSync(join(tmp, `new-${provider}.prisma`), newText);
  const sql = execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", join(tmp, `old-${provider}.prisma`), "--to-schema-datamodel", join(tmp, `new-${provider}.prisma`), "--script"],
    { env: prismaEnv, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, "migration.sql"), sql);
  console.log(`${provider}: ${join(dir, folder, "migration.sql")}`);
}
