// Hand-made journeys for the ETA model's tests: a lane whose parcels all take the same number
// of delivery days, with knobs for carrier estimates and delays. Test support only.
import type { NormalizedEvent } from "../../normalize/types";
import { codeInfo, type EventCode } from "../../taxonomy";
import { DeliveryCalendar, MON_FRI } from "../business-days";
import { dayNumber, DAY_MS, formatOffset, isoDay, MINUTE_MS } from "../days";
import type { CarrierEtaUpdate, EtaPlace, ShipmentHistory } from "../types";

export const US_CALENDAR = new DeliveryCalendar(MON_FRI, "US");
/** New York winter time: every journey here runs in November. */
export const OFFSET = -300;
export const FIRST_MONDAY = dayNumber(2025, 11, 3);

export const at = (day: number, hour: number, minute = 0) => day * DAY_MS + (hour * 60 + minute - OFFSET) * MINUTE_MS;

export function event(t: number, code: EventCode, location: string): NormalizedEvent {
  const info = codeInfo(code);
  return { occurredAt: new Date(t).toISOString(), utcOffset: formatOffset(OFFSET), code, milestone: info.milestone, pitfall: info.pitfall, location, rawCode: null, rawText: null };
}

export interface LaneSpec {
  carrier?: string;
  service?: string;
  origin?: EtaPlace;
  destination?: EtaPlace;
  /** Delivery days from the ship day. */
  days: number;
  /** The carrier's estimate at collection, given the true delivery day (null: none). */
  eta?: (deliveryDay: number, i: number) => string | null;
  /** One parcel in `every` meets this delay (a scan the day after collection, and extra days). */
  delay?: { every: number; code: EventCode; days: number };
  /** Promise: delivery days from the ship day. */
  promiseDays?: number;
}

/** `count` delivered journeys on weekdays from FIRST_MONDAY, labels at 10:00, collected at 17:00. */
export function laneHistory(count: number, spec: LaneSpec): ShipmentHistory[] {
  const origin = spec.origin ?? { country: "US", region: "NJ" };
  const destination = spec.destination ?? { country: "US", region: "NY" };
  const here = `Newark, ${origin.region}, ${origin.country}`;
  const there = `Brooklyn, ${destination.region}, ${destination.country}`;
  const out: ShipmentHistory[] = [];
  for (let i = 0; i < count; i++) {
    const shipDay = US_CALENDAR.day(US_CALENDAR.index(FIRST_MONDAY) + (i % 15));
    // Whole rounds of 15 ship days are delayed, so delays fall on every weekday alike.
    const delayed = spec.delay !== undefined && Math.floor(i / 15) % spec.delay.every === 0;
    const deliveryDay = US_CALENDAR.day(US_CALENDAR.index(shipDay) + spec.days + (delayed ? spec.delay!.days : 0));
    const events = [
      event(at(shipDay, 10, i % 50), "info_received.label_created", here),
      event(at(shipDay, 17), "in_transit.picked_up", here),
      event(at(shipDay, 19), "in_transit.arrived_at_facility", `Secaucus, NJ, US`),
    ];
    if (delayed) events.push(event(at(shipDay + 1, 10), spec.delay!.code, `Secaucus, NJ, US`));
    events.push(
      event(at(deliveryDay, 5), "in_transit.arrived_at_delivery_facility", there),
      event(at(deliveryDay, 8), "out_for_delivery.out_for_delivery", there),
      event(at(deliveryDay, 14), "delivered.delivered", there),
    );
    const eta = spec.eta?.(deliveryDay, i) ?? null;
    const carrierEtas: CarrierEtaUpdate[] = eta === null ? [] : [{ at: events[1].occurredAt, eta }];
    out.push({
      carrier: spec.carrier ?? "ups",
      service: spec.service ?? "ground",
      origin,
      destination,
      shippedAt: events[0].occurredAt,
      promisedBy: new Date(at(US_CALENDAR.day(US_CALENDAR.index(shipDay) + (spec.promiseDays ?? spec.days + 1)) + 1, 0) - 1),
      deliveredAt: events.at(-1)!.occurredAt,
      events,
      carrierEtas,
    });
  }
  return out;
}

/** The same journey as it stood at `now`: the scans and the estimate known by then. */
export function asOf(h: ShipmentHistory, now: number) {
  const events = h.events.filter((e) => Date.parse(e.occurredAt) <= now);
  const carrierEta = (h.carrierEtas ?? []).filter((e) => Date.parse(String(e.at instanceof Date ? e.at.toISOString() : e.at)) <= now).at(-1) ?? null;
  return { ...h, events, carrierEta };
}

export const dayOf = (d: Date) => isoDay(Math.floor((d.getTime() + OFFSET * MINUTE_MS) / DAY_MS));
