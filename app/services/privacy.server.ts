// Privacy compliance: customers/data_request, customers/redact, shop/redact.
import { db } from "../db.server";

interface CustomerRef {
  id?: number | string | null;
  email?: string | null;
}

async function shopByDomain(domain: string) {
  return db().shop.findUnique({ where: { domain } });
}

function customerOrdersWhere(shopId: string, customer: CustomerRef, orderIds: Array<number | string> = []) {
  const or: Array<Record<string, unknown>> = [];
  if (customer.id != null) or.push({ customerId: String(customer.id) });
  if (customer.email) or.push({ email: customer.email });
  if (orderIds.length) or.push({ shopifyId: { in: orderIds.map(String) } });
  return { shopId, OR: or.length ? or : [{ id: "__none__" }] };
}

/** Everything we hold on the customer, stored as a DataExport the merchant can read. */
export async function exportCustomerData(
  shopDomain: string,
  payload: { customer?: CustomerRef; orders_requested?: Array<number | string>; data_request?: { id?: number | string } },
): Promise<string | null> {
  const shop = await shopByDomain(shopDomain);
  if (!shop) return null;
  const prisma = db();
  const orders = await prisma.order.findMany({
    where: customerOrdersWhere(shop.id, payload.customer ?? {}, payload.orders_requested),
    include: { shipments: { include: { events: true, alerts: true } }, views: true },
  });
  const shipmentIds = orders.flatMap((o) => o.shipments.map((s) => s.id));
  const notifications = await prisma.notification.findMany({ where: { shopId: shop.id, shipmentId: { in: shipmentIds } } });
  const exported = await prisma.dataExport.create({
    data: {
      shopId: shop.id,
      customerId: payload.customer?.id != null ? String(payload.customer.id) : null,
      requestId: payload.data_request?.id != null ? String(payload.data_request.id) : null,
      payload: JSON.stringify({ orders, notifications }),
    },
  });
  return exported.id;
}

/** Erases the customer's personal data from orders, notifications and shopper views. */
export async function redactCustomer(
  shopDomain: string,
  payload: { customer?: CustomerRef; orders_to_redact?: Array<number | string> },
): Promise<number> {
  const shop = await shopByDomain(shopDomain);
  if (!shop) return 0;
  const prisma = db();
  const orders = await prisma.order.findMany({
    where: customerOrdersWhere(shop.id, payload.customer ?? {}, payload.orders_to_redact),
    select: { id: true },
  });
  const orderIds = orders.map((o) => o.id);
  if (!orderIds.length) return 0;
  const shipmentIds = (await prisma.shipment.findMany({ where: { orderId: { in: orderIds } }, select: { id: true } })).map((s) => s.id);
  await prisma.$transaction([
    prisma.order.updateMany({
      where: { id: { in: orderIds } },
      data: { email: null, customerId: null, shipCity: null, shipZip: null, locale: null, redactedAt: new Date() },
    }),
    prisma.notification.updateMany({
      where: { shipmentId: { in: shipmentIds } },
      data: { recipient: null, payload: "{}", status: "redacted" },
    }),
    prisma.shopperView.deleteMany({ where: { orderId: { in: orderIds } } }),
    prisma.dataExport.deleteMany({
      where: { shopId: shop.id, customerId: payload.customer?.id != null ? String(payload.customer.id) : "__none__" },
    }),
  ]);
  return orderIds.length;
}

/** Erases the shop and everything under it (48 h after uninstall). */
export async function redactShop(shopDomain: string): Promise<void> {
  const prisma = db();
  await prisma.$transaction([
    prisma.shop.deleteMany({ where: { domain: shopDomain } }),
    prisma.session.deleteMany({ where: { shop: shopDomain } }),
    prisma.webhookReceipt.updateMany({ where: { shopDomain, NOT: { topic: "shop/redact" } }, data: { payload: "{}" } }),
  ]);
}
