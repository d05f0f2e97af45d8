// A fresh, migrated database for one test file. SQLite in a temp file by default; PostgreSQL in
// a schema of its own when PORCHLIGHT_TEST_DB=postgresql (npm run test:services).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, splitPgSchema, type Db } from "../../app/db.server";
import { migrate } from "../../app/db/migrate.server";

export const PG_BASE_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export interface TestDb {
  url: string;
  db: Db;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string {
  if (process.env.PORCHLIGHT_TEST_DB === "postgresql") {
    return `${PG_BASE_URL}?schema=t_${randomBytes(6).toString("hex")}`;
  }
  return `file:${join(mkdtempSync(join(tmpdir(), "porchlight-")), "test.sqlite")}`;
}

/** Creates, migrates and installs the database as the app's client (db()). */
export async function setUpTestDb(): Promise<TestDb> {
  const url = testDatabaseUrl();
  process.env.DATABASE_URL = url;
  await migrate(url);
  const client = createDb(url);
  globalThis.__porchlightDb = client;
  globalThis.__porchlightQueue = undefined;
  const provider = url.startsWith("file:") ? "sqlite" : "postgresql";
  return {
    url,
    db: client,
    provider,
    async drop() {
      await client.$disconnect();
      if (provider === "postgresql") {
        const { connectionString, schema } = splitPgSchema(url);
        const c = new pg.Client({ connectionString });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      }
    },
  };
}
