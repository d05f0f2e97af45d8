// No drift: the migrations of each provider, applied in order, build exactly the database that
// prisma/schema.prisma describes (compared with Prisma's own from-empty SQL for the schema).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitPgSchema } from "../../app/db.server";
import { migrate } from "../../app/db/migrate.server";
import { setUpTestDb, testDatabaseUrl, type TestDb } from "../support/test-db";
import { prismaEnv } from "../../scripts/prisma-env.mjs";
import { postgresSchema } from "../../scripts/prisma-generate.mjs";

const root = join(import.meta.dirname, "../..");

function fromEmptySql(schemaPath: string): string {
  return execFileSync(
    process.execPath,
    [join(root, "node_modules/prisma/build/index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaPath, "--script"],
    { cwd: root, env: prismaEnv, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
}

async function sqliteShape(url: string) {
  // Column order may differ (ALTER TABLE appends), so compare columns by name.
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true });
  const tables = conn
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  const out: string[] = [];
  for (const { name } of tables) {
    const cols = conn.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY name`).all(name) as Array<Record<string, unknown>>;
    out.push(...cols.map((c) => `col ${name}.${c.name} ${c.type} ${c.notnull} ${c.dflt_value ?? ""} ${c.pk}`));
    const fks = conn.prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`).all(name) as Array<Record<string, unknown>>;
    out.push(...fks.map((f) => `fk ${name}.${f.from} -> ${f.table}.${f.to} ${f.on_update} ${f.on_delete}`));
  }
  const indexes = conn
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
    .all() as Array<{ name: string; sql: string }>;
  out.push(...indexes.map((i) => `idx ${i.name} ${i.sql.replace(/\s+/g, " ")}`));
  conn.close();
  return out;
}

async function pgShape(url: string) {
  const { connectionString, schema } = splitPgSchema(url);
  const c = new pg.Client({ connectionString });
  await c.connect();
  const cols = await c.query(
    `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    [schema],
  );
  const idx = await c.query(`SELECT indexname, indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`, [schema]);
  const fks = await c.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = $1::regnamespace AND contype = 'f' ORDER BY conname`,
    [schema],
  );
  await c.end();
  return [
    ...cols.rows.map((r) => `col ${r.table_name}.${r.column_name} ${r.data_type} ${r.is_nullable} ${r.column_default ?? ""}`),
    ...idx.rows.map((r) => `idx ${r.indexname} ${String(r.def).replaceAll(`"${schema}".`, "").replaceAll(`${schema}.`, "")}`),
    ...fks.rows.map((r) => `fk ${r.conname} ${String(r.def).replaceAll(`${schema}.`, "")}`),
  ];
}

async function applyRaw(url: string, sql: string) {
  if (url.startsWith("file:")) {
    const conn = new Database(url.replace(/^file:/, ""));
    conn.exec(sql);
    conn.close();
    return;
  }
  const { connectionString, schema } = splitPgSchema(url);
  const c = new pg.Client({ connectionString });
  await c.connect();
  await c.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}";`);
  await c.query(sql);
  await c.end();
}

let t: TestDb;
let reference: string;
beforeAll(async () => {
  t = await setUpTestDb();
  reference = testDatabaseUrl();
});
afterAll(async () => {
  await t.drop();
  if (!reference.startsWith("file:")) {
    const { connectionString, schema } = splitPgSchema(reference);
    const c = new pg.Client({ connectionString });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
});

describe(`migrations (${process.env.PORCHLIGHT_TEST_DB ?? "sqlite"})`, () => {
  it("the PostgreSQL schema is the SQLite schema with only the provider changed", () => {
    const sqlite = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
    expect(readFileSync(join(root, "prisma/postgresql/schema.prisma"), "utf8")).toBe(postgresSchema(sqlite));
  });

  it("applied migrations match schema.prisma exactly (no drift)", async () => {
    const schemaPath = t.provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma";
    await applyRaw(reference, fromEmptySql(join(root, schemaPath)));
    const shape = t.provider === "sqlite" ? sqliteShape : pgShape;
    const migrated = await shape(t.url);
    expect(migrated.length).toBeGreaterThan(30);
    expect(migrated).toEqual(await shape(reference));
  });

  it("running the migrations again applies nothing", async () => {
    const again = await migrate(t.url, root);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBeGreaterThan(0);
  });
});
