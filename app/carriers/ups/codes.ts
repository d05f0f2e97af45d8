// UPS Track API status codes -> Porchlight event codes.
// An activity's status carries three codes: `code` (two-letter activity scan code, e.g. AR),
// `statusCode` (three-digit package status, UPS Tracking appendix) and `type` (M, P, I, X, D, RS).
// The most precise one we know decides; the type bounds the keyword guess when neither table has it.
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { codeTable, guessWithin, lookup } from "../code-table";

/** Two-letter activity scan codes seen in UPS Track API responses. */
export const ACTIVITY_CODES = codeTable({
  MP: "info_received.label_created", // Shipper created a label / Order Processed: Ready for UPS
  PU: "in_transit.picked_up", // Pickup Scan
  OR: "in_transit.accepted", // Origin Scan
  OC: "in_transit.accepted", // We have your package
  AR: "in_transit.arrived_at_facility", // Arrival Scan / Arrived at Facility
  DP: "in_transit.departed_facility", // Departure Scan / Departed from Facility
  YP: "in_transit.processed_at_facility", // Processing at UPS Facility
  DS: "in_transit.arrived_at_delivery_facility", // Destination Scan
  EP: "in_transit.export_cleared", // Export Scan
  IP: "in_transit.customs_processing", // Import Scan
  SR: "in_transit.customs_cleared", // Your package was released by the customs agency
  OF: "out_for_delivery.with_courier", // Loaded on Delivery Vehicle
  OT: "out_for_delivery.out_for_delivery", // Out For Delivery Today
  FS: "delivered.delivered",
  F4: "delivered.delivered",
  KB: "delivered.delivered",
});

/**
 * Three-digit package status codes (UPS Tracking appendix). The generic ones — 000 Status Not
 * Available, 005 In Transit, 010 In Transit: On Time, 013 Exception, 030 Local Post Office
 * Exception — are left out on purpose: the description says more than they do.
 */
export const STATUS_CODES = codeTable({
  "003": "info_received.label_created", // Order Processed: Ready for UPS
  "006": "out_for_delivery.out_for_delivery", // On Vehicle for Delivery
  "007": "exception.cancelled", // Shipment Information Voided
  "011": "delivered.delivered",
  "012": "in_transit.customs_processing", // Clearance in Progress
  "014": "in_transit.customs_cleared", // Clearance Completed
  "016": "exception.held_by_carrier", // Held in Warehouse
  "017": "available_for_pickup.at_carrier_facility", // Held for Customer Pickup
  "018": "exception.held_recipient_request", // Delivery Change Requested: Hold for Pickup
  "019": "in_transit.held_for_future_delivery",
  "020": "in_transit.held_for_future_delivery", // Held for Future Delivery Requested
  "021": "out_for_delivery.out_for_delivery", // On Vehicle for Delivery Today
  "022": "failed_attempt.attempted", // First Attempt Made
  "023": "failed_attempt.attempted", // Second Attempt Made
  "024": "failed_attempt.final_attempt",
  "025": "in_transit.handed_to_postal_operator", // Transferred to Local Post Office for Delivery
  "026": "delivered.delivered", // Delivered by Local Post Office
  "027": "in_transit.delivery_address_changed", // Delivery Address Change Requested
  "028": "in_transit.delivery_address_changed",
  "029": "exception.recipient_contact_needed", // Exception: Action Required
  "032": "in_transit.delay_weather", // Adverse Weather May Cause Delay
  "033": "returning.sender_request", // Return to Sender Requested
  "034": "returned.returned_to_sender",
  "035": "returning.return_to_sender",
  "036": "returning.return_to_sender", // Returning to Sender: In Transit
  "037": "returning.return_to_sender", // Returning to Sender: On Vehicle for Delivery
  "038": "in_transit.picked_up",
  "039": "in_transit.handed_to_postal_operator", // In Transit by Post Office
  "040": "available_for_pickup.at_pickup_point", // Delivered to UPS Access Point Awaiting Customer Pickup
  "044": "info_received.awaiting_dropoff", // In Transit to UPS
  "045": "info_received.awaiting_dropoff", // Order Processed: In Transit to UPS
  "046": "in_transit.delay_operational", // Delay
  "047": "in_transit.delay_operational",
  "048": "in_transit.delay_operational",
  "049": "exception.recipient_contact_needed", // Delay: Action Required
  "050": "exception.address_incomplete", // Address Information Required
  "051": "in_transit.delay_weather", // Delay: Emergency Situation or Severe Weather
  "052": "in_transit.delay_weather",
  "053": "in_transit.delay_weather", // Severe Weather, Recovery in Progress
  "055": "in_transit.delivery_rescheduled",
  "057": "in_transit.forwarded_to_pickup_point", // In Transit to a UPS Access Point
  "058": "exception.customs_documents_required", // Clearance Information Required
  "059": "exception.damaged", // Damage Reported
  "060": "failed_attempt.attempted",
  "061": "failed_attempt.signature_required", // Delivery Attempted: Adult Signature Required
  "062": "failed_attempt.payment_required", // Delivery Attempted: Funds Required
  "064": "exception.refused",
  "065": "info_received.pickup_missed", // Pickup Attempted
  "066": "failed_attempt.attempted", // Post Office Delivery Attempted
  "067": "returning.return_to_sender", // Returned to Sender by Post Office
  "068": "exception.lost", // Sent to Lost and Found
  "069": "returning.unclaimed", // Package Not Claimed
  "071": "in_transit.processed_at_facility", // Processing at UPS Facility
  "072": "out_for_delivery.with_courier", // Loaded on Delivery Vehicle
});

const TYPES = new Map<string, { allowed: ReadonlySet<Milestone>; fallback: EventCode }>([
  ["M", { allowed: new Set(["info_received"]), fallback: "info_received.label_created" }],
  ["P", { allowed: new Set(["in_transit"]), fallback: "in_transit.picked_up" }],
  ["I", { allowed: new Set(["in_transit", "out_for_delivery", "available_for_pickup"]), fallback: "in_transit.in_transit" }],
  [
    "X",
    {
      allowed: new Set(["exception", "failed_attempt", "in_transit", "available_for_pickup", "returning"]),
      fallback: "exception.generic",
    },
  ],
  ["D", { allowed: new Set(["delivered"]), fallback: "delivered.delivered" }],
  ["RS", { allowed: new Set(["returning", "returned"]), fallback: "returning.return_to_sender" }],
]);

/** The exact table answer for a scan, or undefined when neither code is known. */
export function upsExactCode(activityCode: string | null, statusCode: string | null): EventCode | undefined {
  return lookup(ACTIVITY_CODES, activityCode) ?? lookup(STATUS_CODES, statusCode);
}

/** For codes the tables lack: the status type bounds a guess from the description. */
export function upsTypeGuess(type: string | null, description: string | null): EventCode | undefined {
  const t = type !== null ? TYPES.get(type) : undefined;
  return t ? guessWithin(description, t.allowed, t.fallback) : undefined;
}
