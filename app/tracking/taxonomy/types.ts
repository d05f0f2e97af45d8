export const MILESTONES = [
  "pending",
  "info_received",
  "in_transit",
  "out_for_delivery",
  "available_for_pickup",
  "failed_attempt",
  "exception",
  "delivered",
  "returning",
  "returned",
  "expired",
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const PITFALL_FAMILIES = [
  "address",
  "customs",
  "weather",
  "damage",
  "lost",
  "delay",
  "capacity",
  "recipient_unavailable",
  "payment",
  "held",
  "returned",
  "refused",
  "force_majeure",
  "cancelled",
  "partial",
  "delivered_elsewhere",
  "no_tracking",
] as const;
export type PitfallFamily = (typeof PITFALL_FAMILIES)[number];

export const SEVERITIES = ["info", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Shopify's FulfillmentEventStatus enum (Admin API 2026-07; PICKED_UP exists only in unstable). */
export type ShopifyEventStatus =
  | "LABEL_PURCHASED"
  | "LABEL_PRINTED"
  | "READY_FOR_PICKUP"
  | "CONFIRMED"
  | "IN_TRANSIT"
  | "OUT_FOR_DELIVERY"
  | "ATTEMPTED_DELIVERY"
  | "DELAYED"
  | "FAILURE"
  | "DELIVERED"
  | "CARRIER_PICKED_UP";

export const LOCALES = ["en", "fr", "de", "es", "it", "nl", "pt", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
