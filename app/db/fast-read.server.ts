// Read-only SQL straight through the driver, for the one path where the ORM's per-query cost
// dominates: the shopper widget's view read (docs/decisions/004). SQL is written once with `?`
// placeholders and double-quoted identifiers, valid on SQLite and PostgreSQL.
import Database from "better-sqlite3";
import pg from "pg";
import { splitPgSchema } from "../db.server";

export interface FastReader {
  all<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function sqliteReader(url: string): FastReader {
  const conn = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  conn.pragma("busy_timeout = 5000");
  const statements = new Map<string, Database.Statement>();
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      let st = statements.get(sql);
      if (!st) statements.set(sql, (st = conn.prepare(sql)));
      return st.all(...params) as T[];
    },
    async close() {
      conn.close();
    },
  };
}

function postgresReader(url: string): FastReader {
  const { connectionString, schema } = splitPgSchema(url);
  // Prisma keeps UTC in "timestamp without time zone": read it as UTC, whatever the process zone.
  const types = {
    getTypeParser: ((oid: number, format?: string) =>
      oid === 1114 ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString, max: 10, types, ...(schema ? { options: `-c search_path="${schema.replace(/"/g, "")}"` } : {}) });
  const numbered = new Map<string, string>();
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      let text = numbered.get(sql);
      if (!text) {
        let n = 0;
        numbered.set(sql, (text = sql.replace(/\?/g, () => `$${++n}`)));
      }
      return (await pool.query(text, params as unknown[])).rows as T[];
    },
    async close() {
      await pool.end();
    },
  };
}

declare global {
  // eslint-disable-next-line no-var
  var __porchlightFastReader: { url: string; reader: FastReader } | undefined;
}

/** The process's reader for DATABASE_URL (re-created when the URL changes, as in tests). */
export function fastReader(url: string): FastReader {
  const cached = globalThis.__porchlightFastReader;
  if (cached && cached.url === url) return cached.reader;
  void cached?.reader.close();
  const reader = url.startsWith("file:") ? sqliteReader(url) : postgresReader(url);
  globalThis.__porchlightFastReader = { url, reader };
  return reader;
}
