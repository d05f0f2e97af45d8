// DHL Express checkpoint codes (XML Services ServiceEvent/EventCode; the MyDHL API sends the
// same codes as events[].typeCode) -> Porchlight event codes. Names as DHL publishes them.
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable } from "../code-table";

const TABLE = {
  AD: "in_transit.delivery_appointment_set", // Agreed delivery
  AF: "in_transit.arrived_at_facility", // Arrived facility
  AR: "in_transit.arrived_at_delivery_facility", // Arrival in delivery facility
  BA: "exception.address_incorrect", // Bad address
  BL: "in_transit.customs_processing", // Bond location
  BN: "in_transit.customs_processing", // Customer broker notified
  BR: "in_transit.customs_cleared", // Broker release
  CA: "failed_attempt.business_closed", // Closed on arrival
  CC: "available_for_pickup.at_carrier_facility", // Awaiting consignee collection
  CD: "exception.customs_documents_required", // Controllable clearance delay
  CI: "in_transit.arrived_at_facility", // Facility check-in
  CM: "exception.recipient_moved", // Customer moved
  CR: "in_transit.customs_cleared", // Clearance release
  CS: "exception.generic", // Closed shipment
  CU: "in_transit.flight_departed", // Confirm uplift
  DD: "delivered.damaged", // Delivered damaged
  DF: "in_transit.departed_facility", // Depart facility
  DI: "in_transit.customs_processing", // Duty invoice
  DM: "exception.damaged", // Damaged
  DP: "exception.held_for_inspection", // Denied parties
  DS: "exception.destroyed", // Destroyed / disposal
  ES: "in_transit.customs_processing", // Entry submitted
  FD: "in_transit.handed_to_partner", // Forward destination (delivery expected)
  HI: "exception.held_by_carrier", // Lodged into held inventory control
  HN: "in_transit.handed_to_partner", // Handover
  HO: "in_transit.in_transit", // Lodged out of held inventory control
  HP: "exception.customs_duties_due", // Held for payment
  IC: "in_transit.customs_processing", // In clearance processing
  IR: "in_transit.missorted", // Incorrect route
  LV: "in_transit.linehaul", // Load vehicle
  MC: "in_transit.missorted", // Miscode
  MD: "in_transit.delay_operational", // Missed delivery cycle
  MS: "in_transit.missorted", // Mis-sort
  NA: "in_transit.delay_operational", // Not arrived
  ND: "failed_attempt.attempted", // Not delivered
  NH: "failed_attempt.recipient_unavailable", // Not home
  OH: "exception.held_by_carrier", // On hold
  OK: "delivered.delivered", // Delivery
  PD: "delivered.partial", // Partial delivery
  PL: "in_transit.processed_at_facility", // Processed at location
  PO: "in_transit.departed_facility", // Departing origin
  PU: "in_transit.picked_up", // Shipment pick up
  PY: "in_transit.customs_duties_paid", // Payment
  RD: "exception.refused", // Refused delivery
  RR: "in_transit.customs_processing", // Response received
  RT: "returning.return_to_sender", // Returned to consignor
  RW: "in_transit.processed_at_facility", // Weigh & dimension
  SA: "in_transit.accepted", // Shipment acceptance
  SC: "info_received.shipment_data_updated", // Service changed
  SD: "info_received.label_created", // Shipment information received
  SI: "in_transit.security_screening", // Shipment inspection
  SM: "in_transit.in_transit", // Scheduled movement
  SS: "exception.held_by_carrier", // Shipment stopped
  ST: "exception.intercepted", // Shipment intercept
  TD: "in_transit.delay_operational", // Transport delay
  TI: "exception.missing_scans", // Trace initiated
  TP: "in_transit.handed_to_partner", // Forwarded to 3rd party, no delivery scans
  TR: "in_transit.in_transit", // Record of transfer
  UD: "exception.customs_hold", // Uncontrollable clearance delay
  UV: "in_transit.arrived_at_facility", // Unload vehicle
  WC: "out_for_delivery.out_for_delivery", // With delivering courier
} as const satisfies Record<string, EventCode>;

const CODES = codeTable(TABLE);

/** The taxonomy code for a DHL Express checkpoint code; undefined when the table lacks it. */
export function dhlExpressCode(raw: string): EventCode | undefined {
  return CODES.get(raw.toUpperCase());
}
