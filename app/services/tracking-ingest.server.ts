// Normalized events -> TrackingEvent rows and the shipment's current state. Idempotent: an
// event already stored (same dedupe key) is skipped; the status always comes from the latest
// event by time, so an older event arriving late never moves a shipment backwards.
import { db } from "../db.server";
import { eventKey, type NormalizedEvent } from "../tracking/normalize";
import type { Milestone } from "../tracking/taxonomy";
import { queue } from "../jobs/index.server";
import { onShipmentEvents } from "./shopify-sync.server";

export interface IngestOutcome {
  inserted: number;
  milestone: string;
  code: string;
  changed: boolean;
}

/** Keeps the last 20 carrier ETAs, oldest first, for the "ETA moved later" rule. */
function appendEta(history: string, at: Date, eta: Date): string {
  let list: Array<{ at: string; eta: string }> = [];
  try {
    const parsed = JSON.parse(history);
    if (Array.isArray(parsed)) list = parsed;
  } catch {
    list = [];
  }
  list.push({ at: at.toISOString(), eta: eta.toISOString() });
  return JSON.stringify(list.slice(-20));
}

export interface RecordOptions {
  eta?: string | null;
  /** Queue sync-back and Flow triggers for the new events (off for history: seed, backfill). */
  notify?: boolean;
  /** Queue a re-evaluation of the shipment's alerts (off when the caller evaluates them itself). */
  evaluate?: boolean;
}

export async function recordEvents(
  shipmentId: string,
  events: readonly NormalizedEvent[],
  source: string,
  opts: RecordOptions = {},
): Promise<IngestOutcome> {
  const { eta = null, notify = true, evaluate = true } = opts;
  const { outcome, previous, newIds } = await db().$transaction(async (tx) => {
    const shipment = await tx.shipment.findUniqueOrThrow({ where: { id: shipmentId } });
    const keyed = new Map(events.map((e) => [eventKey(e), e]));
    const existing = await tx.trackingEvent.findMany({
      where: { shipmentId, dedupeKey: { in: [...keyed.keys()] } },
      select: { dedupeKey: true },
    });
    for (const e of existing) keyed.delete(e.dedupeKey);
    let newIds: string[] = [];
    if (keyed.size > 0) {
      const created = await tx.trackingEvent.createManyAndReturn({
        select: { id: true },
        data: [...keyed].map(([dedupeKey, e]) => ({
          shipmentId,
          occurredAt: new Date(e.occurredAt),
          utcOffset: e.utcOffset,
          code: e.code,
          milestone: e.milestone,
          location: e.location,
          rawCode: e.rawCode,
          rawText: e.rawText,
          source,
          dedupeKey,
        })),
      });
      newIds = created.map((c) => c.id);
    }
    const latest = await tx.trackingEvent.findFirst({
      where: { shipmentId },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
    });
    const milestone = latest?.milestone ?? shipment.milestone;
    const code = latest?.code ?? shipment.statusCode;
    const changed = milestone !== shipment.milestone || code !== shipment.statusCode;
    const delivered = await (milestone === "delivered"
      ? tx.trackingEvent.findFirst({ where: { shipmentId, milestone: "delivered" }, orderBy: { occurredAt: "asc" } })
      : null);
    const etaAt = eta ? new Date(eta) : null;
    const etaChanged = etaAt !== null && !Number.isNaN(etaAt.getTime()) && etaAt.getTime() !== shipment.carrierEta?.getTime();
    await tx.shipment.update({
      where: { id: shipmentId },
      data: {
        ...(etaChanged ? { etaHistory: appendEta(shipment.etaHistory, latest?.occurredAt ?? new Date(), etaAt) } : {}),
        milestone,
        statusCode: code,
        lastEventAt: latest?.occurredAt ?? shipment.lastEventAt,
        deliveredAt: delivered?.occurredAt ?? null,
        ...(etaChanged ? { carrierEta: etaAt } : {}),
        ...(["delivered", "returned"].includes(milestone) ? { active: false, nextCheckAt: null } : {}),
      },
    });
    return { outcome: { inserted: keyed.size, milestone, code, changed }, previous: shipment.milestone as Milestone, newIds };
  });
  if (notify && newIds.length) {
    await onShipmentEvents(shipmentId, previous, newIds);
    if (evaluate) await queue().enqueue({ name: "shipment.evaluate", payload: { shipmentId } });
  }
  return outcome;
}
