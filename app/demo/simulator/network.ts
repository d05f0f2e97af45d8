// A parcel's trip through the carrier network, from collection to the delivery station: the
// route's hubs, a transit time drawn from the lane's log-normal distribution, and the delays
// the en-route pitfalls add. Positions count network days: position p is 04:00 (destination
// time) on the p-th movement day after collection, so weekends and holidays stretch the trip.
import { DAY_MS, HOUR_MS, MINUTE_MS } from "../../tracking/eta/days";
import type { EventCode } from "../../tracking/taxonomy";
import { at, dayIn, isMovementDay, nextDay, type Zone } from "./calendar";
import type { CarrierProfile } from "./carriers";
import { byRoad, crossesCustoms, type Lane, type LaneOption } from "./lanes";
import type { PitfallKind } from "./pitfalls";
import { GATEWAYS, HUBS, nearest, type Place } from "./places";
import { chance, logNormal, uniform, weighted, type Random } from "./rng";
import type { EtaMoment, Scan } from "./types";

const STATION_ARRIVAL = 4 * 60;

/** Maps network positions to instants. */
export class NetworkClock {
  private readonly days: number[];

  constructor(
    readonly zone: Zone,
    startDay: number,
    private readonly originCountry: string,
    private readonly destinationCountry: string,
    /** Movement days up to this index follow the origin country's holidays. */
    private readonly split: number,
  ) {
    this.days = [startDay];
  }

  static startingAt(zone: Zone, t: number, originCountry: string, destinationCountry: string, split: number): { clock: NetworkClock; position: number } {
    const startDay = dayIn(zone, t - STATION_ARRIVAL * 60_000);
    const clock = new NetworkClock(zone, startDay, originCountry, destinationCountry, split);
    return { clock, position: (t - at(zone, startDay, STATION_ARRIVAL)) / DAY_MS };
  }

  private day(j: number): number {
    while (this.days.length <= j) {
      const country = this.days.length <= this.split ? this.originCountry : this.destinationCountry;
      this.days.push(nextDay(this.days[this.days.length - 1] + 1, (d) => isMovementDay(country, d)));
    }
    return this.days[j];
  }

  time(p: number): number {
    const j = Math.floor(p);
    return at(this.zone, this.day(j), STATION_ARRIVAL) + (p - j) * DAY_MS;
  }
}

interface Stop {
  pos: number;
  code: EventCode;
  place: Place;
}

function routeStops(lane: Lane, option: LaneOption): { stops: Array<Omit<Stop, "pos"> & { f: number }>; customsAt: number } {
  const o = lane.origin;
  const d = lane.destination;
  const originHub = nearest(HUBS[o.country], o);
  const destHub = nearest(HUBS[d.country], d);
  const stops: Array<Omit<Stop, "pos"> & { f: number }> = [
    { f: 0.04, code: "in_transit.arrived_at_facility", place: originHub },
    { f: 0.1, code: "in_transit.departed_facility", place: originHub },
  ];
  const customs = crossesCustoms(o.country, d.country);
  if (o.country === d.country) {
    if (option.medianDays >= 2.5) {
      const mid = nearest(HUBS[o.country], { lat: (o.lat + d.lat) / 2, lon: (o.lon + d.lon) / 2 }, [originHub, destHub]);
      stops.push({ f: 0.45, code: "in_transit.arrived_at_facility", place: mid }, { f: 0.5, code: "in_transit.departed_facility", place: mid });
    }
  } else if (byRoad(option.carrier, option.service, o.country, d.country)) {
    stops.push({ f: 0.25, code: "in_transit.departed_origin_country", place: originHub }, { f: 0.45, code: "in_transit.arrived_in_destination_country", place: destHub });
    if (customs) stops.push({ f: 0.5, code: "in_transit.customs_processing", place: destHub }, { f: 0.58, code: "in_transit.customs_cleared", place: destHub });
    if (option.carrier === "dpd" || option.carrier === "gls") stops.push({ f: 0.62, code: "in_transit.handed_to_partner", place: destHub });
  } else {
    const out = nearest(GATEWAYS[o.country], o);
    const inn = nearest(GATEWAYS[d.country], d);
    const express = option.service === "express";
    stops.push({ f: 0.18, code: "in_transit.arrived_at_facility", place: out });
    if (express) stops.push({ f: 0.22, code: "in_transit.export_cleared", place: out });
    stops.push({ f: 0.26, code: express ? "in_transit.flight_departed" : "in_transit.departed_origin_country", place: out });
    stops.push({ f: 0.42, code: express ? "in_transit.flight_arrived" : "in_transit.arrived_in_destination_country", place: inn });
    stops.push({ f: 0.48, code: "in_transit.customs_processing", place: inn }, { f: 0.56, code: "in_transit.customs_cleared", place: inn });
    if (!express && option.carrier !== "ups" && option.carrier !== "fedex") stops.push({ f: 0.6, code: "in_transit.handed_to_postal_operator", place: inn });
  }
  if (destHub !== originHub || o.country !== d.country) {
    stops.push({ f: 0.8, code: "in_transit.arrived_at_destination_facility", place: destHub }, { f: 0.88, code: "in_transit.departed_facility", place: destHub });
  }
  return { stops, customsAt: stops.findIndex((s) => s.code === "in_transit.customs_processing") };
}

