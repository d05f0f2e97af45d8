// The one Prisma client. DATABASE_URL picks the provider: file: -> SQLite through better-sqlite3,
// postgresql:// -> PostgreSQL through pg. Both clients are generated from one schema
// (scripts/prisma-generate.mjs) and expose the same API.
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { createRequire } from "node:module";
import { join } from "node:path";
import { env } from "./env.server";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  if (url.startsWith("file:")) {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  }
  // The PostgreSQL client is generated into app/generated/pg-client with the same models.
  const require = createRequire(import.meta.url);
  const { PrismaClient: PgClient } = require(join(process.cwd(), "app/generated/pg-client")) as {
    PrismaClient: new (o: unknown) => Db;
  };
  const { connectionString, schema } = splitPgSchema(url);
  // Raw queries name tables unqualified: the session's search_path must point at the schema too.
  const withPath = schema ? withSearchPath(connectionString, schema) : connectionString;
  return new PgClient({ adapter: new PrismaPg({ connectionString: withPath }, schema ? { schema } : undefined) });
}

/** Prisma-style `?schema=` is not a libpq parameter: take it out and hand it over separately. */
export function splitPgSchema(url: string): { connectionString: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema };
}

function withSearchPath(connectionString: string, schema: string): string {
  const u = new URL(connectionString);
  u.searchParams.set("options", `-c search_path="${schema.replace(/"/g, "")}"`);
  return u.toString();
}

declare global {
  // eslint-disable-next-line no-var
  var __porchlightDb: Db | undefined;
}

/** The process-wide client (kept across dev reloads). */
export function db(): Db {
  globalThis.__porchlightDb ??= createDb(env().DATABASE_URL);
  return globalThis.__porchlightDb;
}

/** A unique-constraint violation (P2002), from either provider's client. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
