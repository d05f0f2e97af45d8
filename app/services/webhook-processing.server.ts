// Processes a stored webhook receipt by topic. Runs as a job: a failure is retried, and a
// receipt already processed is skipped, so redelivery and retries change nothing.
import { db } from "../db.server";
import type { ShopifyFulfillmentRecord, ShopifyOrderRecord } from "../demo/shopify-records";
import { syncFulfillmentRecord, syncOrder } from "./order-sync.server";
import { exportCustomerData, redactCustomer, redactShop } from "./privacy.server";

type Processor = (shopDomain: string, payload: any) => Promise<void>;

async function appUninstalled(shopDomain: string): Promise<void> {
  const prisma = db();
  // Stop everything at once; data stays until shop/redact (48 h later).
  await prisma.session.deleteMany({ where: { shop: shopDomain } });
  await prisma.shop.updateMany({ where: { domain: shopDomain }, data: { uninstalledAt: new Date() } });
  const shop = await prisma.shop.findUnique({ where: { domain: shopDomain } });
  if (shop) {
    await prisma.shipment.updateMany({ where: { shopId: shop.id, active: true }, data: { active: false, nextCheckAt: null } });
    await prisma.notification.updateMany({ where: { shopId: shop.id, status: "pending" }, data: { status: "cancelled" } });
  }
}

async function scopesUpdate(shopDomain: string, payload: { current?: string[] }): Promise<void> {
  if (!Array.isArray(payload.current)) return;
  await db().session.updateMany({ where: { shop: shopDomain }, data: { scope: payload.current.join(",") } });
}

async function shopFor(domain: string) {
  return db().shop.upsert({
    where: { domain },
    create: { domain, name: domain.replace(/\.myshopify\.com$/, "") },
    update: {},
  });
}

async function orderWebhook(shopDomain: string, payload: ShopifyOrderRecord): Promise<void> {
  const shop = await shopFor(shopDomain);
  if (shop.uninstalledAt) return;
  await syncOrder(shop.id, payload);
}

async function fulfillmentWebhook(shopDomain: string, payload: ShopifyFulfillmentRecord): Promise<void> {
  const shop = await shopFor(shopDomain);
  if (shop.uninstalledAt) return;
  await syncFulfillmentRecord(shop.id, payload);
}

export const PROCESSORS: Record<string, Processor> = {
  "orders/create": orderWebhook,
  "orders/updated": orderWebhook,
  "orders/cancelled": orderWebhook,
  "fulfillments/create": fulfillmentWebhook,
  "fulfillments/update": fulfillmentWebhook,
  "app/uninstalled": appUninstalled,
  "app/scopes_update": scopesUpdate,
  "customers/data_request": async (shop, p) => void (await exportCustomerData(shop, p)),
  "customers/redact": async (shop, p) => void (await redactCustomer(shop, p)),
  "shop/redact": (shop) => redactShop(shop),
};

export async function processWebhookReceipt(receiptId: string): Promise<void> {
  const prisma = db();
  const receipt = await prisma.webhookReceipt.findUnique({ where: { id: receiptId } });
  if (!receipt || receipt.status === "processed") return;
  const processor = PROCESSORS[receipt.topic] as Processor | undefined;
  await prisma.webhookReceipt.update({ where: { id: receiptId }, data: { attempts: { increment: 1 } } });
  try {
    if (processor && receipt.shopDomain) await processor(receipt.shopDomain, JSON.parse(receipt.payload));
    await prisma.webhookReceipt.update({
      where: { id: receiptId },
      data: { status: processor ? "processed" : "ignored", processedAt: new Date(), error: null },
    });
  } catch (err) {
    await prisma.webhookReceipt.update({
      where: { id: receiptId },
      data: { status: "failed", error: (err instanceof Error ? err.message : String(err)).slice(0, 2000) },
    });
    throw err;
  }
}
