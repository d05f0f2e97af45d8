// DHL eCommerce Americas tracking (tracking/v4/package) events -> Porchlight event codes. Each
// event carries a numeric primaryEventId and DHL's fixed upper-case primaryEventDescription;
// ids are matched first, then the published description wording.
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable, lookup } from "../code-table";

const BY_ID = {
  "598": "out_for_delivery.out_for_delivery", // OUT FOR DELIVERY
  "600": "delivered.delivered", // DELIVERED
} as const satisfies Record<string, EventCode>;

const BY_DESCRIPTION = {
  "LABEL CREATED": "info_received.label_created",
  "EN ROUTE TO DHL ECOMMERCE": "info_received.awaiting_dropoff",
  "EN ROUTE TO DHL ECOMMERCE OR AWAITING PROCESSING": "info_received.awaiting_dropoff",
  "PACKAGE RECEIVED AT DHL ECOMMERCE DISTRIBUTION CENTER": "in_transit.accepted",
  "ARRIVAL AT DHL ECOMMERCE DISTRIBUTION CENTER": "in_transit.arrived_at_facility",
  "ARRIVAL DHL ECOMMERCE FACILITY": "in_transit.arrived_at_facility",
  PROCESSED: "in_transit.processed_at_facility",
  "DEPARTURE ORIGIN DHL ECOMMERCE FACILITY": "in_transit.departed_facility",
  "ARRIVAL DESTINATION DHL ECOMMERCE FACILITY": "in_transit.arrived_at_destination_facility",
  "EN ROUTE": "in_transit.in_transit",
  "TENDERED TO DELIVERY SERVICE PROVIDER": "in_transit.handed_to_postal_operator",
  "ARRIVED USPS SORT FACILITY": "in_transit.arrived_at_facility",
  "PROCESSED THROUGH USPS SORT FACILITY": "in_transit.processed_at_facility",
  "PROCESSED THROUGH SORT FACILITY": "in_transit.processed_at_facility",
  "ARRIVAL AT POST OFFICE": "in_transit.arrived_at_delivery_facility",
  "OUT FOR DELIVERY": "out_for_delivery.out_for_delivery",
  "OUT FOR SECOND DELIVERY ATTEMPT": "out_for_delivery.redelivery",
  DELIVERED: "delivered.delivered",
  "SECOND DELIVERY ATTEMPT SUCCESSFUL": "delivered.delivered",
  "NOTICE LEFT": "failed_attempt.notice_left",
  "NOTICE LEFT (NO SECURE LOCATION AVAILABLE)": "failed_attempt.no_safe_place",
  "ARRIVAL AT PICK-UP-POINT": "available_for_pickup.at_pickup_point",
  "VISIBLE DAMAGE": "exception.damaged",
  "RETURN TO SENDER": "returning.return_to_sender",
} as const satisfies Record<string, EventCode>;

const IDS = codeTable(BY_ID);
const DESCRIPTIONS = codeTable(BY_DESCRIPTION);

/** The taxonomy code for a DHL eCommerce event; undefined when neither id nor wording is known. */
export function dhlEcommerceCode(id: string | null, description: string | null): EventCode | undefined {
  return lookup(IDS, id) ?? lookup(DESCRIPTIONS, description && description.toUpperCase());
}
