// DPD codes -> Porchlight codes.
// `statusInfo.status` of the ParcelLifeCycle service holds either a step of DPD's parcel
// timeline (ACCEPTED ... DELIVERED) or, in DPD Belgium/Netherlands answers, a status name
// (PickedUp, BetweenDepots, Depot, Courier, DeliveryFailure, ParcelShop, ...). DPD's scan
// codes (status data "SCAN_CODE", also sent as scan type names like "SC_13_DELIVERED") are
// the physical or system scans behind those statuses.
import type { EventCode } from "../../tracking/taxonomy";

export const DPD_STATUSES: ReadonlyMap<string, EventCode> = new Map<string, EventCode>([
  // Parcel timeline steps
  ["ACCEPTED", "in_transit.accepted"], // Parcel handed to DPD
  ["AT_SENDING_DEPOT", "in_transit.arrived_at_facility"],
  ["ON_THE_ROAD", "in_transit.linehaul"],
  ["AT_DELIVERY_DEPOT", "in_transit.arrived_at_delivery_facility"],
  ["OUT_FOR_DELIVERY", "out_for_delivery.out_for_delivery"],
  ["DELIVERED", "delivered.delivered"],
  // Status names (DPD Benelux)
  ["PickedUp", "in_transit.picked_up"], // "DPD has received your parcel."
  ["BetweenDepots", "in_transit.linehaul"], // "The parcel is at the parcel dispatch centre."
  ["Depot", "in_transit.arrived_at_delivery_facility"], // "At parcel delivery centre."
  ["Courier", "out_for_delivery.out_for_delivery"], // "...on its way to the consignee."
  ["DeliveryFailure", "failed_attempt.attempted"], // "...we have not been able to deliver your parcel."
  ["ParcelShop", "available_for_pickup.at_pickup_point"], // "Delivered by driver to Pickup parcelshop"
  // "After an unsuccessful delivery attempt the parcel is back at the recipient depot." The
  // failure itself is its own DeliveryFailure status; this one says the parcel waits for the
  // next attempt.
  ["ReturningFromDelivery", "in_transit.held_for_future_delivery"],
  ["Delivered", "delivered.delivered"],
]);

export const DPD_SCAN_CODES: ReadonlyMap<string, EventCode> = new Map<string, EventCode>([
  ["01", "in_transit.sorting"], // Consolidation: sorted at a depot between sending and destination depot
  ["02", "in_transit.arrived_at_delivery_facility"], // Inbound: first scan at the destination depot
  ["03", "out_for_delivery.out_for_delivery"], // Out for delivery: driver left the destination depot
  ["04", "in_transit.held_for_future_delivery"], // Driver's return: not delivered, back at the depot
  ["05", "in_transit.accepted"], // Pick-up: first scan at the sending depot
  ["06", "returning.undeliverable"], // System return: returned because of an exception (e.g. invalid address)
  ["08", "in_transit.held_for_future_delivery"], // Warehouse: stored, delivery scheduled next day
  ["09", "in_transit.arrived_at_delivery_facility"], // Inbound exception: inbound at destination after an exception
  ["10", "in_transit.sorting"], // HUB scan: sorted and consolidated at a hub
  ["12", "in_transit.customs_processing"], // Customs clearance process
  ["13", "delivered.delivered"], // Delivered (to the consignee or collected from a DPD Parcel Shop)
  ["14", "failed_attempt.attempted"], // Delivery attempt not successful
  ["15", "in_transit.picked_up"], // Driver's pick-up: collected from the shipper
]);

const SCAN = /^(?:SC_)?(\d{1,2})(?:_|$)/;

/** "13" | "SC_13_DELIVERED" -> "13"; null when the value is not a scan code. */
export function scanCodeOf(value: string): string | null {
  const m = SCAN.exec(value);
  return m ? m[1].padStart(2, "0") : null;
}

/** A DPD status (timeline step, status name or scan code) -> Porchlight code, if known. */
export function dpdCode(status: string): EventCode | undefined {
  const named = DPD_STATUSES.get(status);
  if (named !== undefined) return named;
  const scan = scanCodeOf(status);
  return scan === null ? undefined : DPD_SCAN_CODES.get(scan);
}
