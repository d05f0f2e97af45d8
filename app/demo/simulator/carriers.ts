// How each sandbox carrier behaves: delivery weekdays, pickup cut-off, how steady its network
// is, and how good its own delivery estimates are.
import { MON_FRI, MON_SAT } from "./calendar";

export type Service = "ground" | "express" | "international";

export const SIM_CARRIERS = ["ups", "fedex", "usps", "dhl_express", "royalmail", "canadapost", "australiapost", "postnl", "dpd", "gls"] as const;
export type SimCarrier = (typeof SIM_CARRIERS)[number];

export interface CarrierProfile {
  id: SimCarrier;
  company: string;
  /** Delivery weekdays (calendar.ts mask). */
  deliveryDays: number;
  /** Labels created before this local time (minutes) are collected the same day. */
  cutoff: number;
  /** Chance the driver misses a scheduled collection. */
  pickupSlip: number;
  /** Spread (log-normal sigma) of network transit per service. */
  sigma: Record<Service, number>;
  eta: {
    /** Whether the carrier publishes an estimate before the last mile. */
    domestic: boolean;
    international: boolean;
    /** Chance an estimate is off by one delivery day. */
    noise: number;
    /** Chance the carrier revises its estimate when a parcel falls behind. */
    updatesOnDelay: number;
    /** Share of parcels for which the carrier's standard transit time is a day shorter than its network's median. */
    optimism: number;
    /** On the delivery day, the estimate is the end of a time window (an instant). */
    window: boolean;
  };
  /** The delivered.* codes the carrier reports, with weights. */
  delivered: ReadonlyArray<readonly [code: DeliveredCode, weight: number]>;
}

export type DeliveredCode =
  | "delivered.delivered"
  | "delivered.signed"
  | "delivered.to_recipient"
  | "delivered.safe_place"
  | "delivered.neighbour"
  | "delivered.mailbox"
  | "delivered.parcel_locker"
  | "delivered.reception";

const profile = (p: CarrierProfile): CarrierProfile => p;

export const CARRIERS: Record<SimCarrier, CarrierProfile> = {
  ups: profile({
    id: "ups", company: "UPS", deliveryDays: MON_FRI, cutoff: 15 * 60, pickupSlip: 0.03,
    sigma: { ground: 0.06, express: 0.08, international: 0.1 },
    eta: { domestic: true, international: true, noise: 0.04, updatesOnDelay: 0.9, optimism: 0, window: true },
    delivered: [["delivered.delivered", 6], ["delivered.safe_place", 2], ["delivered.reception", 1], ["delivered.signed", 1]],
  }),
  fedex: profile({
    id: "fedex", company: "FedEx", deliveryDays: MON_SAT, cutoff: 15 * 60, pickupSlip: 0.04,
    sigma: { ground: 0.07, express: 0.08, international: 0.11 },
    eta: { domestic: true, international: true, noise: 0.06, updatesOnDelay: 0.85, optimism: 0, window: true },
    delivered: [["delivered.delivered", 6], ["delivered.safe_place", 3], ["delivered.signed", 1]],
  }),
  usps: profile({
    id: "usps", company: "USPS", deliveryDays: MON_SAT, cutoff: 14 * 60, pickupSlip: 0.06,
    sigma: { ground: 0.12, express: 0.1, international: 0.2 },
    eta: { domestic: true, international: false, noise: 0.12, updatesOnDelay: 0.5, optimism: 0.3, window: false },
    delivered: [["delivered.delivered", 4], ["delivered.mailbox", 4], ["delivered.safe_place", 2], ["delivered.parcel_locker", 1]],
  }),
  dhl_express: profile({
    id: "dhl_express", company: "DHL Express", deliveryDays: MON_FRI, cutoff: 16 * 60, pickupSlip: 0.03,
    sigma: { ground: 0.08, express: 0.08, international: 0.1 },
    eta: { domestic: true, international: true, noise: 0.05, updatesOnDelay: 0.9, optimism: 0, window: true },
    delivered: [["delivered.delivered", 5], ["delivered.signed", 3], ["delivered.neighbour", 1], ["delivered.reception", 1]],
  }),
  royalmail: profile({
    id: "royalmail", company: "Royal Mail", deliveryDays: MON_SAT, cutoff: 15 * 60, pickupSlip: 0.05,
    sigma: { ground: 0.12, express: 0.08, international: 0.2 },
    eta: { domestic: false, international: false, noise: 0.1, updatesOnDelay: 0, optimism: 0, window: false },
    delivered: [["delivered.delivered", 5], ["delivered.mailbox", 2], ["delivered.neighbour", 2], ["delivered.safe_place", 1]],
  }),
  canadapost: profile({
    id: "canadapost", company: "Canada Post", deliveryDays: MON_FRI, cutoff: 14 * 60, pickupSlip: 0.06,
    sigma: { ground: 0.12, express: 0.1, international: 0.2 },
    eta: { domestic: true, international: false, noise: 0.15, updatesOnDelay: 0.4, optimism: 0.3, window: false },
    delivered: [["delivered.delivered", 5], ["delivered.mailbox", 3], ["delivered.safe_place", 2]],
  }),
  australiapost: profile({
    id: "australiapost", company: "Australia Post", deliveryDays: MON_FRI, cutoff: 14 * 60, pickupSlip: 0.06,
    sigma: { ground: 0.12, express: 0.1, international: 0.2 },
    eta: { domestic: true, international: false, noise: 0.15, updatesOnDelay: 0.4, optimism: 0.35, window: false },
    delivered: [["delivered.delivered", 5], ["delivered.safe_place", 3], ["delivered.parcel_locker", 2]],
  }),
  postnl: profile({
    id: "postnl", company: "PostNL", deliveryDays: MON_SAT, cutoff: 16 * 60, pickupSlip: 0.04,
    sigma: { ground: 0.1, express: 0.08, international: 0.15 },
    eta: { domestic: true, international: true, noise: 0.1, updatesOnDelay: 0.6, optimism: 0.15, window: true },
    delivered: [["delivered.delivered", 5], ["delivered.neighbour", 3], ["delivered.mailbox", 2]],
  }),
  dpd: profile({
    id: "dpd", company: "DPD", deliveryDays: MON_FRI, cutoff: 16 * 60, pickupSlip: 0.03,
    sigma: { ground: 0.06, express: 0.06, international: 0.1 },
    eta: { domestic: true, international: true, noise: 0.05, updatesOnDelay: 0.85, optimism: 0, window: true },
    delivered: [["delivered.delivered", 5], ["delivered.neighbour", 2], ["delivered.safe_place", 2], ["delivered.to_recipient", 1]],
  }),
  gls: profile({
    id: "gls", company: "GLS", deliveryDays: MON_FRI, cutoff: 15 * 60, pickupSlip: 0.05,
    sigma: { ground: 0.1, express: 0.08, international: 0.14 },
    eta: { domestic: true, international: true, noise: 0.1, updatesOnDelay: 0.6, optimism: 0.15, window: false },
    delivered: [["delivered.delivered", 5], ["delivered.neighbour", 3], ["delivered.parcel_locker", 1]],
  }),
};