interface Delay {
  /** The pitfall behind it; null for the network's own slips. */
  kind: PitfallKind | null;
  /** Plan position where the parcel stops. */
  pos: number;
  days: number;
  /** Event at the stop, and one when it moves again (hours after it resumes). */
  event?: EventCode;
  resume?: EventCode;
  /** When the carrier learns it: at the stop, at the next scan, never. */
  announce: "at_stop" | "next_scan" | "never";
  /** Days the carrier expects it to last. */
  estimate: number;
  /** A customs hold: the carrier withdraws its estimate until clearance. */
  withdraws?: boolean;
}

export interface NetworkTrip {
  scans: Scan[];
  /** Arrival at the delivery station; null when the parcel is lost or returned on the way. */
  stationAt: number | null;
  etaMoments: EtaMoment[];
  /** Windows in which the carrier records nothing. */
  silent: Array<[number, number]>;
  /** The carrier's estimated delivery day given the delay days it knows of. */
  plannedDelivery: (knownDelayDays: number) => number;
  /** The parcel arrived damaged and repackaged. */
  repackaged: boolean;
  /** The pitfalls that happened on the way. */
  pitfalls: PitfallKind[];
}

export interface TripInput {
  r: Random;
  lane: Lane;
  option: LaneOption;
  carrier: CarrierProfile;
  pitfalls: ReadonlySet<PitfallKind>;
  pickupAt: number;
  /** The first delivery day on or after a station arrival. */
  deliveryDayAfter: (stationAt: number) => number;
}

/** What the en-route pitfalls and the network's own slips do to a planned trip. */
interface Disruptions {
  delays: Delay[];
  /** Plan positions between which the carrier scans nothing. */
  silent: [number, number] | null;
  damage: { pos: number; destroyed: boolean } | null;
  lostAt: number | null;
}

