// DHL Parcel Germany (Paket) tracking XML events -> Porchlight event codes. Each piece-event has
// a standard-event-code (two letters, the German event group) and an ICE event code with a RIC
// reason code. The standard code decides; the ICE code covers events without a known one; a
// damage reason overrides both.
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable, lookup } from "../code-table";

const STANDARD = {
  VA: "info_received.label_created", // Vorankündigung: order data transmitted electronically by the sender
  ES: "in_transit.dropped_off", // Einlieferung: posted by the sender (retail outlet, Packstation)
  AE: "in_transit.picked_up", // Abholung erfolgreich: pick-up successful
  AA: "in_transit.processed_at_facility", // Abgang: processed in the parcel center of origin
  EE: "in_transit.arrived_at_destination_facility", // Eingang: processed in the destination parcel center
  PO: "out_for_delivery.out_for_delivery", // In Zustellung: loaded onto the delivery vehicle
  PL: "out_for_delivery.out_for_delivery", // Loaded onto the delivery vehicle
  ZU: "delivered.delivered", // Zustellung erfolgreich: delivered
} as const satisfies Record<string, EventCode>;

const ICE = {
  PARCV: "info_received.label_created", // Parcel data received
  SHRCU: "in_transit.dropped_off", // Shipment received from customer
  PCKDU: "in_transit.picked_up", // Picked up
  ARRVD: "in_transit.arrived_at_facility", // Arrived
  ULFMV: "in_transit.arrived_at_facility", // Unloaded from transportation
  LDTMV: "in_transit.departed_facility", // Loaded to transportation
  SRTED: "in_transit.sorting", // Sorted
  HLDCC: "exception.customs_hold", // Held at customs
  DLVRD: "delivered.delivered", // Delivered
  DLVRF: "failed_attempt.attempted", // Delivery failed
  NTDEL: "failed_attempt.attempted", // Not delivered
  RETRN: "returning.return_to_sender", // Returned
} as const satisfies Record<string, EventCode>;

const STANDARD_CODES = codeTable(STANDARD);
const ICE_CODES = codeTable(ICE);
const DAMAGED = "DMGED"; // RIC reason: the shipment is damaged

/** The taxonomy code for a DHL Paket event; undefined when none of its codes is known. */
export function dhlParcelDeCode(standard: string | null, ice: string | null, ric: string | null): EventCode | undefined {
  const code = lookup(STANDARD_CODES, standard) ?? lookup(ICE_CODES, ice);
  if (ric !== DAMAGED) return code;
  return code?.startsWith("delivered.") ? "delivered.damaged" : "exception.damaged";
}
