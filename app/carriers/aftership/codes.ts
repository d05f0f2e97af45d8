// AfterShip tags (delivery statuses) and subtags (delivery sub-statuses) -> Porchlight event codes.
// Subtags from AfterShip Tracking's "Delivery Sub-statuses" enum; the subtag message is quoted
// beside each. A subtag missing here falls back to its tag: the checkpoint's words pick the
// detail, but only within what the tag already says.
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { codeTable, guessWithin, lookup } from "../code-table";

export const SUBTAGS = codeTable({
  Pending_001: "pending.awaiting_info", // Pending: no information yet / yet to be tracked
  InfoReceived_001: "info_received.label_created", // Info Received: carrier has the shipper's request
  InTransit_001: "in_transit.in_transit", // In Transit: shipment on the way
  InTransit_002: "in_transit.accepted", // Acceptance scan
  InTransit_003: "in_transit.arrived_at_facility", // Arrival scan: hub or sorting center
  InTransit_004: "in_transit.arrived_in_destination_country", // Arrived at destination country
  InTransit_005: "in_transit.customs_cleared", // Customs clearance completed
  InTransit_006: "in_transit.customs_processing", // Customs clearance started
  InTransit_007: "in_transit.departed_facility", // Departure scan
  InTransit_008: "in_transit.in_transit", // Problem resolved, shipment in transit again
  InTransit_009: "in_transit.delivery_address_changed", // Forwarded to a different delivery address
  OutForDelivery_001: "out_for_delivery.out_for_delivery", // Out for Delivery
  OutForDelivery_002: "available_for_pickup.at_carrier_facility", // (legacy) at sorting center, available for pickup
  OutForDelivery_003: "out_for_delivery.out_for_delivery", // Customer contacted before the final delivery
  OutForDelivery_004: "out_for_delivery.delivery_window", // Delivery appointment scheduled
  AttemptFail_001: "failed_attempt.attempted", // Failed Attempt, notice usually left
  AttemptFail_002: "failed_attempt.recipient_unavailable", // Addressee not available
  AttemptFail_003: "failed_attempt.business_closed", // Business Closed
  AvailableForPickup_001: "available_for_pickup.at_pickup_point", // Available for pickup
  Delivered_001: "delivered.delivered", // Delivered
  Delivered_002: "delivered.picked_up", // Picked up by the customer
  Delivered_003: "delivered.signed", // Sign by customer
  Delivered_004: "delivered.cod_collected", // Delivered and received cash on delivery
  Delivered_005: "delivered.neighbour", // Delivered to neighbor
  Exception_001: "exception.generic", // Exception
  Exception_002: "exception.recipient_moved", // Customer moved
  Exception_003: "exception.refused", // Customer refused delivery
  Exception_004: "exception.customs_hold", // Delayed (Customs clearance)
  Exception_005: "exception.delayed", // Delayed (External factors)
  Exception_006: "exception.payment_due", // Held for payment
  Exception_007: "exception.address_incorrect", // Incorrect Address
  Exception_008: "available_for_pickup.final_notice", // Pick up missed: available but not collected
  Exception_009: "exception.prohibited_item", // Rejected by carrier (not within its guidelines)
  Exception_010: "returning.return_to_sender", // Returning to sender
  Exception_011: "returned.returned_to_sender", // Returned to sender
  Exception_012: "exception.damaged", // Shipment damage
  Exception_013: "exception.lost", // Shipment lost
  Exception_016: "exception.delayed", // Delayed (Processing issue: vehicle, sorting error, misroute)
  Exception_017: "exception.weather", // Delayed (Extreme weather)
  Exception_018: "exception.customs_documents_required", // Incorrect / missing documents
  Exception_019: "exception.delayed", // Delayed (Late flight)
  Exception_020: "exception.cancelled", // Shipment cancelled
  Exception_021: "exception.destroyed", // Shipment disposed (destroyed or discarded)
  Expired_001: "expired.no_updates", // Expired: no tracking information for 30 days
});

interface TagRule {
  readonly allowed: ReadonlySet<Milestone>;
  readonly fallback: EventCode;
}

function tagRule(fallback: EventCode, ...allowed: Milestone[]): TagRule {
  return { allowed: new Set(allowed), fallback };
}

// AfterShip files returns under Exception (Exception_010/011), so that tag allows them too.
export const TAGS: ReadonlyMap<string, TagRule> = new Map([
  ["Pending", tagRule("pending.awaiting_info", "pending")],
  ["InfoReceived", tagRule("info_received.label_created", "info_received")],
  ["InTransit", tagRule("in_transit.in_transit", "in_transit")],
  ["OutForDelivery", tagRule("out_for_delivery.out_for_delivery", "out_for_delivery")],
  ["AttemptFail", tagRule("failed_attempt.attempted", "failed_attempt")],
  ["Delivered", tagRule("delivered.delivered", "delivered")],
  ["AvailableForPickup", tagRule("available_for_pickup.at_pickup_point", "available_for_pickup")],
  ["Exception", tagRule("exception.generic", "exception", "returning", "returned")],
  ["Expired", tagRule("expired.no_updates", "expired")],
]);

export interface AfterShipCode {
  code: EventCode | undefined;
  /** True when the checkpoint's subtag is one the table does not know (the tag and words decided). */
  guessed: boolean;
}

/**
 * The event code for a checkpoint. An unknown subtag ("Exception_014") still names its tag
 * before the underscore, so a checkpoint without a `tag` field is bounded the same way.
 */
export function afterShipCode(subtag: string | null, tag: string | null, message: string | null): AfterShipCode {
  const exact = lookup(SUBTAGS, subtag);
  if (exact) return { code: exact, guessed: false };
  const rule = TAGS.get(tag ?? tagOfSubtag(subtag));
  if (!rule) return { code: undefined, guessed: true };
  // A checkpoint with only a tag is a coarse report, not an unknown code.
  return { code: guessWithin(message, rule.allowed, rule.fallback), guessed: subtag !== null };
}

function tagOfSubtag(subtag: string | null): string {
  if (subtag === null) return "";
  const cut = subtag.indexOf("_");
  return cut > 0 ? subtag.slice(0, cut) : subtag;
}
