// Rules raised by the carrier's own words: an event whose taxonomy code (pitfall family,
// milestone) says something went wrong. Matching is on codes, never on raw carrier text.
import type { EventCode } from "../../taxonomy/codes";
import type { CodeInfo } from "../../taxonomy";
import type { PitfallSettings, RuleId } from "../types";

/**
 * How an event alert ends:
 * - progress: a later scan shows the parcel moving again — a pitfall-free scan (not pending or
 *   expired), or any delivered, returning or returned scan.
 * - delivery: only a later delivered, returning or returned scan ends it.
 * - never: it describes where the parcel ended up, and stays.
 * Alerts raised by a delivered.* or returned.* event always stay: they are about the final state.
 */
export type Resolution = "progress" | "delivery" | "never";

export type EventRuleId = {
  [R in RuleId]: PitfallSettings[R] extends { enabled: boolean; afterHours: number } ? R : never;
}[RuleId];

export interface EventRuleSpec {
  rule: EventRuleId;
  matches: (info: CodeInfo) => boolean;
  resolution: Resolution;
}

const PICKUP_POINT_PROBLEMS: ReadonlySet<EventCode> = new Set<EventCode>([
  "in_transit.redirected_pickup_point_full",
  "available_for_pickup.pickup_point_changed",
  "exception.pickup_point_unavailable",
]);

const SENDER_ACTION: ReadonlySet<EventCode> = new Set<EventCode>([
  "exception.awaiting_sender_instructions",
  "exception.carrier_contact_needed",
]);

const family = (name: CodeInfo["pitfall"]) => (info: CodeInfo) => info.pitfall === name;

/** Event rules in the order their alerts are listed. failed_attempt is counted per attempt in scan.ts. */
export const EVENT_RULES: readonly EventRuleSpec[] = [
  { rule: "address_issue", matches: family("address"), resolution: "progress" },
  {
    rule: "recipient_unavailable",
    // A missed delivery is already a failed_attempt alert; this rule is the carrier asking the shopper to act.
    matches: (i) => i.pitfall === "recipient_unavailable" && i.milestone !== "failed_attempt",
    resolution: "progress",
  },
  { rule: "refused_by_recipient", matches: family("refused"), resolution: "progress" },
  { rule: "customs_hold", matches: family("customs"), resolution: "progress" },
  { rule: "duties_payment_due", matches: family("payment"), resolution: "progress" },
  { rule: "weather_disruption", matches: family("weather"), resolution: "progress" },
  { rule: "force_majeure", matches: family("force_majeure"), resolution: "progress" },
  {
    rule: "carrier_reported_delay",
    matches: (i) => (i.pitfall === "delay" || i.pitfall === "capacity") && !PICKUP_POINT_PROBLEMS.has(i.code),
    resolution: "progress",
  },
  { rule: "damaged", matches: family("damage"), resolution: "progress" },
  { rule: "lost", matches: family("lost"), resolution: "progress" },
  {
    rule: "held_by_carrier",
    matches: (i) => i.pitfall === "held" && i.milestone === "exception" && !SENDER_ACTION.has(i.code),
    resolution: "progress",
  },
  { rule: "sender_action_required", matches: (i) => SENDER_ACTION.has(i.code), resolution: "progress" },
  { rule: "pickup_final_notice", matches: (i) => i.code === "available_for_pickup.final_notice", resolution: "delivery" },
  { rule: "pickup_point_redirected", matches: (i) => PICKUP_POINT_PROBLEMS.has(i.code), resolution: "progress" },
  { rule: "delivered_elsewhere", matches: family("delivered_elsewhere"), resolution: "never" },
  { rule: "returned_to_sender", matches: family("returned"), resolution: "never" },
  { rule: "shipment_cancelled", matches: family("cancelled"), resolution: "progress" },
];
