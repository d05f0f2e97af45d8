// EasyPost Tracker statuses and status_details -> Porchlight event codes.
// Every TrackingDetail carries both: `status` is the coarse state (unknown, pre_transit,
// in_transit, out_for_delivery, delivered, available_for_pickup, return_to_sender, failure,
// cancelled, error), `status_detail` says what happened (EasyPost's 28 documented values).
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable, lookup } from "../code-table";

export const STATUSES = codeTable({
  pre_transit: "info_received.label_created",
  in_transit: "in_transit.in_transit",
  out_for_delivery: "out_for_delivery.out_for_delivery",
  delivered: "delivered.delivered",
  available_for_pickup: "available_for_pickup.at_pickup_point",
  return_to_sender: "returning.return_to_sender",
  failure: "exception.generic",
  cancelled: "exception.cancelled",
  // "unknown" and "error" say nothing about the parcel: the carrier's words decide.
});

export const STATUS_DETAILS = codeTable({
  address_correction: "in_transit.address_corrected",
  arrived_at_destination: "in_transit.arrived_at_destination_facility",
  arrived_at_facility: "in_transit.arrived_at_facility",
  arrived_at_pickup_location: "available_for_pickup.at_pickup_point",
  awaiting_information: "exception.recipient_contact_needed",
  cancelled: "exception.cancelled",
  damaged: "exception.damaged",
  delayed: "exception.delayed",
  delivery_exception: "failed_attempt.attempted",
  departed_facility: "in_transit.departed_facility",
  departed_origin_facility: "in_transit.departed_facility",
  expired: "expired.tracking_expired",
  failure: "exception.generic",
  held: "exception.held_by_carrier",
  in_transit: "in_transit.in_transit",
  label_created: "info_received.label_created",
  lost: "exception.lost",
  missorted: "in_transit.missorted",
  out_for_delivery: "out_for_delivery.out_for_delivery",
  received_at_destination_facility: "in_transit.arrived_at_delivery_facility",
  received_at_origin_facility: "in_transit.accepted",
  refused: "exception.refused",
  return: "returning.return_to_sender",
  transferred_to_destination_carrier: "in_transit.handed_to_partner",
  transit_exception: "exception.generic",
  weather_delay: "in_transit.delay_weather",
  // "status_update" and "unknown" add nothing to the status.
});

/** Where the pair says more than either half alone. */
export const PAIRS = codeTable({
  "pre_transit/awaiting_information": "info_received.label_created",
  "delivered/damaged": "delivered.damaged",
  "delivered/return": "returned.returned_to_sender",
  "delivered/arrived_at_pickup_location": "delivered.picked_up",
  "return_to_sender/damaged": "returning.damaged",
  "return_to_sender/refused": "returning.refused",
  "available_for_pickup/held": "available_for_pickup.at_carrier_facility",
  "failure/refused": "failed_attempt.refused_at_door",
});

// A parcel reported delivered, returning, cancelled or waiting for pickup is that, whatever
// progress detail came along ("delivered" with "arrived_at_destination" is a delivery).
const DOMINANT = new Set(["delivered", "return_to_sender", "cancelled", "available_for_pickup"]);

/** The event code for a status/status_detail pair; undefined when neither says anything. */
export function easyPostCode(status: string | null, detail: string | null): EventCode | undefined {
  if (status !== null && detail !== null) {
    const pair = PAIRS.get(`${status}/${detail}`);
    if (pair) return pair;
  }
  if (status !== null && DOMINANT.has(status)) return lookup(STATUSES, status);
  return lookup(STATUS_DETAILS, detail) ?? lookup(STATUSES, status);
}
