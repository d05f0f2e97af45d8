// USPS Tracking API v3 event codes -> Porchlight event codes.
// eventCode follows USPS Pub 199 Appendix G-4 (domestic tracking scan events); codes seen in
// v3 responses that the appendix lists under other names (A1, T1, TL, GX ...) are included.
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable, firstMatch, lookup } from "../code-table";

export const EVENT_CODES = codeTable({
  // pre-shipment
  GX: "info_received.label_created", // Shipping Label Created, USPS Awaiting Item
  "89": "info_received.label_created", // Merchant Order Receipt Notification, USPS Awaiting Item
  MA: "info_received.manifest_received", // Pre-Shipment Info Sent to USPS (Manifest Acknowledgement)
  TM: "info_received.manifest_received", // Shipment Received, Package Acceptance Pending
  GC: "info_received.shipment_data_updated", // Return Receipt Associated
  // acceptance
  "03": "in_transit.accepted", // Accept or Pickup / USPS in possession of item
  OA: "in_transit.accepted", // Origin Acceptance
  PA: "in_transit.accepted", // Passive Acceptance
  UA: "in_transit.accepted", // Accepted at USPS Facility
  AD: "in_transit.accepted", // Acceptance at Destination
  "83": "in_transit.handed_to_postal_operator", // Tendered to Postal Service
  "80": "in_transit.picked_up", // Picked Up by Shipping Partner
  // moving through the network
  "10": "in_transit.processed_at_facility", // Processed / Arrived at USPS Regional Origin Facility
  PC: "in_transit.sorting", // Sorting / Processing Complete
  A1: "in_transit.arrived_at_facility", // Arrived at USPS Regional Facility
  "19": "in_transit.arrived_at_facility", // DC eVS Arrive
  "41": "in_transit.arrived_at_facility", // Received at Opening Unit
  "81": "in_transit.arrived_at_facility", // Arrived Shipping Partner Facility
  T1: "in_transit.departed_facility", // Departed USPS Regional Facility
  EF: "in_transit.departed_facility", // Departed Sort Facility
  SF: "in_transit.departed_facility", // Departed Post Office
  "82": "in_transit.departed_facility", // Departed Shipping Partner Facility
  TL: "in_transit.in_transit", // In Transit to Next Facility
  "42": "in_transit.handed_to_partner", // USPS Handoff to Shipping Partner
  "07": "in_transit.arrived_at_delivery_facility", // Arrival at Unit / Arrived at Post Office
  "06": "in_transit.rerouted", // Forwarded
  "08": "in_transit.missorted", // Missent
  "15": "in_transit.missorted", // Mis-shipped
  "71": "in_transit.delivery_rescheduled", // Rescheduled to Next Delivery Day
  // delivery
  OF: "out_for_delivery.out_for_delivery",
  "01": "delivered.delivered",
  "17": "delivered.to_agent", // Picked Up By Agent
  "43": "delivered.picked_up", // Picked Up (at the Post Office)
  "14": "available_for_pickup.at_post_office", // Arrival at Pickup Point
  "16": "available_for_pickup.at_post_office", // Available for Pickup
  // attempts
  "02": "failed_attempt.notice_left", // Attempted / Notice Left
  "52": "failed_attempt.notice_left", // Notice Left
  "53": "failed_attempt.access_issue", // Receptacle Blocked
  "54": "failed_attempt.no_safe_place", // Receptacle Full / Item Oversized
  "55": "failed_attempt.no_safe_place", // No Secure Location Available
  "56": "failed_attempt.recipient_unavailable", // No Authorized Recipient Available
  "51": "failed_attempt.business_closed",
  "30": "failed_attempt.access_issue", // Delivery Attempted - No Access to Delivery Location
  // exceptions
  "04": "exception.refused",
  "05": "exception.undeliverable", // Undeliverable as Addressed
  "11": "exception.undeliverable", // Dead Letter
  DX: "exception.missing_scans", // Delivery Status Not Updated
  // return to sender (Pub 199 RTS reason codes)
  "09": "returning.return_to_sender",
  "21": "returning.undeliverable", // No Such Number
  "22": "returning.undeliverable", // Insufficient Address
  "23": "returning.undeliverable", // Moved, Left No Address
  "24": "returning.undeliverable", // Forward Expired
  "25": "returning.undeliverable", // Addressee Unknown
  "26": "returning.undeliverable", // Vacant
  "27": "returning.unclaimed", // Unclaimed
  "28": "returning.undeliverable", // Deceased
  "29": "returning.return_to_sender", // Other
  "31": "returning.unclaimed", // Not Picked Up
  "44": "returning.sender_request", // Customer Recall
});

/** "Delivered, <where>" — USPS names the drop place in the event text of code 01. */
const DELIVERED_WHERE: ReadonlyArray<readonly [RegExp, EventCode]> = [
  [/to original sender|returned to sender/i, "returned.returned_to_sender"],
  [/parcel locker/i, "delivered.parcel_locker"],
  [/mailbox|po box|p\.o\. box/i, "delivered.mailbox"],
  [/front door|porch|garage|other location at address/i, "delivered.safe_place"],
  [/front desk|reception|mail ?room/i, "delivered.reception"],
  [/left with individual/i, "delivered.to_recipient"],
  [/neighbor/i, "delivered.neighbour"],
  [/agent/i, "delivered.to_agent"],
  [/picked up at (the )?post office/i, "delivered.picked_up"],
];

export function uspsExactCode(eventCode: string | null, eventType: string | null): EventCode | undefined {
  const code = lookup(EVENT_CODES, eventCode);
  if (code === "delivered.delivered") return firstMatch(eventType, DELIVERED_WHERE) ?? code;
  return code;
}
