// SQL straight through the driver, for the paths where the ORM's per-query cost dominates: the
// shopper widget's view read and its batched view writes (docs/decisions/004). SQL is written
// once with `?` placeholders and double-quoted identifiers, valid on SQLite and PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
import { splitPgSchema } from "../db.server";
import { startCheckpointer, type Checkpointer } from "./checkpointer.server";

export interface Driver {
  all<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /** One statement run once per parameter row, in one transaction. */
  runMany(sql: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void>;
  close(): Promise<void>;
}

/** SQLite binds numbers, strings, bigints, buffers and null: dates go in as Prisma stores them. */
const sqliteValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

function sqliteDriver(url: string): Driver {
  const file = url.replace(/^file:/, "");
  const open = (readonly: boolean) => {
    const conn = new Database(file, { readonly, fileMustExist: true });
    conn.pragma("busy_timeout = 5000");
    return conn;
  };
  const reader = open(true);
  // Reads land anywhere in a large table: a 64 MB page cache and memory-mapped I/O.
  reader.pragma("cache_size = -65536");
  reader.pragma("mmap_size = 268435456");
  let writer: Database.Database | null = null;
  let checkpointer: Checkpointer | null = null;
  const statements = new Map<string, Database.Statement>();
  const prepared = (conn: Database.Database, sql: string) => {
    const key = `${conn === reader ? "r" : "w"}${sql}`;
    let st = statements.get(key);
    if (!st) statements.set(key, (st = conn.prepare(sql)));
    return st;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return prepared(reader, sql).all(...params.map(sqliteValue)) as T[];
    },
    async runMany(sql, rows) {
      if (!writer) {
        writer = open(false);
        // WAL without an fsync per commit (still atomic and consistent; a power cut may lose the
        // last batch of analytics rows): a commit must not stall the event loop.
        writer.pragma("synchronous = NORMAL");
        // Its commits never checkpoint: the checkpointer thread does (app/db/checkpointer.server.ts).
        writer.pragma("wal_autocheckpoint = 0");
        checkpointer = startCheckpointer(file);
      }
      const st = prepared(writer, sql);
      writer.transaction(() => {
        for (const row of rows) st.run(...row.map(sqliteValue));
      })();
    },
    async close() {
      await checkpointer?.stop();
      reader.close();
      writer?.close();
    },
  };
}

function postgresDriver(url: string): Driver {
  const { connectionString, schema } = splitPgSchema(url);
  // Prisma keeps UTC in "timestamp without time zone": read it as UTC, whatever the process zone.
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === 1114 ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString, max: 10, types, ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}) });
  const numbered = new Map<string, string>();
  const text = (sql: string) => {
    let t = numbered.get(sql);
    if (!t) {
      let n = 0;
      numbered.set(sql, (t = sql.replace(/\?/g, () => `$${++n}`)));
    }
    return t;
  };
  // Dates are written as UTC wall time, as Prisma writes them into "timestamp without time zone".
  const pgValue = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "") : v);
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return (await pool.query(text(sql), params.map(pgValue))).rows as T[];
    },
    async runMany(sql, rows) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const row of rows) await client.query(text(sql), row.map(pgValue));
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

declare global {
  // eslint-disable-next-line no-var
  var __porchlightDriver: { url: string; driver: Driver } | undefined;
}

/** The process's driver for DATABASE_URL (re-created when the URL changes, as in tests). */
export function driver(url: string): Driver {
  const cached = globalThis.__porchlightDriver;
  if (cached && cached.url === url) return cached.driver;
  void cached?.driver.close();
  const created = url.startsWith("file:") ? sqliteDriver(url) : postgresDriver(url);
  globalThis.__porchlightDriver = { url, driver: created };
  return created;
}
