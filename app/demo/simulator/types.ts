import type { NormalizedEvent } from "../../tracking/normalize/types";
import type { EventCode } from "../../tracking/taxonomy";
import type { Service, SimCarrier } from "./carriers";
import type { PitfallKind } from "./pitfalls";
import type { Place } from "./places";

export type Outcome = "delivered" | "lost" | "returned";

/** One parcel of the sandbox network with its ground truth. */
export interface SimulatedShipment {
  trackingNumber: string;
  carrier: SimCarrier;
  /** Shopify's tracking_company for the fulfillment. */
  company: string;
  service: Service;
  lane: string;
  origin: { country: string; region: string };
  destination: { country: string; region: string };
  /** Label created. */
  shippedAt: Date;
  /** End of the last day the merchant promised delivery by (destination local time). */
  promisedBy: Date;
  deliveredAt: Date | null;
  outcome: Outcome;
  /** The pitfalls this parcel met. */
  pitfalls: PitfallKind[];
  /** Oldest first. */
  events: NormalizedEvent[];
  /** The carrier's own estimates as they changed: ISO date or instant, null when withdrawn. */
  carrierEtas: CarrierEta[];
}

export interface CarrierEta {
  at: string;
  eta: string | null;
}

/** A scan before it becomes a NormalizedEvent. */
export interface Scan {
  t: number;
  code: EventCode;
  place: Place;
}

/** A moment the carrier (re)publishes its estimate: from its plan, or a fixed value. */
export type EtaMoment = { t: number; kind: "plan"; knownDelayDays: number } | { t: number; kind: "fixed"; eta: string | null };
