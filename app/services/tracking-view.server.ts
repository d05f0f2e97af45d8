// The shopper's view of one order, read from the database and built by the pure view model.
// Callers decide who may see it (session token, app proxy lookup, demo preview).
import { randomUUID } from "node:crypto";
import { db } from "../db.server";
import { driver } from "../db/driver.server";
import { env } from "../env.server";
import { carrierDisplayName } from "../tracking/detect";
import { resolveLocale, type PitfallFamily, type Severity } from "../tracking/taxonomy";
import { buildTrackingView, safeTimeZone, type TrackingView, type ViewShipmentInput } from "../tracking/view";

export interface ViewRequest {
  locale?: string | null;
  timeZone?: string | null;
  now?: Date;
}

export interface OrderViewResult {
  view: TrackingView;
  shopId: string;
  orderId: string;
}

function triggeredCode(details: string, events: Array<{ id: string; code: string }>): string | null {
  try {
    const id = JSON.parse(details)?.triggeredBy;
    return events.find((e) => e.id === id)?.code ?? null;
  } catch {
    return null;
  }
}

type ShopInfo = { id: string; timezone: string; locale: string; uninstalledAt: Date | null };

interface LoadedShipment {
  id: string;
  trackingNumber: string;
  carrier: string | null;
  trackingUrl: string | null;
  milestone: string;
  statusCode: string;
  deliveredAt: Date | null;
  lastEventAt: Date | null;
  carrierEta: Date | null;
  predictedFrom: Date | null;
  predictedTo: Date | null;
  predictionConfidence: number | null;
  events: Array<{ id: string; occurredAt: Date; code: string; location: string | null }>;
  alerts: Array<{ family: string; severity: string; details: string }>;
}

interface LoadedOrder {
  id: string;
  shopId: string;
  name: string;
  locale: string | null;
  customerId: string | null;
  placedAt: Date;
  shipments: LoadedShipment[];
}

type Row = Record<string, unknown>;
const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v as string | number));

// The widget's hot path, through the driver (app/db/driver.server.ts) — the ORM costs more per
// query than the work. One round trip reads the order, its shipments and their scans, and says
// whether any shipment has open alerts; only then does a second read fetch them.
const ORDER_SQL = (where: string) => `
    SELECT o."id" AS "orderId", o."shopId", o."name", o."locale", o."customerId", o."placedAt",
           s."id", s."trackingNumber", s."carrier", s."trackingUrl", s."milestone", s."statusCode", s."deliveredAt",
           s."lastEventAt", s."carrierEta", s."predictedFrom", s."predictedTo", s."predictionConfidence",
           CASE WHEN EXISTS (SELECT 1 FROM "Alert" a WHERE a."shipmentId" = s."id" AND a."status" = 'open') THEN 1 ELSE 0 END AS "hasAlerts",
           e."id" AS "eventId", e."occurredAt" AS "eventAt", e."code" AS "eventCode", e."location" AS "eventLocation"
    FROM "Order" o
    LEFT JOIN "Shipment" s ON s."orderId" = o."id" AND s."retiredAt" IS NULL
    LEFT JOIN "TrackingEvent" e ON e."shipmentId" = s."id"
    WHERE ${where}
    ORDER BY s."createdAt" ASC, s."id" ASC, e."occurredAt" DESC`;
const ORDER_BY_ID_SQL = ORDER_SQL(`o."id" = ?`);
const ORDER_BY_SHOPIFY_ID_SQL = ORDER_SQL(`o."shopId" = ? AND o."shopifyId" = ?`);
const ALERTS_SQL = `
    SELECT a."shipmentId", a."family", a."severity", a."details" FROM "Alert" a
    JOIN "Shipment" s ON s."id" = a."shipmentId"
    WHERE s."orderId" = ? AND a."status" = 'open'`;

