// Shipment reads for the admin and the CLI.
import type { Prisma } from "@prisma/client";
import { db } from "../db.server";

export interface ShipmentFilter {
  shopId?: string;
  shopDomain?: string;
  orderName?: string;
  milestone?: string;
  search?: string;
}

function where(f: ShipmentFilter): Prisma.ShipmentWhereInput {
  const w: Prisma.ShipmentWhereInput = {};
  if (f.shopId) w.shopId = f.shopId;
  if (f.shopDomain) w.shop = { domain: f.shopDomain };
  if (f.milestone) w.milestone = f.milestone;
  if (f.orderName) w.order = { name: f.orderName.startsWith("#") ? f.orderName : `#${f.orderName}` };
  if (f.search) {
    const q = f.search.trim();
    w.OR = [{ trackingNumber: { contains: q.toUpperCase() } }, { order: { name: { contains: q } } }];
  }
  return w;
}

export async function listShipments(f: ShipmentFilter, page = 0, pageSize = 50) {
  const prisma = db();
  const [total, rows] = await Promise.all([
    prisma.shipment.count({ where: where(f) }),
    prisma.shipment.findMany({
      where: where(f),
      orderBy: [{ lastEventAt: "desc" }, { id: "asc" }],
      skip: page * pageSize,
      take: pageSize,
      include: { order: { select: { name: true } }, shop: { select: { domain: true } } },
    }),
  ]);
  return { total, rows };
}

export async function* eachShipment(f: ShipmentFilter, batch = 500) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().shipment.findMany({
      where: where(f),
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      include: { order: { select: { name: true } }, shop: { select: { domain: true } } },
    });
    yield* rows;
    if (rows.length < batch) return;
    cursor = rows[rows.length - 1].id;
  }
}

export async function shipmentDetail(shopId: string, id: string) {
  return db().shipment.findFirst({
    where: { id, shopId },
    include: {
      order: true,
      events: { orderBy: { occurredAt: "desc" } },
      alerts: { orderBy: { openedAt: "desc" } },
    },
  });
}
