// From the delivery station to the door: out for delivery on the next delivery day, then
// delivered, or a failed attempt and redelivery, an address problem, or a return to sender.
import { HOUR_MS, isoDay, MINUTE_MS } from "../../tracking/eta/days";
import type { EventCode } from "../../tracking/taxonomy";
import { at, dayIn, isDeliveryDay, isMovementDay, nextDay } from "./calendar";
import type { CarrierProfile } from "./carriers";
import type { Lane } from "./lanes";
import type { PitfallKind } from "./pitfalls";
import { chance, uniform, weighted, type Random } from "./rng";
import type { EtaMoment, Outcome, Scan } from "./types";

/** A parcel at the station by this local time goes out the same day. */
const SORT_CUTOFF = 7 * 60;

export interface LastMileInput {
  r: Random;
  lane: Lane;
  carrier: CarrierProfile;
  pitfalls: ReadonlySet<PitfallKind>;
  stationAt: number;
  repackaged: boolean;
}

export interface LastMile {
  scans: Scan[];
  deliveredAt: number | null;
  outcome: Outcome;
  etaMoments: EtaMoment[];
  pitfalls: PitfallKind[];
}

export function deliveryDayAfter(lane: Lane, carrier: CarrierProfile, t: number): number {
  const zone = lane.destination.zone;
  const day = dayIn(zone, t);
  const ok = (d: number) => isDeliveryDay(carrier.deliveryDays, lane.destination.country, d);
  const minutes = (t - at(zone, day, 0)) / MINUTE_MS;
  return ok(day) && minutes < SORT_CUTOFF ? day : nextDay(day + 1, ok);
}

export function lastMile(input: LastMileInput): LastMile {
  const { r, lane, carrier, pitfalls } = input;
  const zone = lane.destination.zone;
  const home = lane.destination;
  const country = home.country;
  const deliveryOk = (d: number) => isDeliveryDay(carrier.deliveryDays, country, d);
  const counterOpen = (d: number) => isMovementDay(country, d);
  const scans: Scan[] = [];
  const moments: EtaMoment[] = [];
  const met: PitfallKind[] = [];
  const scan = (t: number, code: EventCode, place = home) => scans.push({ t, code, place });
  const eta = (t: number, value: string | null) => moments.push({ t: t + MINUTE_MS, kind: "fixed", eta: value });
  const clock = (day: number, fromHour: number, toHour: number) => at(zone, day, Math.round(uniform(r, fromHour, toHour) * 60));

  scan(input.stationAt, "in_transit.arrived_at_delivery_facility");
  let day = deliveryDayAfter(lane, carrier, input.stationAt);
  eta(input.stationAt, isoDay(day));

  /** Out for delivery on `day`; returns the time it left. */
  const outForDelivery = (code: EventCode = "out_for_delivery.out_for_delivery") => {
    const t = Math.max(clock(day, 7, 9.5), input.stationAt + 30 * MINUTE_MS);
    scan(t, code);
    // Carriers with delivery windows publish the window's end; the others just "today".
    eta(t, carrier.eta.window ? new Date(t + Math.round(uniform(r, 4, 10)) * HOUR_MS).toISOString() : isoDay(day));
    return t;
  };
  const deliver = (after: number, code?: EventCode): LastMile => {
    const t = Math.max(clock(day, 9.5, 20), after + 45 * MINUTE_MS);
    const delivered = code ?? (input.repackaged && chance(r, 0.25) ? "delivered.damaged" : weighted<EventCode>(r, carrier.delivered));
    scan(t, delivered);
    return { scans, deliveredAt: t, outcome: "delivered", etaMoments: moments, pitfalls: met };
  };
  const returnToSender = (from: number, code: EventCode): LastMile => {
    const t = from + uniform(r, 0.5, 2) * 24 * HOUR_MS;
    scan(t, code);
    eta(t, null);
    scan(t + uniform(r, 4, 10) * 24 * HOUR_MS, "returned.returned_to_sender", lane.origin);
    return { scans, deliveredAt: null, outcome: "returned", etaMoments: moments, pitfalls: met };
  };

  if (pitfalls.has("returned_to_sender")) {
    met.push("returned_to_sender");
    const out = outForDelivery();
    const attempt = clock(day, 10, 19);
    if (chance(r, 0.3)) {
      scan(Math.max(attempt, out + HOUR_MS), "failed_attempt.refused_at_door");
      return returnToSender(attempt + HOUR_MS, "returning.refused");
    }
    scan(Math.max(attempt, out + HOUR_MS), "failed_attempt.recipient_unavailable");
    day = nextDay(day + 1, deliveryOk);
    const second = outForDelivery("out_for_delivery.redelivery");
    const final = Math.max(clock(day, 10, 19), second + HOUR_MS);
    scan(final, "failed_attempt.final_attempt");
    scan(final + uniform(r, 2, 5) * HOUR_MS, "available_for_pickup.after_failed_attempt");
    eta(final, null);
    scan(final + uniform(r, 5, 7) * 24 * HOUR_MS, "available_for_pickup.final_notice");
    return returnToSender(final + uniform(r, 10, 13) * 24 * HOUR_MS, "returning.unclaimed");
  }

  if (pitfalls.has("address_issue")) {
    met.push("address_issue");
    let noticed: number;
    if (chance(r, 0.5)) {
      noticed = input.stationAt + uniform(r, 1, 3) * HOUR_MS;
      scan(noticed, chance(r, 0.6) ? "exception.address_incorrect" : "exception.address_incomplete");
    } else {
      const out = outForDelivery();
      noticed = Math.max(clock(day, 10, 19), out + HOUR_MS);
      scan(noticed, "failed_attempt.address_issue");
    }
    eta(noticed, null);
    if (chance(r, 0.25)) return returnToSender(noticed + uniform(r, 1, 3) * 24 * HOUR_MS, "returning.undeliverable");
    let fixedDay = dayIn(zone, noticed);
    for (let i = 1 + Math.floor(r() * 3); i > 0; i--) fixedDay = nextDay(fixedDay + 1, deliveryOk);
    const corrected = clock(fixedDay, 10, 16);
    scan(corrected, "in_transit.address_corrected");
    day = nextDay(fixedDay + 1, deliveryOk);
    eta(corrected, isoDay(day));
    return deliver(outForDelivery());
  }

  const out = outForDelivery();
  if (!pitfalls.has("failed_attempt")) return deliver(out);

  met.push("failed_attempt");
  const attempt = Math.max(clock(day, 10, 19), out + HOUR_MS);
  scan(
    attempt,
    weighted<EventCode>(r, [
      ["failed_attempt.recipient_unavailable", 4],
      ["failed_attempt.notice_left", 3],
      ["failed_attempt.no_safe_place", 2],
      ["failed_attempt.business_closed", 1],
      ["failed_attempt.signature_required", 1],
      ["failed_attempt.access_issue", 1],
    ]),
  );
  if (chance(r, 0.6)) {
    day = nextDay(day + 1, deliveryOk);
    eta(attempt, isoDay(day));
    return deliver(outForDelivery("out_for_delivery.redelivery"));
  }
  const held = attempt + uniform(r, 1, 4) * HOUR_MS;
  scan(held, "available_for_pickup.after_failed_attempt");
  eta(held, null);
  day = dayIn(zone, held);
  for (let i = 1 + Math.floor(r() * 3); i > 0; i--) day = nextDay(day + 1, counterOpen);
  return deliver(held, "delivered.picked_up");
}
