// The shopper's view of one order, read from the database and built by the pure view model.
// Callers decide who may see it (session token, app proxy lookup, demo preview).
import { createHash } from "node:crypto";
import { db } from "../db.server";
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
  etag: string;
  shopId: string;
  orderId: string;
}

const ORDER_INCLUDE = {
  shipments: {
    where: { retiredAt: null },
    orderBy: { createdAt: "asc" as const },
    include: {
      events: { orderBy: { occurredAt: "desc" as const }, select: { id: true, occurredAt: true, code: true, location: true } },
      alerts: { where: { status: "open" }, select: { family: true, severity: true, details: true } },
    },
  },
};

function triggeredCode(details: string, events: Array<{ id: string; code: string }>): string | null {
  try {
    const id = JSON.parse(details)?.triggeredBy;
    return events.find((e) => e.id === id)?.code ?? null;
  } catch {
    return null;
  }
}

type LoadedOrder = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;
type ShopInfo = { id: string; timezone: string; locale: string; uninstalledAt: Date | null };

async function loadOrder(where: { id: string } | { shopId_shopifyId: { shopId: string; shopifyId: string } }) {
  return db().order.findUnique({ where, include: ORDER_INCLUDE });
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
  const view = buildTrackingView({ order: { name: order.name, placedAt: order.placedAt }, shipments }, locale, safeTimeZone(req.timeZone ?? shop.timezone), req.now ?? new Date());
  const etag = `"${createHash("sha1").update(JSON.stringify(view)).digest("base64url")}"`;
  return { view, etag, shopId: order.shopId, orderId: order.id };
}

/** By the order's Shopify id within a shop; null when unknown. */
export async function orderViewByShopifyId(shopDomain: string, shopifyOrderId: string, req: ViewRequest = {}) {
  const shop = await shopBy({ domain: shopDomain });
  if (!shop || shop.uninstalledAt) return null;
  const order = await loadOrder({ shopId_shopifyId: { shopId: shop.id, shopifyId: shopifyOrderId } });
  return order ? { ...toView(order, shop, req), customerId: order.customerId, placedAt: order.placedAt } : null;
}

export async function orderViewById(orderId: string, req: ViewRequest = {}) {
  const order = await loadOrder({ id: orderId });
  const shop = order ? await shopBy({ id: order.shopId }) : null;
  return order && shop ? toView(order, shop, req) : null;
}

/** The storefront lookup: order name + email (both must match), or a tracking number. */
export async function orderViewByLookup(
  shopDomain: string,
  q: { order?: string | null; email?: string | null; tracking?: string | null },
  req: ViewRequest = {},
) {
  const shop = await shopBy({ domain: shopDomain });
  if (!shop || shop.uninstalledAt) return null;
  if (q.tracking) {
    const number = q.tracking.replace(/[\s-]+/g, "").toUpperCase();
    const s = await db().shipment.findFirst({ where: { shopId: shop.id, trackingNumber: number, retiredAt: null }, select: { orderId: true } });
    return s ? orderViewById(s.orderId, req) : null;
  }
  if (!q.order || !q.email) return null;
  const name = q.order.trim().startsWith("#") ? q.order.trim() : `#${q.order.trim()}`;
  const candidates = await db().order.findMany({ where: { shopId: shop.id, name }, select: { id: true, email: true } });
  const email = q.email.trim().toLowerCase();
  const match = candidates.find((o) => o.email && o.email.toLowerCase() === email);
  return match ? orderViewById(match.id, req) : null;
}

// Shopper views are analytics: gathered in memory and written in batches (every second, or at
// 500), so a widget request never waits on a database write.
type PendingView = { shopId: string; orderId: string; surface: string; milestone: string | null; locale: string; viewedAt: Date };
let pending: PendingView[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;

export async function flushShopperViews(): Promise<number> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = pending;
  pending = [];
  if (batch.length) await db().shopperView.createMany({ data: batch });
  return batch.length;
}

export async function recordShopperView(shopId: string, orderId: string, surface: string, view: TrackingView): Promise<void> {
  pending.push({ shopId, orderId, surface, milestone: view.shipments[0]?.milestone ?? null, locale: view.locale, viewedAt: new Date() });
  if (pending.length >= 500) {
    await flushShopperViews();
    return;
  }
  timer ??= setTimeout(() => {
    flushShopperViews().catch((err) => console.error(JSON.stringify({ level: "error", msg: "shopper views not saved", error: String(err) })));
  }, 1000);
  timer.unref?.();
}
