// Where a parcel is in its journey, read from its scans: how far it has progressed, and
// whether its latest scan is a pitfall (a hold, a delay, a failed attempt) that changes how
// long the rest will take.
import type { NormalizedEvent } from "../normalize/types";
import { CODES, type EventCode } from "../taxonomy";

export const PROGRESS_STAGES = [
  "label",
  "accepted",
  "origin_network",
  "international",
  "import",
  "destination_network",
  "delivery_facility",
  "out_for_delivery",
] as const;
export const PITFALL_STAGES = ["customs", "weather", "delay", "failed_attempt", "address", "address_corrected", "damage", "pickup_point", "held"] as const;
export type Stage = (typeof PROGRESS_STAGES)[number] | (typeof PITFALL_STAGES)[number];

type CodeClass = { kind: "progress"; rank: number } | { kind: "pitfall"; stage: Stage } | { kind: "delivered" } | { kind: "ended" };

const RANK: Record<string, number> = {
  "in_transit.picked_up": 1,
  "in_transit.dropped_off": 1,
  "in_transit.accepted": 1,
  "in_transit.departed_origin_country": 3,
  "in_transit.export_cleared": 3,
  "in_transit.at_airport": 3,
  "in_transit.flight_departed": 3,
  "in_transit.international_transit": 3,
  "in_transit.security_screening": 3,
  "in_transit.departed_port": 3,
  "in_transit.arrived_in_destination_country": 4,
  "in_transit.flight_arrived": 4,
  "in_transit.arrived_at_port": 4,
  "in_transit.customs_processing": 4,
  "in_transit.customs_cleared": 4,
  "in_transit.customs_duties_paid": 4,
  "in_transit.handed_to_partner": 4,
  "in_transit.handed_to_postal_operator": 4,
  "in_transit.arrived_at_destination_facility": 5,
  "in_transit.forwarded_to_pickup_point": 5,
  "in_transit.arrived_at_delivery_facility": 6,
  "in_transit.held_for_future_delivery": 6,
};

const ENDED = new Set<string>([
  "exception.lost",
  "exception.stolen",
  "exception.destroyed",
  "exception.cancelled",
  "exception.refused",
  "exception.customs_refused",
  "exception.prohibited_item",
  "exception.undeliverable",
]);

function classify(code: EventCode, milestone: string, pitfall: string | null): CodeClass {
  if (milestone === "delivered") return { kind: "delivered" };
  if (milestone === "returning" || milestone === "returned" || milestone === "expired" || ENDED.has(code)) return { kind: "ended" };
  if (milestone === "pending" || milestone === "info_received") {
    return code === "info_received.pickup_missed" ? { kind: "pitfall", stage: "delay" } : { kind: "progress", rank: 0 };
  }
  if (milestone === "out_for_delivery") return { kind: "progress", rank: 7 };
  if (milestone === "available_for_pickup") return { kind: "pitfall", stage: "pickup_point" };
  if (code === "in_transit.address_corrected") return { kind: "pitfall", stage: "address_corrected" };
  if (code === "in_transit.repackaged" || code === "exception.damaged") return { kind: "pitfall", stage: "damage" };
  if (milestone === "failed_attempt") return { kind: "pitfall", stage: pitfall === "address" ? "address" : "failed_attempt" };
  if (milestone === "in_transit" && RANK[code] !== undefined) return { kind: "progress", rank: RANK[code] };
  switch (pitfall) {
    case "customs":
    case "payment":
      return { kind: "pitfall", stage: "customs" };
    case "weather":
    case "force_majeure":
      return { kind: "pitfall", stage: "weather" };
    case "delay":
    case "capacity":
      return { kind: "pitfall", stage: "delay" };
    case "address":
      return { kind: "pitfall", stage: "address" };
  }
  if (milestone === "exception") return { kind: "pitfall", stage: "held" };
  return { kind: "progress", rank: 2 };
}

