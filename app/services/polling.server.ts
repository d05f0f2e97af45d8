// Adaptive polling: a due-scan over the (active, nextCheckAt) index hands each due shipment to a
// poll job; the job asks the carrier, ingests what is new, re-evaluates the shipment's alerts and
// sets its next check from what it is doing now (app/tracking/polling.ts).
import { db } from "../db.server";
import { queue } from "../jobs/index.server";
import { nextCheckAt } from "../tracking/polling";
import { MILESTONES, type Milestone } from "../tracking/taxonomy";
import { evaluateShipmentAlerts } from "./alerts.server";
import { countUnmapped, quarantine } from "./carrier-ingest.server";
import { trackingClientFor } from "./carrier-clients.server";
import { recordEvents } from "./tracking-ingest.server";

/** A picked shipment is not picked again for this long, even if its job is slow. */
const LEASE_MS = 10 * 60_000;

export async function scheduleDuePolls(now = new Date(), limit = 500): Promise<number> {
  const prisma = db();
  const due = await prisma.shipment.findMany({
    where: { active: true, nextCheckAt: { lte: now } },
    orderBy: { nextCheckAt: "asc" },
    take: limit,
    select: { id: true, nextCheckAt: true },
  });
  let queued = 0;
  for (const s of due) {
    // Claim it (compare-and-set on the time we saw) so two schedulers never both queue it.
    const claimed = await prisma.shipment.updateMany({
      where: { id: s.id, nextCheckAt: s.nextCheckAt },
      data: { nextCheckAt: new Date(now.getTime() + LEASE_MS) },
    });
    if (claimed.count !== 1) continue;
    await queue().enqueue({ name: "carrier.poll", payload: { shipmentId: s.id } });
    queued++;
  }
  return queued;
}

export interface PollOutcome {
  status: "updated" | "unchanged" | "no_client" | "error" | "inactive";
  inserted: number;
  nextCheckAt: Date | null;
}

export async function pollShipment(shipmentId: string, now = new Date(), random: () => number = Math.random): Promise<PollOutcome> {
  const prisma = db();
  const s = await prisma.shipment.findUnique({ where: { id: shipmentId }, include: { shop: { select: { uninstalledAt: true } } } });
  if (!s || !s.active || s.shop.uninstalledAt) return { status: "inactive", inserted: 0, nextCheckAt: null };
  const client = await trackingClientFor(s.shopId, s.carrier);
  let status: PollOutcome["status"] = "no_client";
  let inserted = 0;
  let milestone = s.milestone;
  if (client) {
    const [result] = await client.track([s.trackingNumber]);
    if (result?.ok) {
      const outcome = await recordEvents(s.id, result.tracking.events, client.source, { eta: result.tracking.eta, evaluate: false }); // evaluated below
      if (result.tracking.unmapped.length) await countUnmapped(client.source, result.tracking.unmapped, now);
      inserted = outcome.inserted;
      milestone = outcome.milestone;
      status = inserted > 0 ? "updated" : "unchanged";
    } else {
      status = "error";
      if (result?.error.kind === "format" && result.error.body) {
        await quarantine(client.source, result.error.message, result.error.field ?? null, result.error.body);
      }
    }
  }
  const next = nextCheckAt(
    {
      milestone: (MILESTONES as readonly string[]).includes(milestone) ? (milestone as Milestone) : "pending",
      createdAt: s.createdAt,
      lastEventAt: s.lastEventAt,
      pushSubscribed: s.pushSubscribed,
      quietChecks: status === "updated" ? 0 : Math.min(6, s.checkCount),
    },
    now,
    random(),
  );
  await prisma.shipment.update({
    where: { id: s.id },
    data: { nextCheckAt: next, checkCount: status === "updated" ? 0 : { increment: 1 }, ...(next ? {} : { active: false }) },
  });
  await evaluateShipmentAlerts(s.id, now);
  return { status, inserted, nextCheckAt: next };
}
