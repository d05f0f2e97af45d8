// Orders and fulfillments from Shopify (webhooks or backfill) -> Order and Shipment rows.
// Order-safe: a payload older than what we hold (updated_at) never overwrites newer state.
// One shipment per tracking number per fulfillment; a number the merchant removed retires its
// shipment; a cancelled order stops tracking. Only the personal data features need is kept.
import type { Prisma } from "@prisma/client";
import { db } from "../db.server";
import { carrierFromCompany, detectCarrier } from "../tracking/detect";
import type { ShopifyFulfillmentRecord, ShopifyOrderRecord } from "../demo/shopify-records";

export interface SyncOutcome {
  orderId: string | null;
  applied: boolean;
  shipmentsCreated: number;
  shipmentsRetired: number;
}

function orderData(o: ShopifyOrderRecord) {
  const a = o.shipping_address;
  return {
    name: o.name,
    email: o.email ?? o.customer?.email ?? null,
    customerId: o.customer ? String(o.customer.id) : null,
    locale: o.customer_locale,
    shipCountry: a?.country_code ?? null,
    shipRegion: a?.province_code ?? null,
    shipCity: a?.city ?? null,
    shipZip: a?.zip ?? null,
    financialStatus: o.financial_status,
    fulfillmentStatus: o.fulfillment_status,
    cancelledAt: o.cancelled_at ? new Date(o.cancelled_at) : null,
    placedAt: new Date(o.created_at),
    shopifyUpdatedAt: new Date(o.updated_at),
  };
}

function trackingNumbersOf(f: ShopifyFulfillmentRecord): Array<{ number: string; url: string | null }> {
  const numbers = f.tracking_numbers?.length ? f.tracking_numbers : f.tracking_number ? [f.tracking_number] : [];
  const seen = new Set<string>();
  const out: Array<{ number: string; url: string | null }> = [];
  numbers.forEach((raw, i) => {
    const number = raw.replace(/[\s-]+/g, "").toUpperCase();
    if (!number || seen.has(number)) return;
    seen.add(number);
    out.push({ number, url: f.tracking_urls?.[i] ?? (i === 0 ? f.tracking_url : null) });
  });
  return out;
}

/** Applies one fulfillment's tracking numbers to the order's shipments. */
export async function syncFulfillment(
  tx: Prisma.TransactionClient,
  shopId: string,
  orderId: string,
  f: ShopifyFulfillmentRecord,
  orderCancelled: boolean,
): Promise<{ created: number; retired: number }> {
  const fulfillmentId = String(f.id);
  const wanted = f.status === "cancelled" ? [] : trackingNumbersOf(f);
  const existing = await tx.shipment.findMany({ where: { shopId, fulfillmentId } });
  let created = 0;
  let retired = 0;
  const hint = carrierFromCompany(f.tracking_company);
  for (const { number, url } of wanted) {
    const det = detectCarrier(number, f.tracking_company);
    const carrier = det.carrier ?? hint;
    const current = existing.find((s) => s.trackingNumber === number);
    if (current) {
      await tx.shipment.update({
        where: { id: current.id },
        data: {
          trackingUrl: url ?? current.trackingUrl,
          carrier: carrier ?? current.carrier,
          ...(current.retiredAt && !orderCancelled ? { retiredAt: null, active: true, nextCheckAt: new Date() } : {}),
        },
      });
      continue;
    }
    await tx.shipment.create({
      data: {
        shopId,
        orderId,
        fulfillmentId,
        trackingNumber: number,
        carrier,
        service: det.service,
        trackingUrl: url,
        originCountry: f.origin_address?.country_code ?? null,
        shippedAt: new Date(f.created_at),
        active: !orderCancelled,
        nextCheckAt: orderCancelled ? null : new Date(),
      },
    });
    created++;
  }
  for (const s of existing) {
    if (s.retiredAt || wanted.some((w) => w.number === s.trackingNumber)) continue;
    await tx.shipment.update({ where: { id: s.id }, data: { active: false, retiredAt: new Date(), nextCheckAt: null } });
    retired++;
  }
  return { created, retired };
}

export async function syncOrder(shopId: string, o: ShopifyOrderRecord): Promise<SyncOutcome> {
  return db().$transaction(async (tx) => {
    const shopifyId = String(o.id);
    const existing = await tx.order.findUnique({ where: { shopId_shopifyId: { shopId, shopifyId } } });
    const incomingAt = new Date(o.updated_at);
    if (existing && existing.shopifyUpdatedAt > incomingAt) {
      return { orderId: existing.id, applied: false, shipmentsCreated: 0, shipmentsRetired: 0 };
    }
    if (existing?.redactedAt) return { orderId: existing.id, applied: false, shipmentsCreated: 0, shipmentsRetired: 0 };
    const data = orderData(o);
    const order = existing
      ? await tx.order.update({ where: { id: existing.id }, data })
      : await tx.order.create({ data: { ...data, shopId, shopifyId } });
    const cancelled = Boolean(o.cancelled_at);
    let created = 0;
    let retired = 0;
    for (const f of o.fulfillments ?? []) {
      const r = await syncFulfillment(tx, shopId, order.id, f, cancelled);
      created += r.created;
      retired += r.retired;
    }
    if (cancelled) {
      await tx.shipment.updateMany({ where: { orderId: order.id, active: true }, data: { active: false, nextCheckAt: null } });
    }
    return { orderId: order.id, applied: true, shipmentsCreated: created, shipmentsRetired: retired };
  });
}

export class OrderNotYetKnown extends Error {}

/** A fulfillments/* webhook: applies to an order we hold; otherwise retried until the order arrives. */
export async function syncFulfillmentRecord(shopId: string, f: ShopifyFulfillmentRecord): Promise<{ created: number; retired: number }> {
  return db().$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { shopId_shopifyId: { shopId, shopifyId: String(f.order_id) } } });
    if (!order) throw new OrderNotYetKnown(`order ${f.order_id} not synced yet`);
    return syncFulfillment(tx, shopId, order.id, f, Boolean(order.cancelledAt));
  });
}
