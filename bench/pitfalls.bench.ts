// `npm run bench -- pitfalls`: evaluatePitfalls over a fixed corpus of synthetic shipments
// (~10 events each, every rule on with default thresholds) built from journeys real carriers
// report: clean deliveries, customs holds, failed attempts, pickup points, returns, silences.
// A fifth of the shipments hand their events over newest first so the sort is exercised too.
import { DEFAULT_SETTINGS, RULES, evaluatePitfalls } from "../app/tracking/pitfalls";
import type { PitfallEvent, ShipmentFacts } from "../app/tracking/pitfalls";
import { codeInfo, type EventCode } from "../app/tracking/taxonomy";
import { emit, throughput } from "./measure";

const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 2, 8);

const JOURNEYS: EventCode[][] = [
  ["info_received.label_created", "in_transit.picked_up", "in_transit.departed_facility", "in_transit.arrived_at_facility", "in_transit.processed_at_facility", "in_transit.departed_facility", "in_transit.arrived_at_delivery_facility", "out_for_delivery.out_for_delivery", "delivered.delivered", "delivered.signed"],
  ["info_received.label_created", "in_transit.accepted", "in_transit.departed_origin_country", "in_transit.arrived_in_destination_country", "in_transit.customs_processing", "exception.customs_hold", "exception.customs_documents_required", "in_transit.customs_cleared", "out_for_delivery.out_for_delivery", "delivered.delivered"],
  ["info_received.label_created", "in_transit.picked_up", "in_transit.arrived_at_facility", "in_transit.departed_facility", "out_for_delivery.out_for_delivery", "failed_attempt.recipient_unavailable", "failed_attempt.notice_left", "out_for_delivery.redelivery", "failed_attempt.final_attempt", "returning.unclaimed"],
  ["info_received.label_created", "in_transit.picked_up", "in_transit.delay_weather", "in_transit.arrived_at_facility", "in_transit.forwarded_to_pickup_point", "available_for_pickup.at_pickup_point", "available_for_pickup.reminder", "available_for_pickup.final_notice", "delivered.picked_up", "delivered.picked_up"],
  ["info_received.label_created", "info_received.awaiting_pickup", "in_transit.picked_up", "in_transit.sorting", "in_transit.arrived_at_facility", "in_transit.arrived_at_facility", "exception.damaged", "in_transit.repackaged", "out_for_delivery.out_for_delivery", "delivered.neighbour"],
  ["info_received.label_created", "in_transit.picked_up", "in_transit.linehaul", "exception.address_incorrect", "in_transit.address_corrected", "out_for_delivery.out_for_delivery", "delivered.safe_place", "exception.generic", "returning.return_to_sender", "returned.returned_to_sender"],
  ["pending.awaiting_carrier", "pending.not_found", "info_received.label_created", "in_transit.picked_up", "in_transit.missorted", "in_transit.delay_operational", "in_transit.eta_later", "exception.lost", "in_transit.arrived_at_facility", "out_for_delivery.out_for_delivery"],
];
const LOCATIONS = ["Louisville, KY, US", "Leipzig, DE", "Memphis, TN, US", "Paris, FR", null];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Case {
  facts: ShipmentFacts;
  events: PitfallEvent[];
  now: Date;
}

function corpus(size: number): Case[] {
  const next = random(42);
  const cases: Case[] = [];
  for (let n = 0; n < size; n++) {
    const journey = JOURNEYS[n % JOURNEYS.length];
    const length = next() < 0.3 ? journey.length - 1 - Math.floor(next() * 3) : journey.length;
    const events: PitfallEvent[] = [];
    let at = START + Math.floor(next() * 240) * HOUR;
    for (let i = 0; i < length; i++) {
      at += Math.floor(1 + next() * 30) * HOUR;
      const code = journey[i];
      events.push({ id: `s${n}e${i}`, occurredAt: new Date(at), code, milestone: codeInfo(code).milestone, location: LOCATIONS[Math.floor(next() * LOCATIONS.length)], carrier: i > 6 && n % 5 === 0 ? "usps" : "ups" });
    }
    const last = events[events.length - 1];
    const created = events[0].occurredAt.getTime() - 2 * HOUR;
    const eta = created + Math.floor(72 + next() * 96) * HOUR;
    const facts: ShipmentFacts = {
      id: `s${n}`,
      carrier: "ups",
      service: "ground",
      trackingNumber: `1Z${n}`,
      trackingNumberValid: n % 50 !== 0,
      milestone: last.milestone,
      statusCode: last.code,
      createdAt: new Date(created),
      shippedAt: events.length > 1 ? events[1].occurredAt : null,
      lastEventAt: last.occurredAt,
      deliveredAt: last.milestone === "delivered" ? last.occurredAt : null,
      carrierEta: new Date(eta),
      carrierEtaHistory: [
        { at: new Date(created), eta: new Date(eta - 24 * HOUR) },
        { at: new Date(created + 24 * HOUR), eta: new Date(eta) },
      ],
      predicted: { from: new Date(eta - 12 * HOUR), to: new Date(eta + 12 * HOUR), missProbability: next() },
      promisedBy: new Date(Math.floor((created + 96 * HOUR) / (24 * HOUR)) * 24 * HOUR),
      orderCancelled: n % 97 === 0,
      parcelsInOrder: n % 7 === 0 ? 2 : 1,
      parcelsDelivered: n % 7 === 0 ? 1 : 0,
      originCountry: "US",
      destinationCountry: n % 3 === 0 ? "DE" : "US",
      destinationTimeZoneOffsetMinutes: n % 3 === 0 ? 60 : -300,
      laneTransitP95Hours: 120,
      carriersSeen: n % 5 === 0 ? ["ups", "usps"] : ["ups"],
    };
    cases.push({ facts, events: n % 5 === 1 ? events.reverse() : events, now: new Date(last.occurredAt.getTime() + Math.floor(next() * 120) * HOUR) });
  }
  return cases;
}

export async function run(): Promise<void> {
  const cases = corpus(10_000);
  const events = cases.reduce((sum, c) => sum + c.events.length, 0);
  const alerts = cases.reduce((sum, c) => sum + evaluatePitfalls(c.facts, c.events, DEFAULT_SETTINGS, c.now).length, 0);
  const cpuBefore = process.cpuUsage();
  const { perSecond, total } = throughput(cases, (c) => evaluatePitfalls(c.facts, c.events, DEFAULT_SETTINGS, c.now));
  const cpu = process.cpuUsage(cpuBefore);
  emit({
    bench: "pitfalls",
    shipmentsPerSecond: perSecond,
    shipmentsPerCpuSecond: Math.round(total / ((cpu.user + cpu.system) / 1e6)),
    eventsPerShipment: Math.round((events / cases.length) * 10) / 10,
    alertsPerShipment: Math.round((alerts / cases.length) * 100) / 100,
    rules: RULES.length,
    corpus: cases.length,
    cores: 1,
  });
}
