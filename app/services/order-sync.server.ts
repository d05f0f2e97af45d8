// Orders and fulfillments from Shopify (webhooks or backfill) -> Order and Shipment rows.
// Order-safe: a payload older than what we hold (updated_at) never overwrites newer state.
// One shipment per tracking number per fulfillment; a number the merchant removed retires its
// shipment; a cancelled order stops tracking. Only the personal data features need is kept.
// Works a batch at a time (a backfill page) with a handful of queries, whatever its size.
import type { Prisma, Shipment } from "@prisma/client";
import { db } from "../db.server";
import { carrierFromCompany, detectCarrier } from "../tracking/detect";
import type { ShopifyFulfillmentRecord, ShopifyOrderRecord } from "../demo/shopify-records";

export interface SyncOutcome {
  orderId: string | null;
  applied: boolean;
  shipmentsCreated: number;
  shipmentsRetired: number;
}

type Tx = Prisma.TransactionClient;

/**
 * A resource's numeric id as text, from its GraphQL id when the payload has one: JSON numbers
 * above 2^53 (Shopify's documentation examples use such ids) lose digits when parsed.
 */
export function legacyId(gid: string | null | undefined, numeric: number | string): string {
  const m = gid ? /\/(\d+)$/.exec(gid) : null;
  return m ? m[1] : String(numeric);
}