function drawDisruptions(input: TripInput, stops: readonly Stop[], stationPlan: number, customsAt: number, days: number, nominal: number): Disruptions {
  const { r, carrier, pitfalls } = input;
  const delays: Delay[] = [];
  const gapAfter = (k: number) => (stops[k].pos + (k + 1 < stops.length ? stops[k + 1].pos : stationPlan)) / 2;
  const anyGap = () => gapAfter(Math.floor(r() * stops.length));
  const noticed = (): Delay["announce"] => (chance(r, carrier.eta.updatesOnDelay) ? "at_stop" : "never");

  // The network's own slip: the carrier notices it at the next scan, if it revises at all.
  if (days > nominal) {
    const missed = chance(r, 0.25);
    delays.push({
      kind: null,
      pos: anyGap(),
      days: days - nominal,
      announce: chance(r, carrier.eta.updatesOnDelay) ? "next_scan" : "never",
      estimate: days - nominal,
      resume: missed ? (chance(r, 0.5) ? "in_transit.delay_missed_connection" : "in_transit.late_linehaul") : undefined,
    });
  }
  if (pitfalls.has("customs_hold") && customsAt >= 0) {
    const hold = Math.min(10, Math.max(1, Math.round(logNormal(r, 2.2, 0.5))));
    const event = weighted<EventCode>(r, [["exception.customs_hold", 6], ["exception.customs_documents_required", 2.5], ["exception.customs_duties_due", 1.5]]);
    const resume = event === "exception.customs_duties_due" ? "in_transit.customs_duties_paid" : undefined;
    delays.push({ kind: "customs_hold", pos: gapAfter(customsAt), days: hold, event, resume, announce: "never", estimate: hold, withdraws: true });
  }
  if (pitfalls.has("weather")) {
    const length = 1 + (chance(r, 0.4) ? 1 : 0) + (chance(r, 0.15) ? 1 : 0);
    const guess = Math.max(1, length + (chance(r, 0.3) ? (chance(r, 0.5) ? 1 : -1) : 0));
    delays.push({ kind: "weather", pos: anyGap(), days: length, event: chance(r, 0.7) ? "in_transit.delay_weather" : "exception.weather", announce: noticed(), estimate: guess });
  }
  if (pitfalls.has("eta_slip")) {
    const length = chance(r, 0.7) ? 1 : 2;
    const event = weighted<EventCode | null>(r, [["in_transit.eta_later", 4], ["in_transit.delivery_rescheduled", 2], ["in_transit.delay_operational", 1.5], [null, 2.5]]);
    delays.push({ kind: "eta_slip", pos: anyGap(), days: length, event: event ?? undefined, announce: "at_stop", estimate: length });
  }
  let silent: [number, number] | null = null;
  if (pitfalls.has("silent_gap") && stops.length >= 2) {
    const k = Math.floor(r() * (stops.length - 1));
    silent = [stops[k].pos + 0.01, stops[k].pos + uniform(r, 1.5, 4)];
    // Half the silences hide a real hold-up that nobody announces.
    if (chance(r, 0.5)) delays.push({ kind: null, pos: stops[k].pos + 0.02, days: 1 + Math.floor(r() * 3), announce: "never", estimate: 0 });
  }
  let damage: Disruptions["damage"] = null;
  if (pitfalls.has("damaged")) {
    damage = { pos: anyGap(), destroyed: chance(r, 0.35) };
    if (!damage.destroyed) delays.push({ kind: "damaged", pos: damage.pos, days: 1, event: "exception.damaged", resume: "in_transit.repackaged", announce: noticed(), estimate: 1 });
  }
  const lostAt = pitfalls.has("lost") ? uniform(r, stops[0].pos, stationPlan) : null;
  delays.sort((a, b) => a.pos - b.pos);
  return { delays, silent, damage, lostAt };
}