const CLASSES: ReadonlyMap<string, CodeClass> = new Map([...CODES.values()].map((info) => [info.code, classify(info.code, info.milestone, info.pitfall)]));
const UNKNOWN: CodeClass = { kind: "progress", rank: 2 };

/** A scan showing the carrier has the parcel (collected, dropped off, or anything later). */
export function showsCollection(code: string): boolean {
  const cls = CLASSES.get(code) ?? UNKNOWN;
  return cls.kind !== "progress" || cls.rank > 0;
}

export interface Progress {
  stage: Stage;
  /** Furthest progress stage reached (index into PROGRESS_STAGES). */
  rank: number;
  /** The first and the latest scan. */
  first: NormalizedEvent | null;
  last: NormalizedEvent | null;
  /** Collection: the first progress past the label. */
  collected: NormalizedEvent | null;
  /** The delivery scan, once delivered. */
  delivered: NormalizedEvent | null;
  /** Returned, lost, destroyed, refused: no delivery to expect. */
  ended: boolean;
  /** UTC offset (minutes) of the latest scan that had one. */
  scanOffset: number | null;
  /** UTC offset (minutes) of the latest scan in the destination region, and in its country. */
  regionOffset: number | null;
  countryOffset: number | null;
}

/** Where the parcel is headed, as scan locations ("City, Region, CC") end. */
export interface Destination {
  country: string;
  /** "Region, CC", or null when the region is unknown. */
  regionSuffix: string | null;
}

export function destinationOf(place: { country: string; region?: string | null }): Destination {
  return { country: place.country, regionSuffix: place.region ? `${place.region}, ${place.country}` : null };
}

export function startProgress(): Progress {
  return { stage: "label", rank: 0, first: null, last: null, collected: null, delivered: null, ended: false, scanOffset: null, regionOffset: null, countryOffset: null };
}

/** Folds one scan (in time order) into the progress. */
export function advance(p: Progress, event: NormalizedEvent, destination: Destination): void {
  const cls = CLASSES.get(event.code) ?? UNKNOWN;
  p.last = event;
  p.first ??= event;
  const offset = event.utcOffset === null ? null : offsetMinutes(event.utcOffset);
  if (offset !== null) {
    p.scanOffset = offset;
    const location = event.location;
    if (location !== null && inPlace(location, destination.country)) {
      p.countryOffset = offset;
      if (destination.regionSuffix !== null && inPlace(location, destination.regionSuffix)) p.regionOffset = offset;
    }
  }
  switch (cls.kind) {
    case "delivered":
      p.delivered = event;
      return;
    case "ended":
      p.ended = true;
      return;
    case "pitfall":
      p.stage = cls.stage;
      return;
    case "progress":
      if (cls.rank > 0) p.collected ??= event;
      if (cls.rank > p.rank) p.rank = cls.rank;
      p.stage = PROGRESS_STAGES[p.rank];
  }
}

/** "City, Region, CC" ends with "CC" or "Region, CC" as whole parts. */
function inPlace(location: string, suffix: string): boolean {
  const n = location.length;
  return location.endsWith(suffix) && (n === suffix.length || location.charCodeAt(n - suffix.length - 1) === 32);
}

function offsetMinutes(offset: string): number | null {
  if (offset.length !== 6) return null;
  const minutes = (offset.charCodeAt(1) - 48) * 600 + (offset.charCodeAt(2) - 48) * 60 + (offset.charCodeAt(4) - 48) * 10 + (offset.charCodeAt(5) - 48);
  if (!(minutes >= 0 && minutes <= 14 * 60)) return null;
  return offset.charCodeAt(0) === 45 ? -minutes : minutes;
}

/** Early, late, or pitfall: the journey phases whose carrier-estimate accuracy differs. */
export function phaseOf(p: Progress): "early" | "late" | "pitfall" {
  if (p.stage !== PROGRESS_STAGES[p.rank]) return "pitfall";
  return p.rank >= 5 ? "late" : "early";
}
