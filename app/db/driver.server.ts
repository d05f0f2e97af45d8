// SQL straight through the driver: the shopper widget's view read and its batched view writes,
// where the ORM's per-query cost dominates (docs/decisions/004), and the aggregates the ORM cannot
// express. SQL is written once with `?` placeholders and double-quoted identifiers, valid on
// SQLite and PostgreSQL; dates are bound as Prisma stores them on each.
import Database from "better-sqlite3";
import pg from "pg";
import { splitPgSchema } from "../db.server";
import { startCheckpointer, type Checkpointer } from "./checkpointer.server";

export interface Driver {
  all<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /** An `INSERT … VALUES (?, …)` for every row, atomically: one transaction on SQLite, one
   *  multi-row statement on PostgreSQL (a single round trip). */
  insertMany(sql: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void>;
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
    async insertMany(sql, rows) {
      if (!writer) {
        writer = open(false);
        // WAL without an fsync per commit (still atomic and consistent; a power cut may lose the
        // last batch of analytics rows): a commit must not stall the event loop.
        writer.pragma("synchronous = NORMAL");
        // Its commits never checkpoint: the checkpointer thread does (app/db/checkpointer.server.ts).
        writer.pragma("wal_autocheckpoint = 0");
        // Waiting for a lock blocks the event loop: give up soon (the caller keeps its rows).
        writer.pragma("busy_timeout = 200");
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
  // Each statement is prepared once per connection under a name (parsed and planned once).
  const statements = new Map<string, { name: string; text: string }>();
  const statement = (sql: string) => {
    let st = statements.get(sql);
    if (!st) {
      let n = 0;
      statements.set(sql, (st = { name: `porchlight_${statements.size}`, text: sql.replace(/\?/g, () => `$${++n}`) }));
    }
    return st;
  };
  // Dates are written as UTC wall time, as Prisma writes them into "timestamp without time zone".
  const pgValue = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "") : v);
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return (await pool.query({ ...statement(sql), values: params.map(pgValue) })).rows as T[];
    },
    async insertMany(sql, rows) {
      if (!rows.length) return;
      const [head, group] = sql.split(/\s+VALUES\s+/i);
      let n = 0;
      const text = `${head} VALUES ${rows.map(() => group.replace(/\?/g, () => `$${++n}`)).join(", ")}`;
      await pool.query(text, rows.flat().map(pgValue));
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
