// The sandbox carrier network: `simulate` streams shipments, each a lane x carrier x service
// draw with its scan stream, the carrier's estimates and the ground truth. Shipment i draws
// from its own stream seeded by (seed, i), and nothing is held in memory between shipments.
import { DAY_MS, HOUR_MS, localMinutes, weekdayOf } from "../../tracking/eta/days";
import { isHoliday } from "../../tracking/eta/holidays";
import { addDays, at, dayIn, MON_FRI, nextDay, offsetAt, onWeekdays } from "./calendar";
import { carrierEtaStream } from "./carrier-etas";
import { CARRIERS } from "./carriers";
import { crossesCustoms, DEFAULT_LANES, type Lane, type LaneOption } from "./lanes";
import { deliveryDayAfter, lastMile } from "./last-mile";
import { networkTrip } from "./network";
import { drawPitfalls, pitfallRates, type PitfallRates } from "./pitfalls";
import { chance, hashSeed, seededRandom, uniform, weighted, type Random } from "./rng";
import { toEvents } from "./scans";
import { trackingNumber } from "./tracking-numbers";
import type { Scan, SimulatedShipment } from "./types";

export interface SimulateOptions {
  shipments: number;
  /** Shipments are spread over this many days from `start`. */
  days: number;
  seed: number;
  start: Date;
  pitfallRates?: Partial<PitfallRates>;
  lanes?: readonly Lane[];
}

export const DEFAULT_START = new Date("2025-08-04T00:00:00.000Z");

/** Relative shipping volume by weekday, Sunday first: merchants ship on weekdays. */
const WEEKDAY_VOLUME = [0.1, 1.1, 1, 1, 1, 0.95, 0.35];

export function* simulate(options: SimulateOptions): Generator<SimulatedShipment> {
  const { shipments, days, seed } = options;
  if (!Number.isInteger(shipments) || shipments < 0) throw new RangeError(`shipments must be a whole number >= 0, got ${shipments}`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number >= 1, got ${days}`);
  if (!Number.isFinite(options.start.getTime())) throw new RangeError("start must be a valid date");
  const rates = pitfallRates(options.pitfallRates);
  const lanes = options.lanes ?? DEFAULT_LANES;
  if (lanes.length === 0) throw new RangeError("at least one lane is needed");
  const laneWeights = lanes.map((lane) => [lane, lane.weight] as const);

  // Cumulative shipping volume over the days, with a little day-to-day noise.
  const firstDay = Math.floor(options.start.getTime() / DAY_MS);
  const volume = seededRandom(hashSeed(seed, "volume"));
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < days; i++) {
    total += WEEKDAY_VOLUME[weekdayOf(firstDay + i)] * uniform(volume, 0.85, 1.15);
    cumulative.push(total);
  }

  let dayIndex = 0;
  for (let i = 0; i < shipments; i++) {
    const r = seededRandom(hashSeed(seed, i));
    const u = ((i + r()) / shipments) * total;
    while (cumulative[dayIndex] < u && dayIndex < days - 1) dayIndex++;
    yield shipment(r, firstDay + dayIndex, weighted(r, laneWeights), rates);
  }
}

function shipment(r: Random, day: number, lane: Lane, rates: PitfallRates): SimulatedShipment {
  const option: LaneOption = weighted(r, lane.options.map((o) => [o, o.weight] as const));
  const carrier = CARRIERS[option.carrier];
  const { origin, destination } = lane;
  const oc = origin.country;
  const dc = destination.country;
  const pitfalls = drawPitfalls(r, rates, crossesCustoms(oc, dc));
  const number = trackingNumber(r, option.carrier, option.service);

  const shippedAt = at(origin.zone, day, Math.round(uniform(r, 8, 19.5) * 60));
  const scans: Scan[] = [{ t: shippedAt, code: "info_received.label_created", place: origin }];

  // Collection: the same day before the cut-off, else the next collection day; now and then missed.
  const collects = (d: number) => onWeekdays(MON_FRI, d) && !isHoliday(oc, d);
  const shipDay = dayIn(origin.zone, shippedAt);
  let pickupDay = collects(shipDay) && localMinutes(shippedAt, offsetAt(origin.zone, shippedAt)) < carrier.cutoff ? shipDay : nextDay(shipDay + 1, collects);
  if (chance(r, carrier.pickupSlip)) {
    if (chance(r, 0.3)) scans.push({ t: at(origin.zone, pickupDay, 19 * 60 + 30), code: "info_received.pickup_missed", place: origin });
    pickupDay = nextDay(pickupDay + 1, collects);
  }
  const pickupAt = Math.max(at(origin.zone, pickupDay, Math.round(uniform(r, 16, 19) * 60)), shippedAt + 0.3 * HOUR_MS);
  scans.push({ t: pickupAt, code: "in_transit.picked_up", place: origin });

  const deliveryDay = (t: number) => deliveryDayAfter(lane, carrier, t);
  const trip = networkTrip({ r, lane, option, carrier, pitfalls, pickupAt, deliveryDayAfter: deliveryDay });
  scans.push(...trip.scans);
  const mile = trip.stationAt === null ? null : lastMile({ r, lane, carrier, pitfalls, stationAt: trip.stationAt, repackaged: trip.repackaged });
  if (mile) scans.push(...mile.scans);

  const carrierEtas = carrierEtaStream({
    r,
    carrier,
    international: oc !== dc,
    destinationCountry: dc,
    moments: [...trip.etaMoments, ...(mile?.etaMoments ?? [])],
    plannedDelivery: trip.plannedDelivery,
    silent: trip.silent,
  });

  const events = toEvents(scans);
  const delivered = mile?.deliveredAt != null ? events.findLast((e) => e.milestone === "delivered") : undefined;
  const promiseDay = addDays(shipDay, option.advertisedDays, (d) => onWeekdays(MON_FRI, d) && !isHoliday(dc, d));
  return {
    trackingNumber: number,
    carrier: option.carrier,
    company: carrier.company,
    service: option.service,
    lane: lane.id,
    origin: { country: oc, region: origin.region },
    destination: { country: dc, region: destination.region },
    shippedAt: new Date(shippedAt),
    promisedBy: new Date(at(destination.zone, promiseDay + 1, 0) - 1),
    deliveredAt: delivered ? new Date(delivered.occurredAt) : null,
    outcome: mile ? mile.outcome : trip.pitfalls.includes("lost") ? "lost" : "returned",
    pitfalls: [...trip.pitfalls, ...(mile?.pitfalls ?? [])],
    events,
    carrierEtas,
  };
}
