// GLS Track And Trace v1 codes -> Porchlight codes.
// Event codes are "<FAMILY>.<DETAIL>" (e.g. "INTIAL.PREADVICE", "DELIVD.PARCELSHOP"; GLS spells
// the families that way). Exact codes are looked up first, then the family, whose meaning holds
// for every detail (any DELIVD.* is a delivery, any NOTDEL.* a failed delivery).
import type { EventCode } from "../../tracking/taxonomy";

export const GLS_EVENTS: ReadonlyMap<string, EventCode> = new Map<string, EventCode>([
  // "The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS."
  ["INTIAL.PREADVICE", "info_received.label_created"],
  // "The parcel was provided by the sender for collection by GLS."
  ["INTIAL.E48_DATA", "info_received.awaiting_pickup"],
  // "The parcel was handed over to GLS."
  ["INTIAL.NORMAL", "in_transit.accepted"],
  // "The parcel has reached the parcel center."
  ["INBOUD.NORMAL", "in_transit.arrived_at_facility"],
  // "The parcel has left the parcel center."
  ["OUTBOD.NORMAL", "in_transit.departed_facility"],
  // "The parcel is expected to be delivered during the day."
  ["OUTDEL.NORMAL", "out_for_delivery.out_for_delivery"],
  // "The parcel has been delivered."
  ["DELIVD.NORMAL", "delivered.delivered"],
  // "The parcel has been delivered at the ParcelShop (see ParcelShop information)." — the
  // shopper's parcel now waits there, so for them it is ready for pickup, not delivered.
  ["DELIVD.PARCELSHOP", "available_for_pickup.at_pickup_point"],
  // Handed out to the consignee at the ParcelShop (ParcelShop app).
  ["DELIVD.DEL_BY_PSAPP", "delivered.picked_up"],
  // "The parcel data have been deleted from the GLS IT system."
  ["CANCEL.NORMAL", "exception.cancelled"],
  // "Change completed for - Delivery at new address"
  ["CHANGD.MONEWADDR", "in_transit.delivery_address_changed"],
  // "Change completed for - ParcelLocker"
  ["CHANGD.PARCELBOX", "in_transit.forwarded_to_pickup_point"],
]);

export const GLS_FAMILIES: ReadonlyMap<string, EventCode> = new Map<string, EventCode>([
  ["INBOUD", "in_transit.arrived_at_facility"],
  ["OUTBOD", "in_transit.departed_facility"],
  ["OUTDEL", "out_for_delivery.out_for_delivery"],
  ["DELIVD", "delivered.delivered"],
  ["NOTDEL", "failed_attempt.attempted"],
  ["CANCEL", "exception.cancelled"],
]);

/**
 * Parcel-level `status` (ParcelDTO.status). Used only for a parcel returned without events
 * (showEvents=false). FINAL ("Parcel history closed") says nothing about where the parcel is.
 */
export const GLS_STATUSES: ReadonlyMap<string, EventCode | null> = new Map<string, EventCode | null>([
  ["PLANNEDPICKUP", "info_received.pickup_scheduled"],
  ["INPICKUP", "info_received.awaiting_pickup"],
  ["NOTPICKEDUP", "info_received.pickup_missed"],
  ["PREADVICE", "info_received.label_created"],
  ["INTRANSIT", "in_transit.in_transit"],
  ["INWAREHOUSE", "in_transit.arrived_at_facility"],
  ["INDELIVERY", "out_for_delivery.out_for_delivery"],
  ["DELIVEREDPS", "available_for_pickup.at_pickup_point"],
  ["DELIVERED", "delivered.delivered"],
  ["NOTDELIVERED", "failed_attempt.attempted"],
  ["CANCELED", "exception.cancelled"],
  ["FINAL", null],
]);

/** A GLS event code -> Porchlight code, or undefined when neither the code nor its family is known. */
export function glsEventCode(code: string): EventCode | undefined {
  const exact = GLS_EVENTS.get(code);
  if (exact !== undefined) return exact;
  const dot = code.indexOf(".");
  return dot > 0 ? GLS_FAMILIES.get(code.slice(0, dot)) : undefined;
}
