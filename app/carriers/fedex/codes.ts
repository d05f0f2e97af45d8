// FedEx Track API scan event types and exception codes -> Porchlight event codes.
// eventType is FedEx's tracking status code (Track API reference, "Tracking status codes");
// exceptionCode/exceptionDescription say why an exception-type scan happened.
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { codeTable, firstMatch, guessWithin, lookup } from "../code-table";

export const EVENT_TYPES = codeTable({
  OC: "info_received.label_created", // Order Created / Shipment information sent to FedEx
  EP: "info_received.pickup_scheduled", // Enroute to Pickup
  DS: "info_received.pickup_scheduled", // Vehicle Dispatched
  AP: "info_received.awaiting_pickup", // At Pickup
  PD: "info_received.pickup_missed", // Pickup Delay
  DR: "info_received.pickup_missed", // Vehicle furnished but not used
  PU: "in_transit.picked_up",
  PX: "in_transit.picked_up", // Picked up (see Details)
  OF: "in_transit.arrived_at_facility", // At FedEx origin facility
  AR: "in_transit.arrived_at_facility", // Arrived at FedEx location
  AF: "in_transit.arrived_at_delivery_facility", // At local FedEx facility
  FD: "in_transit.arrived_at_destination_facility", // At FedEx Destination
  SF: "in_transit.sorting", // At Sort Facility
  DP: "in_transit.departed_facility", // Departed
  LO: "in_transit.departed_facility", // Left Origin
  IT: "in_transit.in_transit",
  IX: "in_transit.in_transit", // In transit (see Details)
  IP: "in_transit.in_transit",
  PM: "in_transit.in_transit", // In Progress
  EA: "in_transit.in_transit", // Enroute to Airport / Export Approved
  EO: "in_transit.in_transit", // Enroute to Origin Airport
  AA: "in_transit.at_airport",
  PF: "in_transit.flight_departed", // Plane in Flight
  PL: "in_transit.flight_arrived", // Plane Landed
  AC: "in_transit.handed_to_postal_operator", // At Canada Post facility
  AX: "in_transit.handed_to_postal_operator", // At USPS facility
  OX: "in_transit.handed_to_postal_operator", // Shipment information sent to USPS
  TR: "in_transit.handed_to_partner", // Transfer
  CH: "in_transit.rerouted", // Location Changed
  SP: "in_transit.split_shipment", // Split Status
  AO: "in_transit.eta_updated", // Shipment arriving On-time
  AE: "in_transit.eta_updated", // Shipment arriving early
  RR: "in_transit.delivery_appointment_set", // CDO requested
  RM: "in_transit.delivery_appointment_set", // CDO Modified
  RC: "in_transit.in_transit", // CDO Cancelled
  HA: "in_transit.forwarded_to_pickup_point", // Hold at location request accepted
  CP: "in_transit.customs_processing", // Clearance in Progress
  CC: "in_transit.customs_cleared", // Cleared Customs
  CD: "exception.customs_hold", // Clearance Delay
  DY: "in_transit.delay_operational", // Delay
  DD: "in_transit.delay_operational", // Delivery Delay
  ED: "out_for_delivery.out_for_delivery", // Enroute to Delivery
  OD: "out_for_delivery.out_for_delivery", // Out for Delivery / On FedEx vehicle for delivery
  AD: "out_for_delivery.driver_nearby", // At Delivery
  HL: "available_for_pickup.at_carrier_facility", // Hold at Location
  HP: "available_for_pickup.at_carrier_facility", // Ready for recipient pickup
  DL: "delivered.delivered",
  DE: "failed_attempt.attempted", // Delivery Exception: delivery not completed (the exception says why)
  SE: "exception.generic", // Shipment Exception
  CA: "exception.cancelled", // Shipment Cancelled
  RS: "returning.return_to_sender", // Return to Shipper
  RP: "returning.return_label_created", // Return label link emailed to return sender
  LP: "returning.return_label_created", // Return label link cancelled by shipment originator
  RG: "returning.return_label_created", // Return label link expiring soon
  RD: "returning.return_label_created", // Return label link expired
});

/** Exception codes seen on FedEx scans, with the wording FedEx sends alongside. */
export const EXCEPTION_CODES = codeTable({
  "03": "exception.address_incorrect", // Incorrect address
  "07": "exception.refused", // Refused by recipient
  "08": "failed_attempt.recipient_unavailable", // Customer not available or business closed
  "15": "failed_attempt.recipient_unavailable", // Customer not available or business closed
  "17": "in_transit.held_for_future_delivery", // Customer requested future delivery
  A3: "in_transit.dropped_off", // Tendered at FedEx Facility
  A25: "in_transit.customs_processing", // Package available for clearance
  A47: "in_transit.forwarded_to_pickup_point", // FedEx redirected your package to a nearby FedEx location
  A52: "in_transit.delay_operational", // Package delayed
});

/** FedEx's delivery-exception wordings the generic keywords would misread. */
const EXCEPTION_WORDING: ReadonlyArray<readonly [RegExp, EventCode]> = [
  [/no access|access (to|restricted|denied)|gate|locked/i, "failed_attempt.access_issue"],
  [/customer not available|recipient not (available|in|home)|business closed|no one (was )?(home|available)/i, "failed_attempt.recipient_unavailable"],
  [/signature (required|not obtained)|no (adult|one) to sign/i, "failed_attempt.signature_required"],
  [/recipient moved|moved, left no address/i, "exception.recipient_moved"],
  [/future delivery requested|requested (a )?future delivery/i, "in_transit.held_for_future_delivery"],
  [/redirected|rerouted/i, "in_transit.rerouted"],
];

/** Scan types whose own meaning is definite: an exception code on them is only a note. */
const DEFINITE = new Set(["OC", "PU", "PX", "OD", "DL", "RS", "CA"]);

/** Exception-type scans: what their exception wording may turn into, and the default. */
const EXCEPTION_SCANS = new Map<string, { allowed: ReadonlySet<Milestone>; fallback: EventCode }>([
  ["DE", { allowed: new Set(["exception", "failed_attempt", "available_for_pickup", "returning"]), fallback: "failed_attempt.attempted" }],
  ["SE", { allowed: new Set(["exception", "failed_attempt", "in_transit", "returning"]), fallback: "exception.generic" }],
  ["DY", { allowed: new Set(["in_transit", "exception"]), fallback: "in_transit.delay_operational" }],
  ["DD", { allowed: new Set(["in_transit", "exception", "failed_attempt"]), fallback: "in_transit.delay_operational" }],
  ["CD", { allowed: new Set(["exception", "in_transit"]), fallback: "exception.customs_hold" }],
]);

export interface FedexScanCodes {
  eventType: string | null;
  exceptionCode: string | null;
  exceptionDescription: string | null;
}

/** Exact answer: a known exception code refines the scan type unless the type is definite. */
export function fedexExactCode(scan: FedexScanCodes): EventCode | undefined {
  if (scan.eventType === null || !DEFINITE.has(scan.eventType)) {
    const byException = lookup(EXCEPTION_CODES, scan.exceptionCode);
    if (byException !== undefined) return byException;
    const bounds = scan.eventType !== null ? EXCEPTION_SCANS.get(scan.eventType) : undefined;
    if (bounds && scan.exceptionDescription) {
      return (
        firstMatch(scan.exceptionDescription, EXCEPTION_WORDING) ??
        guessWithin(scan.exceptionDescription, bounds.allowed, bounds.fallback)
      );
    }
  }
  return lookup(EVENT_TYPES, scan.eventType);
}
