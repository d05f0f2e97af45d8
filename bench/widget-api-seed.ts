// The widget-api bench's shop: SHIPMENTS orders with one shipment each and 1–5 scans, written
// straight through the driver (the ORM would take minutes) into SQLite or PostgreSQL, with
// timestamps stored exactly as Prisma stores them on each.
import Database from "better-sqlite3";
import pg from "pg";
import { splitPgSchema } from "../app/db.server";

export const BENCH_SHOP = "bench-shop.myshopify.com";
const CODES = ["info_received.label_created", "in_transit.picked_up", "in_transit.arrived_at_facility", "in_transit.departed_facility", "out_for_delivery.out_for_delivery"];

interface Table {
  sql: string; // INSERT … VALUES with one (?, …) group
  rows: unknown[][];
}

/** Every row, as Date values where Prisma has DateTime columns. */
function rows(shipments: number): Table[] {
  const now = Date.now();
  const at = (ms: number) => new Date(ms);
  const shopId = "shop_bench";
  const orders: unknown[][] = [];
  const ships: unknown[][] = [];
  const events: unknown[][] = [];
  for (let i = 0; i < shipments; i++) {
    const o = `o${i}`;
    const s = `s${i}`;
    orders.push([o, shopId, String(5_000_000 + i), `#${1000 + i}`, `c${i}@example.com`, String(9_000_000 + i), at(now - 86_400_000 * 3), at(now), at(now)]);
    const n = 1 + (i % CODES.length);
    const last = CODES[n - 1];
    ships.push([s, shopId, o, `f${i}`, `1ZBENCH${String(i).padStart(10, "0")}`, last.split(".")[0], last, at(now - 3_600_000), at(now + 86_400_000), at(now + 2 * 86_400_000), at(now)]);
    for (let k = 0; k < n; k++) events.push([`e${i}_${k}`, s, at(now - (n - k) * 3_600_000 * 6), CODES[k], CODES[k].split(".")[0], `k${k}`]);
  }
  return [
    { sql: `INSERT INTO "Shop" ("id", "domain", "name", "settings", "updatedAt") VALUES (?, ?, ?, '{}', ?)`, rows: [[shopId, BENCH_SHOP, "Bench", at(now)]] },
    {
      sql: `INSERT INTO "Order" ("id", "shopId", "shopifyId", "name", "email", "customerId", "locale", "placedAt", "shopifyUpdatedAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?)`,
      rows: orders,
    },
    {
      sql: `INSERT INTO "Shipment" ("id", "shopId", "orderId", "fulfillmentId", "trackingNumber", "carrier", "milestone", "statusCode", "lastEventAt", "predictedFrom", "predictedTo", "updatedAt") VALUES (?, ?, ?, ?, ?, 'ups', ?, ?, ?, ?, ?, ?)`,
      rows: ships,
    },
    {
      sql: `INSERT INTO "TrackingEvent" ("id", "shipmentId", "occurredAt", "utcOffset", "code", "milestone", "location", "source", "dedupeKey") VALUES (?, ?, ?, '-05:00', ?, ?, 'Louisville, KY, US', 'ups', ?)`,
      rows: events,
    },
  ];
}

export function seedSqlite(file: string, shipments: number): void {
  const conn = new Database(file);
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = OFF");
  const value = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
  conn.transaction(() => {
    for (const t of rows(shipments)) {
      const st = conn.prepare(t.sql);
      for (const r of t.rows) st.run(...r.map(value));
    }
  })();
  conn.close();
}

export async function seedPostgres(url: string, shipments: number): Promise<void> {
  const { connectionString, schema } = splitPgSchema(url);
  const client = new pg.Client({ connectionString, ...(schema ? { options: `-c search_path="${schema}"` } : {}) });
  await client.connect();
  const value = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "") : v);
  try {
    await client.query("BEGIN");
    for (const t of rows(shipments)) {
      const [head, group] = t.sql.split(" VALUES ");
      const per = (group.match(/\?/g) ?? []).length;
      const chunk = Math.floor(30_000 / Math.max(1, per)); // under PostgreSQL's 65,535 parameters
      for (let i = 0; i < t.rows.length; i += chunk) {
        const part = t.rows.slice(i, i + chunk);
        let n = 0;
        const values = part.map(() => group.replace(/\?/g, () => `$${++n}`)).join(", ");
        await client.query(`${head} VALUES ${values}`, part.flat().map(value));
      }
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** Drops a bench schema (PostgreSQL). */
export async function dropPostgresSchema(url: string): Promise<void> {
  const { connectionString, schema } = splitPgSchema(url);
  if (!schema) return;
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
