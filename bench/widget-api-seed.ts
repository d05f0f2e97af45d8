// The widget-api bench's shop: SHIPMENTS orders with one shipment each and 1–5 scans, written
// through the app's driver (app/db/driver.server.ts; the ORM would take minutes) into SQLite or
// PostgreSQL, with timestamps stored as Prisma stores them on each.
import pg from "pg";
import { splitPgSchema } from "../app/db.server";
import { startCheckpointer } from "../app/db/checkpointer.server";
import { driver } from "../app/db/driver.server";

export const BENCH_SHOP = "bench-shop.myshopify.com";
const CODES = ["info_received.label_created", "in_transit.picked_up", "in_transit.arrived_at_facility", "in_transit.departed_facility", "out_for_delivery.out_for_delivery"];
const CHUNK = 4000; // rows per statement: under PostgreSQL's 65,535 parameters

/** Every table's INSERT and rows, as Date values where Prisma has DateTime columns. */
function tables(shipments: number): Array<{ sql: string; rows: unknown[][] }> {
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

export async function seed(url: string, shipments: number): Promise<void> {
  const db = driver(url);
  for (const t of tables(shipments)) {
    for (let i = 0; i < t.rows.length; i += CHUNK) await db.insertMany(t.sql, t.rows.slice(i, i + CHUNK));
  }
  await db.close(); // this process only generates load from here on
  if (url.startsWith("file:")) {
    // Into the database file, as a server that has run a while would find it.
    const checkpointer = startCheckpointer(url.slice("file:".length), 60_000);
    await checkpointer.now();
    await checkpointer.stop();
  } else {
    // As autovacuum and the checkpointer would have by now, before the load starts.
    await postgres(url, () => "VACUUM ANALYZE", true);
    await postgres(url, () => "CHECKPOINT", true);
  }
}

/** Drops a bench schema (PostgreSQL). */
export async function dropPostgresSchema(url: string): Promise<void> {
  await postgres(url, (schema) => `DROP SCHEMA IF EXISTS "${schema}" CASCADE`, false);
}

async function postgres(url: string, sql: (schema: string) => string, inSchema: boolean): Promise<void> {
  const { connectionString, schema } = splitPgSchema(url);
  if (!schema) return;
  const client = new pg.Client({ connectionString, ...(inSchema ? { options: `-c search_path="${schema}"` } : {}) });
  await client.connect();
  try {
    await client.query(sql(schema));
  } finally {
    await client.end();
  }
}