async function loadOrder(where: { id: string } | { shopId: string; shopifyId: string }): Promise<LoadedOrder | null> {
  const read = driver(env().DATABASE_URL);
  const rows = await ("id" in where ? read.all<Row>(ORDER_BY_ID_SQL, [where.id]) : read.all<Row>(ORDER_BY_SHOPIFY_ID_SQL, [where.shopId, where.shopifyId]));
  const o = rows[0];
  if (!o) return null;
  const shipments = new Map<string, LoadedShipment>();
  let alerted = false;
  for (const r of rows) {
    if (!r.id) continue; // an order without shipments: one row, no shipment columns
    let s = shipments.get(r.id as string);
    if (!s) {
      s = {
        id: r.id as string,
        trackingNumber: r.trackingNumber as string,
        carrier: (r.carrier as string | null) ?? null,
        trackingUrl: (r.trackingUrl as string | null) ?? null,
        milestone: r.milestone as string,
        statusCode: r.statusCode as string,
        deliveredAt: date(r.deliveredAt),
        lastEventAt: date(r.lastEventAt),
        carrierEta: date(r.carrierEta),
        predictedFrom: date(r.predictedFrom),
        predictedTo: date(r.predictedTo),
        predictionConfidence: r.predictionConfidence == null ? null : Number(r.predictionConfidence),
        events: [],
        alerts: [],
      };
      shipments.set(s.id, s);
      if (Number(r.hasAlerts)) alerted = true;
    }
    if (r.eventId) s.events.push({ id: r.eventId as string, occurredAt: date(r.eventAt)!, code: r.eventCode as string, location: (r.eventLocation as string | null) ?? null });
  }
  if (alerted) {
    const alerts = await read.all<Row>(ALERTS_SQL, [o.orderId]);
    for (const a of alerts) shipments.get(a.shipmentId as string)?.alerts.push({ family: a.family as string, severity: a.severity as string, details: a.details as string });
  }
  return {
    id: o.orderId as string,
    shopId: o.shopId as string,
    name: o.name as string,
    locale: (o.locale as string | null) ?? null,
    customerId: (o.customerId as string | null) ?? null,
    placedAt: date(o.placedAt)!,
    shipments: [...shipments.values()],
  };
}

// Shops change rarely and every widget call needs one: kept for 30 s.
const shopCache = new Map<string, { at: number; shop: ShopInfo | null }>();
const SHOP_TTL_MS = 30_000;

async function shopBy(where: { domain: string } | { id: string }): Promise<ShopInfo | null> {
  const key = "domain" in where ? `d:${where.domain}` : `i:${where.id}`;
  const hit = shopCache.get(key);
  if (hit && Date.now() - hit.at < SHOP_TTL_MS) return hit.shop;
  const shop = await db().shop.findUnique({ where, select: { id: true, timezone: true, locale: true, uninstalledAt: true } });
  if (shopCache.size > 10_000) shopCache.clear();
  shopCache.set(key, { at: Date.now(), shop });
  return shop;
}

function toView(order: LoadedOrder, shop: ShopInfo, req: ViewRequest): OrderViewResult {
  const shipments: ViewShipmentInput[] = order.shipments.map((s) => ({
    id: s.id,
    trackingNumber: s.trackingNumber,
    carrier: s.carrier,
    carrierName: carrierDisplayName(s.carrier),
    trackingUrl: s.trackingUrl,
    milestone: s.milestone,
    statusCode: s.statusCode,
    deliveredAt: s.deliveredAt,
    lastEventAt: s.lastEventAt,
    carrierEta: s.carrierEta,
    predicted: s.predictedFrom && s.predictedTo ? { from: s.predictedFrom, to: s.predictedTo, confidence: s.predictionConfidence } : null,
    events: s.events,
    openAlerts: s.alerts.map((a) => ({ family: a.family as PitfallFamily, severity: a.severity as Severity, code: triggeredCode(a.details, s.events) })),
  }));
  const locale = resolveLocale(req.locale ?? order.locale ?? shop.locale);
  const view = buildTrackingView({ order: { name: order.name, placedAt: order.placedAt }, shipments }, locale, safeTimeZone(req.timeZone, shop.timezone), req.now ?? new Date());
  return { view, shopId: order.shopId, orderId: order.id };
}

/** By the order's Shopify id within a shop; null when unknown. */
export async function orderViewByShopifyId(shopDomain: string, shopifyOrderId: string, req: ViewRequest = {}) {
  const shop = await shopBy({ domain: shopDomain });
  if (!shop || shop.uninstalledAt) return null;
  const order = await loadOrder({ shopId: shop.id, shopifyId: shopifyOrderId });
  return order ? { ...toView(order, shop, req), customerId: order.customerId, placedAt: order.placedAt } : null;
}