export function networkTrip(input: TripInput): NetworkTrip {
  const { r, lane, option, carrier, pickupAt } = input;
  const days = Math.max(1, Math.round(logNormal(r, option.medianDays, option.sigma)));
  const nominal = Math.max(1, option.medianDays - (chance(r, carrier.eta.optimism) ? 1 : 0));
  const { clock, position: p0 } = NetworkClock.startingAt(lane.destination.zone, pickupAt, lane.origin.country, lane.destination.country, Math.ceil(days / 2));
  const stationPlan = Math.max(Math.min(days, nominal), p0 + 0.35) + uniform(r, -0.12, 0.04);
  const { stops: route, customsAt } = routeStops(lane, option);
  const stops: Stop[] = route.map((s) => ({ pos: p0 + s.f * (stationPlan - p0), code: s.code, place: s.place }));
  const { delays, silent, damage, lostAt } = drawDisruptions(input, stops, stationPlan, customsAt, days, nominal);

  // Where planned positions end up once the delays before them are added.
  const shift = (pos: number) => {
    let p = pos;
    for (const d of delays) if (d.pos < pos) p += d.days;
    return p;
  };
  const jitter = () => (r() - 0.5) * 0.6 * HOUR_MS;
  const scans: Scan[] = [];
  const moments: EtaMoment[] = [{ t: pickupAt, kind: "plan", knownDelayDays: 0 }];
  const stopTimes = stops.map((s) => clock.time(shift(s.pos)) + jitter());
  const met: PitfallKind[] = [];
  let known = 0;
  const end = Math.min(stationPlan, lostAt ?? Infinity, damage?.destroyed ? damage.pos : Infinity);
  const inSilence = (pos: number) => silent !== null && pos > silent[0] && pos <= silent[1];
  if (silent !== null && silent[0] < end) met.push("silent_gap");

  for (const d of delays) {
    if (d.pos >= end) continue;
    if (d.kind !== null) met.push(d.kind);
    // A silent carrier drops its routine scans; pitfalls it still reports.
    else if (inSilence(d.pos)) d.resume = undefined;
    const start = clock.time(shift(d.pos)) + jitter();
    const resumeAt = clock.time(shift(d.pos) + d.days) + uniform(r, 1, 3) * HOUR_MS;
    const place = placeAt(stops, d.pos);
    if (d.event) scans.push({ t: start, code: d.event, place });
    if (d.resume) scans.push({ t: resumeAt, code: d.resume, place });
    const nextScan = () => {
      const next = stops.findIndex((s) => s.pos > d.pos);
      return next >= 0 ? stopTimes[next] : clock.time(shift(stationPlan));
    };
    if (d.withdraws) moments.push({ t: start + MINUTE_MS, kind: "fixed", eta: null });
    if (d.announce === "at_stop") moments.push({ t: start + MINUTE_MS, kind: "plan", knownDelayDays: (known += d.estimate) });
    else if (d.announce === "next_scan" || d.withdraws) moments.push({ t: nextScan() + MINUTE_MS, kind: "plan", knownDelayDays: (known += d.estimate) });
  }
  stops.forEach((s, i) => {
    if (s.pos < end && !inSilence(s.pos)) scans.push({ t: stopTimes[i], code: s.code, place: s.place });
  });

  const silentWindows: Array<[number, number]> = silent ? [[clock.time(shift(silent[0])), clock.time(shift(silent[1]))]] : [];
  let stationAt: number | null = clock.time(shift(stationPlan));
  if (lostAt !== null && lostAt <= end) {
    met.push("lost");
    const t = clock.time(shift(lostAt));
    stationAt = null;
    silentWindows.push([t, Infinity]);
    // Most carriers declare the parcel lost after a trace; some just go quiet.
    const ending = r();
    if (ending < 0.6) scans.push({ t: t + uniform(r, 10, 20) * DAY_MS, code: "exception.lost", place: placeAt(stops, lostAt) });
    else if (ending < 0.75) scans.push({ t: t + uniform(r, 4, 6) * DAY_MS, code: "exception.missing_scans", place: placeAt(stops, lostAt) });
  } else if (damage?.destroyed && damage.pos <= end) {
    met.push("damaged");
    const t = clock.time(shift(damage.pos)) + jitter();
    stationAt = null;
    scans.push({ t, code: "exception.damaged", place: placeAt(stops, damage.pos) });
    moments.push({ t: t + MINUTE_MS, kind: "fixed", eta: null });
    scans.push({ t: t + uniform(r, 1, 2) * DAY_MS, code: "returning.damaged", place: placeAt(stops, damage.pos) });
    scans.push({ t: t + uniform(r, 6, 12) * DAY_MS, code: "returned.returned_to_sender", place: lane.origin });
  }

  const plannedDelivery = (knownDelayDays: number) => input.deliveryDayAfter(clock.time(Math.max(nominal, p0 + 0.35) + knownDelayDays - 0.05));
  return { scans, stationAt, etaMoments: moments, silent: silentWindows, plannedDelivery, repackaged: damage !== null && !damage.destroyed, pitfalls: met };
}

function placeAt(stops: readonly Stop[], pos: number): Place {
  let place = stops[0].place;
  for (const s of stops) if (s.pos <= pos) place = s.place;
  return place;
}
