import type { NormalizedEvent } from "../normalize/types";

export interface EtaPlace {
  country: string;
  region?: string | null;
}

/** One of the carrier's own estimates: when it was published, and the ISO date or instant (null: withdrawn). */
export interface CarrierEtaUpdate {
  at: string | Date;
  eta: string | null;
}

/** A shipment as the ETA model sees it while it travels: what is known at prediction time. */
export interface ShipmentState {
  carrier: string;
  service: string;
  origin: EtaPlace;
  destination: EtaPlace;
  shippedAt: string | Date;
  promisedBy?: string | Date | null;
  /** Scans known so far, oldest first. */
  events: readonly NormalizedEvent[];
  /** The carrier's latest estimate known at prediction time. */
  carrierEta?: CarrierEtaUpdate | null;
}

/** A finished shipment to learn from. */
export interface ShipmentHistory extends Omit<ShipmentState, "carrierEta"> {
  deliveredAt: string | Date | null;
  /** Every estimate the carrier published, oldest first. */
  carrierEtas?: readonly CarrierEtaUpdate[];
}

export interface EtaPrediction {
  /** Start of the first local day of the likely range. */
  from: Date;
  /** End of the last local day of the likely range. */
  to: Date;
  /** The most likely day, at the carrier's typical delivery time. */
  mostLikely: Date;
  /** Probability of delivery on the most likely day. */
  confidence: number;
  /** P(delivered after promisedBy); null without a promise. */
  missProbability: number | null;
  /** Which history and signals the estimate rests on. */
  basis: string;
}

/**
 * What trainEtaModel learned; plain JSON. Histograms count remaining delivery days (the
 * destination's business days for the carrier) from a moment in a journey to delivery.
 */
export interface EtaModel {
  version: 1;
  trainedOn: number;
  /** Highest remaining-days bin; longer waits count in it. */
  maxDays: number;
  /** Counts per "<level key>#<situation key>". */
  remaining: Record<string, number[]>;
  /** Delivered shipments per level key. */
  shipments: Record<string, number>;
  /** Carrier-estimate error counts (delivered index - estimate index, shifted by ETA_ERROR_MIN) per "<carrier>|<service>|<phase>" and coarser keys. */
  etaError: Record<string, number[]>;
  /** How much to trust the carrier's estimate (0..1) per "<carrier>|<service>|<phase>" and coarser keys. */
  etaWeight: Record<string, number>;
  /** Delivery weekdays as a bit mask (bit 0 = Sunday) per "<carrier>|<country>". */
  deliveryDays: Record<string, number>;
  /** Typical UTC offset in minutes per "<country>|<region>" and "<country>". */
  offsets: Record<string, number>;
  /** Collection cut-off (local minutes): labels created later are collected the next day, per "<carrier>|<origin country>". */
  cutoffs: Record<string, number>;
  /** Deliveries per local half hour (48 bins from midnight) per carrier. */
  deliveryTimes: Record<string, number[]>;
}