function orderData(o: ShopifyOrderRecord) {
  const a = o.shipping_address;
  return {
    name: o.name,
    email: o.email ?? o.customer?.email ?? null,
    customerId: o.customer ? legacyId(o.customer.admin_graphql_api_id, o.customer.id) : null,
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
  if (f.status === "cancelled") return [];
  const numbers = f.tracking_numbers?.length ? f.tracking_numbers : f.tracking_number ? [f.tracking_number] : [];
  const seen = new Set<string>();
  const out: Array<{ number: string; url: string | null }> = [];
  numbers.forEach((raw, i) => {
    const number = raw.replace(/[\s-]+/g, "").toUpperCase();
    if (!number || seen.has(number)) return;
    seen.add(number);
    out.push({ number, url: f.tracking_urls?.[i] || (i === 0 ? f.tracking_url : null) });
  });
  return out;
}

/** Applies fulfillments to an order's shipments: creates new numbers, retires removed ones. */
async function applyFulfillments(
  tx: Tx,
  shopId: string,
  items: Array<{ orderId: string; cancelled: boolean; fulfillments: ShopifyFulfillmentRecord[] }>,
): Promise<{ created: number; retired: number }> {
  const fulfillmentIds = items.flatMap((i) => i.fulfillments.map((f) => legacyId(f.admin_graphql_api_id, f.id)));
  if (!fulfillmentIds.length) return { created: 0, retired: 0 };
  const existing = await tx.shipment.findMany({ where: { shopId, fulfillmentId: { in: fulfillmentIds } } });
  const byFulfillment = new Map<string, Shipment[]>();
  for (const s of existing) byFulfillment.set(s.fulfillmentId, [...(byFulfillment.get(s.fulfillmentId) ?? []), s]);
  const creates: Prisma.ShipmentCreateManyInput[] = [];
  let retired = 0;
  for (const { orderId, cancelled, fulfillments } of items) {
    for (const f of fulfillments) {
      const fulfillmentId = legacyId(f.admin_graphql_api_id, f.id);
      const current = byFulfillment.get(fulfillmentId) ?? [];
      const wanted = trackingNumbersOf(f);
      const hint = carrierFromCompany(f.tracking_company);
      for (const { number, url } of wanted) {
        const det = detectCarrier(number, f.tracking_company);
        const carrier = det.carrier ?? hint;
        const have = current.find((s) => s.trackingNumber === number);
        if (!have) {
          creates.push({
            shopId,
            orderId,
            fulfillmentId,
            trackingNumber: number,
            carrier,
            service: det.service,
            trackingNumberValid: det.valid,
            trackingUrl: url,
            originCountry: f.origin_address?.country_code ?? null,
            shippedAt: new Date(f.created_at),
            active: !cancelled,
            nextCheckAt: cancelled ? null : new Date(),
          });
          continue;
        }
        const revive = have.retiredAt !== null && !cancelled;
        if (revive || (url && url !== have.trackingUrl) || (carrier && carrier !== have.carrier)) {
          await tx.shipment.update({
            where: { id: have.id },
            data: {
              trackingUrl: url ?? have.trackingUrl,
              carrier: carrier ?? have.carrier,
              ...(revive ? { retiredAt: null, active: true, nextCheckAt: new Date() } : {}),
            },
          });
        }
      }
      const gone = current.filter((s) => !s.retiredAt && !wanted.some((w) => w.number === s.trackingNumber)).map((s) => s.id);
      if (gone.length) {
        await tx.shipment.updateMany({ where: { id: { in: gone } }, data: { active: false, retiredAt: new Date(), nextCheckAt: null } });
        retired += gone.length;
      }
    }
  }
  if (creates.length) await tx.shipment.createMany({ data: creates });
  return { created: creates.length, retired };
}

/** Syncs a batch of order records (one backfill page, or one webhook). */
export async function syncOrders(shopId: string, records: ShopifyOrderRecord[]): Promise<SyncOutcome[]> {
  if (!records.length) return [];
  return db().$transaction(
    async (tx) => {
      const existing = await tx.order.findMany({
        where: { shopId, shopifyId: { in: records.map((o) => legacyId(o.admin_graphql_api_id, o.id)) } },
        select: { id: true, shopifyId: true, shopifyUpdatedAt: true, redactedAt: true },
      });
      const held = new Map(existing.map((e) => [e.shopifyId, e]));
      const fresh = records.filter((o) => !held.has(legacyId(o.admin_graphql_api_id, o.id)));
      const created = fresh.length
        ? await tx.order.createManyAndReturn({
            data: fresh.map((o) => ({ ...orderData(o), shopId, shopifyId: legacyId(o.admin_graphql_api_id, o.id) })),
            select: { id: true, shopifyId: true },
          })
        : [];
      const ids = new Map<string, string>([...created.map((c) => [c.shopifyId, c.id] as const)]);
      const outcomes = new Map<string, SyncOutcome>();
      const apply: Array<{ orderId: string; cancelled: boolean; fulfillments: ShopifyFulfillmentRecord[]; key: string }> = [];
      for (const o of records) {
        const key = legacyId(o.admin_graphql_api_id, o.id);
        const have = held.get(key);
        if (have && (have.redactedAt || have.shopifyUpdatedAt > new Date(o.updated_at))) {
          outcomes.set(key, { orderId: have.id, applied: false, shipmentsCreated: 0, shipmentsRetired: 0 });
          continue;
        }
        if (have) await tx.order.update({ where: { id: have.id }, data: orderData(o) });
        const orderId = have?.id ?? ids.get(key)!;
        apply.push({ orderId, cancelled: Boolean(o.cancelled_at), fulfillments: o.fulfillments ?? [], key });
        outcomes.set(key, { orderId, applied: true, shipmentsCreated: 0, shipmentsRetired: 0 });
      }
      // Shipment counts are reported per batch on the first applied order (callers sum them).
      const { created: made, retired } = await applyFulfillments(tx, shopId, apply);
      const cancelledIds = apply.filter((a) => a.cancelled).map((a) => a.orderId);
      if (cancelledIds.length) {
        await tx.shipment.updateMany({ where: { orderId: { in: cancelledIds }, active: true }, data: { active: false, nextCheckAt: null } });
      }
      const first = apply[0] && outcomes.get(apply[0].key);
      if (first) Object.assign(first, { shipmentsCreated: made, shipmentsRetired: retired });
      return records.map((o) => outcomes.get(legacyId(o.admin_graphql_api_id, o.id))!);
    },
    { timeout: 60_000 },
  );
}

export async function syncOrder(shopId: string, o: ShopifyOrderRecord): Promise<SyncOutcome> {
  return (await syncOrders(shopId, [o]))[0];
}

export class OrderNotYetKnown extends Error {}

/** A fulfillments/* webhook: applies to an order we hold; otherwise retried until the order arrives. */
export async function syncFulfillmentRecord(shopId: string, f: ShopifyFulfillmentRecord): Promise<{ created: number; retired: number }> {
  return db().$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { shopId_shopifyId: { shopId, shopifyId: String(f.order_id) } } });
    if (!order) throw new OrderNotYetKnown(`order ${f.order_id} not synced yet`);
    return applyFulfillments(tx, shopId, [{ orderId: order.id, cancelled: Boolean(order.cancelledAt), fulfillments: [f] }]);
  });
}
