// What each rule is called and means, for alerts and for the admin settings page.
import { SEVERITIES, type PitfallFamily } from "../taxonomy/types";
import { RULE_IDS, SETTING_SPECS, specsOf } from "./settings";
import type { RuleDescription, RuleId } from "./types";

interface RuleMeta {
  family: PitfallFamily;
  title: string;
  description: string;
}

export const RULE_META: { readonly [R in RuleId]: RuleMeta } = {
  silent_carrier: {
    family: "delay",
    title: "Carrier has gone silent",
    description: "The carrier has not scanned a parcel on its way for longer than the set number of hours.",
  },
  label_not_picked_up: {
    family: "delay",
    title: "Label created, not picked up",
    description: "A label exists but the carrier has not picked up or accepted the parcel within the set hours.",
  },
  no_tracking_info: {
    family: "no_tracking",
    title: "No tracking information",
    description: "The carrier has shown no tracking events at all within the set hours of fulfillment.",
  },
  tracking_number_invalid: {
    family: "no_tracking",
    title: "Tracking number looks wrong",
    description: "The tracking number fails the carrier's format or check digit, or the carrier rejects it.",
  },
  stuck_at_facility: {
    family: "delay",
    title: "Stuck at one facility",
    description: "The carrier keeps scanning the parcel at the same place without moving it on for the set hours.",
  },
  transit_beyond_lane: {
    family: "delay",
    title: "Slower than usual for this route",
    description: "The parcel has been in transit longer than 95% of past parcels on the same route, times the set factor.",
  },
  exception_unresolved: {
    family: "held",
    title: "Exception not resolved",
    description: "The carrier reported a problem and nothing has moved the parcel on for the set hours.",
  },
  long_customs_clearance: {
    family: "customs",
    title: "Long customs clearance",
    description: "The parcel has been going through customs for longer than the set hours.",
  },
  eta_moved_later: {
    family: "delay",
    title: "Carrier pushed the delivery date back",
    description: "The carrier's estimated delivery is now later than its first estimate by at least the set hours.",
  },
  eta_passed: {
    family: "delay",
    title: "Carrier's delivery date has passed",
    description: "The carrier's estimated delivery date has passed, plus the grace hours, and the parcel is not delivered.",
  },
  promise_at_risk: {
    family: "delay",
    title: "Promised date at risk",
    description: "The predicted delivery falls after the date promised to the shopper, or a miss is likely enough.",
  },
  promise_missed: {
    family: "delay",
    title: "Promised date missed",
    description: "The date promised to the shopper has passed and the parcel is not delivered.",
  },
  out_for_delivery_not_delivered: {
    family: "delay",
    title: "Out for delivery, not delivered",
    description: "The parcel went out for delivery but the local day ended, plus the grace hours, without a delivery.",
  },
  failed_attempt: {
    family: "recipient_unavailable",
    title: "Delivery attempt failed",
    description: "The carrier tried to deliver and could not; every attempt is its own alert until the parcel is delivered.",
  },
  repeated_failed_attempts: {
    family: "recipient_unavailable",
    title: "Repeated failed deliveries",
    description: "The carrier has failed to deliver the set number of times; the parcel is close to going back.",
  },
  address_issue: {
    family: "address",
    title: "Address problem",
    description: "The carrier reports a wrong, incomplete or unreachable delivery address.",
  },
  recipient_unavailable: {
    family: "recipient_unavailable",
    title: "Carrier needs the shopper",
    description: "The carrier asks the shopper to get in touch or collect the parcel after a missed delivery.",
  },
  refused_by_recipient: {
    family: "refused",
    title: "Refused by the recipient",
    description: "The recipient refused to accept the parcel.",
  },
  customs_hold: {
    family: "customs",
    title: "Held in customs",
    description: "Customs is holding or inspecting the parcel, or needs documents, until it moves on.",
  },
  duties_payment_due: {
    family: "payment",
    title: "Duties or payment due",
    description: "Duties, taxes or postage must be paid before the parcel is delivered.",
  },
  weather_disruption: {
    family: "weather",
    title: "Weather delay",
    description: "The carrier reports weather holding up the parcel.",
  },
  force_majeure: {
    family: "force_majeure",
    title: "Disruption beyond the carrier's control",
    description: "A natural disaster, strike, unrest or suspended service is holding up the parcel.",
  },
  carrier_reported_delay: {
    family: "delay",
    title: "Carrier reports a delay",
    description: "The carrier reports an operational delay: missed connection, capacity, missorting, holiday or similar.",
  },
  damaged: {
    family: "damage",
    title: "Parcel damaged",
    description: "The carrier reports the parcel damaged, repackaged or destroyed.",
  },
  lost: {
    family: "lost",
    title: "Parcel lost",
    description: "The carrier reports the parcel lost, stolen or missing, until it is scanned again.",
  },
  held_by_carrier: {
    family: "held",
    title: "Held by the carrier",
    description: "The carrier is holding the parcel (inspection, dimensions, dangerous goods, interception or request).",
  },
  sender_action_required: {
    family: "held",
    title: "Carrier needs your instructions",
    description: "The carrier is waiting for instructions or a call from you before it moves the parcel.",
  },
  pickup_final_notice: {
    family: "held",
    title: "Last notice to collect",
    description: "The pickup point sent its final notice; uncollected parcels go back to you.",
  },
  pickup_point_redirected: {
    family: "capacity",
    title: "Pickup point changed",
    description: "The chosen pickup point was full or unavailable, so the parcel went somewhere else.",
  },
  delivered_elsewhere: {
    family: "delivered_elsewhere",
    title: "Delivered to a neighbour or safe place",
    description: "The parcel was left with a neighbour, an agent or in a safe place rather than handed to the shopper.",
  },
  returned_to_sender: {
    family: "returned",
    title: "Returning to sender",
    description: "The parcel is on its way back to you, or has arrived back, instead of reaching the shopper.",
  },
  pickup_not_collected: {
    family: "held",
    title: "Not collected from pickup point",
    description: "The parcel has waited at a pickup point or locker for longer than the set days.",
  },
  partial_delivery: {
    family: "partial",
    title: "Order only partly delivered",
    description: "Some parcels of the order arrived and the rest have not, for longer than the set hours.",
  },
  delivered_then_exception: {
    family: "delivered_elsewhere",
    title: "Problem after delivery",
    description: "The carrier reported an exception or a return after it had marked the parcel delivered.",
  },
  carrier_changed: {
    family: "no_tracking",
    title: "Carrier changed mid-route",
    description: "Another carrier took over the parcel on its way; tracking may continue under that carrier.",
  },
  shipment_cancelled: {
    family: "cancelled",
    title: "Shipment cancelled",
    description: "The order or the shipment was cancelled while the parcel is still on its way.",
  },
};

/** Every rule with its merchant-facing words and tunable settings, for the admin settings page. */
export const RULES: readonly RuleDescription[] = RULE_IDS.map((rule) => ({
  rule,
  ...RULE_META[rule],
  settings: [
    { key: "enabled", default: SETTING_SPECS[rule].enabled, unit: "flag" as const },
    ...specsOf(rule).map(([key, spec]): RuleDescription["settings"][number] => {
      if (spec.kind === "number") return { key, default: spec.default, unit: spec.unit, min: spec.min, max: spec.max };
      if (spec.kind === "flag") return { key, default: spec.default, unit: "flag" };
      return { key, default: spec.default, unit: "severity", options: SEVERITIES };
    }),
  ],
}));
