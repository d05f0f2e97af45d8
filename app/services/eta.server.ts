// Predicted delivery dates in the app: one ETA model per process, trained on the delivered
// shipments in the database (job "eta.train"; the demo trains on the sandbox network's history),
// and a prediction written to each shipment whenever it is evaluated.
import { db } from "../db.server";
import { predictEta, trainEtaModel, type EtaModel, type ShipmentHistory, type ShipmentState } from "../tracking/eta";
import { codeInfo, isEventCode } from "../tracking/taxonomy";
import type { NormalizedEvent } from "../tracking/normalize";

declare global {
  // eslint-disable-next-line no-var
  var __porchlightEta: EtaModel | undefined;
}

export function useEtaModel(model: EtaModel | undefined): void {
  globalThis.__porchlightEta = model;
}

export function etaModel(): EtaModel | undefined {
  return globalThis.__porchlightEta;
}

/** The model's service families, from whatever the detector called the service. */
export function serviceFamily(service: string | null, origin: string | null, destination: string | null): string {
  if (origin && destination && origin !== destination) return "international";
  return service && /express|priority|next day|overnight|2nd day/i.test(service) ? "express" : "ground";
}

type DbEvent = { occurredAt: Date; utcOffset: string | null; code: string; location: string | null; rawCode: string | null; rawText: string | null };

function normalized(events: DbEvent[]): NormalizedEvent[] {
  const out: NormalizedEvent[] = [];
  for (const e of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    if (!isEventCode(e.code)) continue;
    const info = codeInfo(e.code);
    out.push({ occurredAt: e.occurredAt.toISOString(), utcOffset: e.utcOffset, code: e.code, milestone: info.milestone, pitfall: info.pitfall, location: e.location, rawCode: e.rawCode, rawText: e.rawText });
  }
  return out;
}

/** Trains on up to `limit` delivered shipments of the last `days` days; keeps the model in memory. */
export async function trainEtaFromDatabase(days = 120, limit = 20_000): Promise<number> {
  const since = new Date(Date.now() - days * 86_400_000);
  const rows = await db().shipment.findMany({
    where: { deliveredAt: { gte: since }, shippedAt: { not: null }, carrier: { not: null } },
    take: limit,
    include: { order: { select: { shipCountry: true, shipRegion: true, promisedBy: true } }, events: true },
  });
  const history: ShipmentHistory[] = rows.map((s) => ({
    carrier: s.carrier!,
    service: serviceFamily(s.service, s.originCountry, s.order.shipCountry),
    origin: { country: s.originCountry ?? s.order.shipCountry ?? "US" },
    destination: { country: s.order.shipCountry ?? "US", region: s.order.shipRegion },
    shippedAt: s.shippedAt!,
    promisedBy: s.order.promisedBy,
    events: normalized(s.events),
    deliveredAt: s.deliveredAt,
  }));
  if (history.length >= 50) useEtaModel(trainEtaModel(history));
  return history.length;
}

/** Writes the model's prediction onto the shipment (nothing without a model or once delivered). */
export async function predictShipment(shipmentId: string, now = new Date()): Promise<void> {
  const model = etaModel();
  if (!model) return;
  const s = await db().shipment.findUnique({
    where: { id: shipmentId },
    include: { order: { select: { shipCountry: true, shipRegion: true, promisedBy: true } }, events: true },
  });
  if (!s || !s.carrier || !s.shippedAt || s.milestone === "delivered" || s.milestone === "returned") return;
  const state: ShipmentState = {
    carrier: s.carrier,
    service: serviceFamily(s.service, s.originCountry, s.order.shipCountry),
    origin: { country: s.originCountry ?? s.order.shipCountry ?? "US" },
    destination: { country: s.order.shipCountry ?? "US", region: s.order.shipRegion },
    shippedAt: s.shippedAt,
    promisedBy: s.order.promisedBy,
    events: normalized(s.events),
    carrierEta: s.carrierEta ? { at: s.lastEventAt ?? s.updatedAt, eta: s.carrierEta.toISOString() } : null,
  };
  const p = predictEta(model, state, now);
  await db().shipment.update({
    where: { id: s.id },
    data: { predictedFrom: p.from, predictedTo: p.to, predictedLikely: p.mostLikely, predictionConfidence: p.confidence, missProbability: p.missProbability },
  });
}
