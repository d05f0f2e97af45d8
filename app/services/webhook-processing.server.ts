// Processes a stored webhook receipt by topic. Runs as a job: a failure is retried, and a
// receipt already processed is skipped, so redelivery and retries change nothing.
import { db } from "../db.server";

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

export const PROCESSORS: Record<string, Processor> = {
  "app/uninstalled": appUninstalled,
  "app/scopes_update": scopesUpdate,
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
