// What the merchant sees first: where every parcel is, what needs attention, how carriers do.
import { db } from "../db.server";
import { driver } from "../db/driver.server";
import { env } from "../env.server";
import { MILESTONES, type Milestone } from "../tracking/taxonomy";

export interface CarrierRow {
  carrier: string;
  shipments: number;
  delivered: number;
  exceptions: number;
  avgTransitDays: number | null;
}

export interface Dashboard {
  totals: { orders: number; shipments: number; active: number; openAlerts: number };
  byMilestone: Array<{ milestone: Milestone; count: number }>;
  alertsByFamily: Array<{ family: string; count: number }>;
  atRisk: Array<{
    shipmentId: string;
    order: string;
    trackingNumber: string;
    carrier: string | null;
    milestone: string;
    statusCode: string;
    lastEventAt: string | null;
  }>;
  carriers: CarrierRow[];
  /** Shoppers who looked at their tracking themselves instead of asking the store. */
  shopperViews: ShopperViews;
}

export interface ShopperViews {
  days: number;
  total: number;
  /** Distinct orders looked at. */
  orders: number;
  bySurface: Array<{ surface: string; count: number }>;
  /** Views of a parcel in trouble (exception, failed attempt, returning): questions answered before they were asked. */
  whileInTrouble: number;
}

const VIEW_DAYS = 30;
const SURFACES = ["order-status", "thank-you", "storefront"];

const AT_RISK: Milestone[] = ["exception", "failed_attempt", "returning", "expired"];

/** Days from handover to delivery, summed per carrier in the database (a large shop has
 *  hundreds of thousands of delivered parcels: too many to bring back one by one). */
function transitByCarrier(shopId: string) {
  const days = env().provider === "sqlite" ? `julianday("deliveredAt") - julianday("shippedAt")` : `EXTRACT(EPOCH FROM ("deliveredAt" - "shippedAt")) / 86400.0`;
  return driver(env().DATABASE_URL).all<{ carrier: string | null; days: number | string; n: number | string }>(
    `SELECT "carrier", SUM(${days}) AS "days", COUNT(*) AS "n" FROM "Shipment"
     WHERE "shopId" = ? AND "deliveredAt" IS NOT NULL AND "shippedAt" IS NOT NULL
     GROUP BY "carrier"`,
    [shopId],
  );
}

export async function loadDashboard(shopId: string): Promise<Dashboard> {
  const prisma = db();
  const since = new Date(Date.now() - VIEW_DAYS * 86_400_000);
  const views = { shopId, viewedAt: { gte: since } };
  const [orders, shipments, active, openAlerts, milestoneGroups, familyGroups, atRisk, carrierGroups, deliveredRows, viewGroups, viewedOrders] =
    await Promise.all([
      prisma.order.count({ where: { shopId } }),
      prisma.shipment.count({ where: { shopId } }),
      prisma.shipment.count({ where: { shopId, active: true } }),
      prisma.alert.count({ where: { shopId, status: "open" } }),
      prisma.shipment.groupBy({ by: ["milestone"], where: { shopId }, _count: { _all: true } }),
      prisma.alert.groupBy({ by: ["family"], where: { shopId, status: "open" }, _count: { _all: true } }),
      prisma.shipment.findMany({
        where: { shopId, milestone: { in: AT_RISK } },
        orderBy: { lastEventAt: "desc" },
        take: 15,
        include: { order: { select: { name: true } } },
      }),
      prisma.shipment.groupBy({ by: ["carrier", "milestone"], where: { shopId }, _count: { _all: true } }),
      transitByCarrier(shopId),
      prisma.shopperView.groupBy({ by: ["surface", "milestone"], where: views, _count: { _all: true } }),
      driver(env().DATABASE_URL).all<{ n: number | string }>(`SELECT COUNT(DISTINCT "orderId") AS "n" FROM "ShopperView" WHERE "shopId" = ? AND "viewedAt" >= ?`, [shopId, since]),
    ]);
  const bySurface = new Map<string, number>(SURFACES.map((surface) => [surface, 0]));
  let whileInTrouble = 0;
  for (const g of viewGroups) {
    bySurface.set(g.surface, (bySurface.get(g.surface) ?? 0) + g._count._all);
    if (g.milestone && AT_RISK.includes(g.milestone as Milestone)) whileInTrouble += g._count._all;
  }

  const counts = new Map(milestoneGroups.map((g) => [g.milestone, g._count._all]));
  const carriers = new Map<string, CarrierRow & { transitSum: number; transitN: number }>();
  for (const g of carrierGroups) {
    const key = g.carrier ?? "unknown";
    const row = carriers.get(key) ?? { carrier: key, shipments: 0, delivered: 0, exceptions: 0, avgTransitDays: null, transitSum: 0, transitN: 0 };
    row.shipments += g._count._all;
    if (g.milestone === "delivered") row.delivered += g._count._all;
    if (g.milestone === "exception" || g.milestone === "failed_attempt") row.exceptions += g._count._all;
    carriers.set(key, row);
  }
  for (const r of deliveredRows) {
    const row = carriers.get(r.carrier ?? "unknown");
    if (!row) continue;
    row.transitSum += Number(r.days);
    row.transitN += Number(r.n);
  }
  return {
    totals: { orders, shipments, active, openAlerts },
    byMilestone: MILESTONES.map((m) => ({ milestone: m, count: counts.get(m) ?? 0 })),
    alertsByFamily: familyGroups.map((g) => ({ family: g.family, count: g._count._all })).sort((a, b) => b.count - a.count),
    atRisk: atRisk.map((s) => ({
      shipmentId: s.id,
      order: s.order.name,
      trackingNumber: s.trackingNumber,
      carrier: s.carrier,
      milestone: s.milestone,
      statusCode: s.statusCode,
      lastEventAt: s.lastEventAt?.toISOString() ?? null,
    })),
    carriers: [...carriers.values()]
      .map(({ transitSum, transitN, ...row }) => ({
        ...row,
        avgTransitDays: transitN ? Math.round((transitSum / transitN) * 10) / 10 : null,
      }))
      .sort((a, b) => b.shipments - a.shipments),
    shopperViews: {
      days: VIEW_DAYS,
      total: [...bySurface.values()].reduce((a, b) => a + b, 0),
      orders: Number(viewedOrders[0]?.n ?? 0),
      bySurface: [...bySurface].map(([surface, count]) => ({ surface, count })),
      whileInTrouble,
    },
  };
}
