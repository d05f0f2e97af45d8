// What the pitfall rules and the ETA model know about a shipment, read from the database.
import type { Order, Shipment, TrackingEvent } from "@prisma/client";
import type { PitfallEvent, ShipmentFacts } from "../tracking/pitfalls";
import { isEventCode, MILESTONES, type Milestone } from "../tracking/taxonomy";

function parseEtaHistory(text: string): Array<{ at: Date; eta: Date }> {
  try {
    const list = JSON.parse(text);
    if (!Array.isArray(list)) return [];
    return list
      .map((x: { at?: string; eta?: string }) => ({ at: new Date(x.at ?? ""), eta: new Date(x.eta ?? "") }))
      .filter((x) => !Number.isNaN(x.at.getTime()) && !Number.isNaN(x.eta.getTime()));
  } catch {
    return [];
  }
}

export function factsFor(
  s: Shipment,
  order: Order,
  siblings: Array<Pick<Shipment, "id" | "milestone" | "retiredAt">>,
  carriersSeen: string[],
): ShipmentFacts {
  const live = siblings.filter((x) => !x.retiredAt);
  return {
    id: s.id,
    carrier: s.carrier,
    service: s.service,
    trackingNumber: s.trackingNumber,
    trackingNumberValid: s.trackingNumberValid,
    milestone: (MILESTONES as readonly string[]).includes(s.milestone) ? (s.milestone as Milestone) : "pending",
    statusCode: s.statusCode,
    createdAt: s.createdAt,
    shippedAt: s.shippedAt,
    lastEventAt: s.lastEventAt,
    deliveredAt: s.deliveredAt,
    carrierEta: s.carrierEta,
    carrierEtaHistory: parseEtaHistory(s.etaHistory),
    predicted: s.predictedFrom && s.predictedTo ? { from: s.predictedFrom, to: s.predictedTo, missProbability: s.missProbability } : null,
    promisedBy: order.promisedBy,
    orderCancelled: order.cancelledAt !== null,
    parcelsInOrder: Math.max(1, live.length),
    parcelsDelivered: live.filter((x) => x.milestone === "delivered").length,
    originCountry: s.originCountry,
    destinationCountry: order.shipCountry,
    destinationTimeZoneOffsetMinutes: null,
    laneTransitP95Hours: null,
    carriersSeen,
  };
}

export function pitfallEvents(events: TrackingEvent[]): PitfallEvent[] {
  const out: PitfallEvent[] = [];
  for (const e of events) {
    if (!isEventCode(e.code)) continue;
    out.push({ id: e.id, occurredAt: e.occurredAt, code: e.code, milestone: e.milestone as Milestone, location: e.location });
  }
  return out;
}
