// Applies prisma/migrations (SQLite) or prisma/postgresql/migrations (PostgreSQL) and records
// each in _prisma_migrations exactly as `prisma migrate deploy` does (id, sha256 checksum of
// migration.sql, timestamps, applied_steps_count), so a connected machine's Prisma agrees.
// Offline, Prisma's own deploy cannot run against PostgreSQL (docs/decisions/001).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { splitPgSchema } from "../db.server";

export interface MigrationResult {
  provider: "sqlite" | "postgresql";
  applied: string[];
  alreadyApplied: number;
}

interface Driver {
  exec(sql: string): Promise<void>;
  appliedNames(): Promise<Set<string>>;
  record(row: { id: string; checksum: string; name: string; startedAt: Date; finishedAt: Date }): Promise<void>;
  close(): Promise<void>;
}

export function migrationsDir(provider: "sqlite" | "postgresql", root = process.cwd()): string {
  return provider === "sqlite" ? join(root, "prisma/migrations") : join(root, "prisma/postgresql/migrations");
}

export function listMigrations(dir: string): Array<{ name: string; sql: string }> {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

function sqliteDriver(url: string): Driver {
  const file = url.replace(/^file:/, "");
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`);
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  return {
    async exec(sql) {
      conn.exec(sql);
    },
    async appliedNames() {
      const rows = conn
        .prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all() as Array<{ migration_name: string }>;
      return new Set(rows.map((r) => r.migration_name));
    },
    async record(r) {
      conn
        .prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        )
        .run(r.id, r.checksum, iso(r.finishedAt), r.name, iso(r.startedAt));
    },
    async close() {
      conn.close();
    },
  };
}

async function postgresDriver(url: string): Promise<Driver> {
  const { connectionString, schema } = splitPgSchema(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  if (schema) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, "")}"`);
    await client.query(`SET search_path TO "${schema.replace(/"/g, "")}"`);
  }
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`);
  return {
    async exec(sql) {
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    },
    async appliedNames() {
      const res = await client.query(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      return new Set(res.rows.map((r: { migration_name: string }) => r.migration_name));
    },
    async record(r) {
      await client.query(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, NULL, NULL, $5, 1)`,
        [r.id, r.checksum, r.finishedAt, r.name, r.startedAt],
      );
    },
    async close() {
      await client.end();
    },
  };
}

/** Applies every pending migration in order; safe to run again (already applied ones are skipped). */
export async function migrate(url: string, root = process.cwd()): Promise<MigrationResult> {
  const provider = url.startsWith("file:") ? "sqlite" : "postgresql";
  const driver = provider === "sqlite" ? sqliteDriver(url) : await postgresDriver(url);
  try {
    const done = await driver.appliedNames();
    const applied: string[] = [];
    const all = listMigrations(migrationsDir(provider, root));
    for (const m of all) {
      if (done.has(m.name)) continue;
      const startedAt = new Date();
      try {
        await driver.exec(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.name} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
      const checksum = createHash("sha256").update(m.sql).digest("hex");
      await driver.record({ id: randomUUID(), checksum, name: m.name, startedAt, finishedAt: new Date() });
      applied.push(m.name);
    }
    return { provider, applied, alreadyApplied: all.length - applied.length };
  } finally {
    await driver.close();
  }
}