export async function orderViewById(orderId: string, req: ViewRequest = {}) {
  const order = await loadOrder({ id: orderId });
  const shop = order ? await shopBy({ id: order.shopId }) : null;
  return order && shop ? toView(order, shop, req) : null;
}

/** The storefront lookup: a tracking number; or an order name with the order's email, or with the
 *  signed-in customer who placed it (Shopify's app proxy vouches for `logged_in_customer_id`). */
export async function orderViewByLookup(
  shopDomain: string,
  q: { order?: string | null; email?: string | null; tracking?: string | null; customerId?: string | null },
  req: ViewRequest = {},
) {
  const shop = await shopBy({ domain: shopDomain });
  if (!shop || shop.uninstalledAt) return null;
  if (q.tracking) {
    const number = q.tracking.replace(/[\s-]+/g, "").toUpperCase();
    const s = await db().shipment.findFirst({ where: { shopId: shop.id, trackingNumber: number, retiredAt: null }, select: { orderId: true } });
    return s ? orderViewById(s.orderId, req) : null;
  }
  if (!q.order || !(q.email || q.customerId)) return null;
  const name = q.order.trim().startsWith("#") ? q.order.trim() : `#${q.order.trim()}`;
  const candidates = await db().order.findMany({ where: { shopId: shop.id, name }, select: { id: true, email: true, customerId: true } });
  const email = q.email?.trim().toLowerCase();
  const match = candidates.find((o) => (email ? o.email?.toLowerCase() === email : o.customerId !== null && o.customerId === q.customerId));
  return match ? orderViewById(match.id, req) : null;
}

// Shopper views are analytics: gathered in memory and written in batches (every second, or at
// 100 — a bigger batch holds the event loop longer) through the driver, so a widget request never
// waits on a database write.
type PendingView = { shopId: string; orderId: string; surface: string; milestone: string | null; locale: string; viewedAt: Date };
let pending: PendingView[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
const MAX_PENDING = 50_000;

const INSERT_VIEW = `INSERT INTO "ShopperView" ("id", "shopId", "orderId", "surface", "milestone", "locale", "viewedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`;

async function insertViews(views: PendingView[]): Promise<void> {
  const rows = views.map((v) => [randomUUID(), v.shopId, v.orderId, v.surface, v.milestone, v.locale, v.viewedAt]);
  await driver(env().DATABASE_URL).insertMany(INSERT_VIEW, rows);
}

/** The views whose order still exists (one deleted since — a redaction, an uninstall — would fail
 *  the whole batch forever). */
async function ofLiveOrders(views: PendingView[]): Promise<PendingView[]> {
  const ids = [...new Set(views.map((v) => v.orderId))];
  const live = await driver(env().DATABASE_URL).all<{ id: string }>(`SELECT "id" FROM "Order" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids);
  const keep = new Set(live.map((r) => r.id));
  return views.filter((v) => keep.has(v.orderId));
}

export async function flushShopperViews(): Promise<number> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = pending;
  pending = [];
  if (!batch.length) return 0;
  try {
    await insertViews(batch);
    return batch.length;
  } catch (err) {
    try {
      const live = await ofLiveOrders(batch);
      if (live.length < batch.length) {
        if (live.length) await insertViews(live);
        return live.length; // the views of deleted orders go with them
      }
    } catch {
      // the database is unreachable: keep every view
    }
    // Kept for the next flush (each insert is atomic), up to a bound a dead database cannot
    // push past.
    pending = batch.concat(pending).slice(-MAX_PENDING);
    timer ??= setTimeout(flushLater, 1000);
    throw err;
  }
}

function flushLater(): void {
  flushShopperViews().catch((err) => console.error(JSON.stringify({ level: "error", msg: "shopper views not saved", error: String(err) })));
}

export function recordShopperView(shopId: string, orderId: string, surface: string, view: TrackingView): void {
  pending.push({ shopId, orderId, surface, milestone: view.shipments[0]?.milestone ?? null, locale: view.locale, viewedAt: new Date() });
  if (pending.length >= 100) return flushLater();
  timer ??= setTimeout(flushLater, 1000);
  timer.unref?.();
}
