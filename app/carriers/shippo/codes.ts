// Shippo tracking statuses and substatus codes -> Porchlight event codes.
// `status` is one of UNKNOWN, PRE_TRANSIT, TRANSIT, DELIVERED, RETURNED, FAILURE; `substatus.code`
// comes from Shippo's tracking "Event Definitions" (the substatus text quoted beside each).
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { codeTable, guessWithin, lookup } from "../code-table";

export const SUBSTATUSES = codeTable({
  information_received: "info_received.label_created", // Information about the package received
  address_issue: "exception.address_incorrect", // Address related issues (action required)
  contact_carrier: "exception.carrier_contact_needed", // Contact the carrier for more information
  delayed: "exception.delayed", // Delivery of package is delayed
  delivery_attempted: "failed_attempt.attempted", // Delivery of package has been attempted
  delivery_rescheduled: "in_transit.delivery_rescheduled", // Delivery of package has been rescheduled
  delivery_scheduled: "in_transit.eta_updated", // Package is scheduled for delivery
  location_inaccessible: "failed_attempt.access_issue", // Delivery location cannot be accessed
  notice_left: "failed_attempt.notice_left", // Notice left
  out_for_delivery: "out_for_delivery.out_for_delivery", // Package is out for delivery
  package_accepted: "in_transit.accepted", // Accepted into the carrier network
  package_arrived: "in_transit.arrived_at_facility", // Arrived at an intermediate location
  package_damaged: "exception.damaged", // Package has been damaged
  package_departed: "in_transit.departed_facility", // Departed an intermediate location
  package_forwarded: "in_transit.rerouted", // Package has been forwarded
  package_held: "exception.held_by_carrier", // Package held
  package_processed: "in_transit.processed_at_facility", // Package has been processed
  package_processing: "in_transit.sorting", // Package is processing at a carrier location
  package_unclaimed: "returning.unclaimed", // Package was unclaimed
  package_undeliverable: "exception.undeliverable", // Package is undeliverable
  pickup_available: "available_for_pickup.at_pickup_point", // Available for pickup at carrier location
  reschedule_delivery: "exception.recipient_contact_needed", // Contact carrier to reschedule delivery
  rescheduled_by_customer: "failed_attempt.rescheduled_by_recipient", // Recipient moved the delivery
  return_to_sender: "returning.return_to_sender", // Package is being returned to sender
  package_returned: "returned.returned_to_sender", // Package returned to sender
  package_lost: "exception.lost", // Package has been lost
  package_disposed: "returned.disposed", // Package has been disposed
  delivered: "delivered.delivered", // Package has been delivered
  // "other" says nothing beyond the status.
});

/** Where the status changes what the substatus means. */
export const PAIRS = codeTable({
  "RETURNED/delivered": "returned.returned_to_sender",
  "RETURNED/package_damaged": "returning.damaged",
  "RETURNED/package_undeliverable": "returning.undeliverable",
  "DELIVERED/package_damaged": "delivered.damaged",
});

interface StatusRule {
  readonly allowed: ReadonlySet<Milestone>;
  readonly fallback: EventCode;
}

function rule(fallback: EventCode, ...allowed: Milestone[]): StatusRule {
  return { allowed: new Set(allowed), fallback };
}

// Shippo's TRANSIT covers everything between acceptance and delivery, exceptions included.
export const STATUSES: ReadonlyMap<string, StatusRule> = new Map([
  ["PRE_TRANSIT", rule("info_received.label_created", "info_received", "pending")],
  ["TRANSIT", rule("in_transit.in_transit", "in_transit", "out_for_delivery", "available_for_pickup", "failed_attempt", "exception")],
  ["DELIVERED", rule("delivered.delivered", "delivered")],
  ["RETURNED", rule("returning.return_to_sender", "returning", "returned")],
  ["FAILURE", rule("exception.generic", "exception", "failed_attempt", "expired")],
]);

export interface ShippoCode {
  code: EventCode | undefined;
  /** True when no table answered for the substatus and the status plus the words decided. */
  guessed: boolean;
}

export function shippoCode(status: string | null, substatus: string | null, text: string | null): ShippoCode {
  if (status !== null && substatus !== null) {
    const pair = PAIRS.get(`${status}/${substatus}`);
    if (pair) return { code: pair, guessed: false };
  }
  const exact = lookup(SUBSTATUSES, substatus);
  if (exact) return { code: exact, guessed: false };
  const byStatus = status === null ? undefined : STATUSES.get(status);
  if (!byStatus) return { code: undefined, guessed: true };
  // A status with no substatus (or "other") is a plain status report, not an unknown code.
  const known = substatus === null || substatus === "other";
  return { code: guessWithin(text, byStatus.allowed, byStatus.fallback), guessed: !known };
}
