// Pushed carrier webhooks (AfterShip, EasyPost, Shippo, 17TRACK): the signature is checked with
// the shop's account secret, the body is stored as a receipt and acknowledged, and a job runs it
// through the same ingest path as polling. The same body twice is one receipt.
import { createHash } from "node:crypto";
import { db } from "../db.server";
import { verify as verifyAfterShip } from "../carriers/aftership/webhook";
import { verify as verifyEasyPost } from "../carriers/easypost/webhook";
import { verify as verifyShippo } from "../carriers/shippo/webhook";
import { verify as verifySeventeenTrack } from "../carriers/17track/webhook";
import { accountSecrets } from "./carrier-clients.server";
import { ingestCarrierPayload } from "./carrier-ingest.server";
import { acceptWebhook } from "./webhook-receipts.server";

type Verifier = (body: string, headers: Headers, secret: string, url: string) => boolean;

const VERIFIERS: Record<string, Verifier> = {
  aftership: (b, h, s) => verifyAfterShip(b, h, s),
  easypost: (b, h, s) => verifyEasyPost(b, h, s),
  shippo: (b, h, s, url) => verifyShippo(b, h, s, url),
  "17track": (b, h, s) => verifySeventeenTrack(b, h, s),
};

export const PUSH_SOURCES = Object.keys(VERIFIERS);

/** 404 unknown source or shop account, 401 bad signature, 200 stored (or already stored). */
export async function receiveCarrierPush(source: string, request: Request): Promise<Response> {
  const verifier = VERIFIERS[source];
  const url = new URL(request.url);
  const shopDomain = url.searchParams.get("shop");
  if (!verifier || !shopDomain) return new Response("Not found", { status: 404 });
  const body = await request.text();
  const shop = await db().shop.findUnique({ where: { domain: shopDomain }, select: { id: true, uninstalledAt: true } });
  const account = shop ? await db().carrierAccount.findUnique({ where: { shopId_source: { shopId: shop.id, source } } }) : null;
  if (!shop || !account || !account.enabled || shop.uninstalledAt) return new Response("Not found", { status: 404 });
  const secret = accountSecrets(account).webhookSecret ?? accountSecrets(account).credentials.apiKey;
  if (!secret || !verifier(body, request.headers, secret, request.url)) return new Response("Unauthorized", { status: 401 });
  const webhookId = createHash("sha256").update(body).digest("hex");
  await acceptWebhook({ source: `carrier:${source}`, webhookId, topic: "tracking", shopDomain, payload: body });
  return new Response(null, { status: 200 });
}

export async function processCarrierPush(receiptId: string): Promise<void> {
  const prisma = db();
  const receipt = await prisma.webhookReceipt.findUnique({ where: { id: receiptId } });
  if (!receipt || receipt.status === "processed" || !receipt.shopDomain) return;
  const shop = await prisma.shop.findUnique({ where: { domain: receipt.shopDomain } });
  if (!shop) return;
  const source = receipt.source.replace(/^carrier:/, "");
  const summary = await ingestCarrierPayload(source, receipt.payload, { shopId: shop.id });
  await prisma.webhookReceipt.update({
    where: { id: receiptId },
    data: {
      status: summary.quarantined ? "quarantined" : "processed",
      processedAt: new Date(),
      attempts: { increment: 1 },
      error: summary.quarantined ? `quarantined as ${summary.quarantined}` : summary.carrierError?.message ?? null,
    },
  });
}
