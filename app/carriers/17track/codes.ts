// 17TRACK API v2.2 statuses -> Porchlight event codes.
// Each event carries `sub_status` ("<MainStatus>_<Detail>", or "InfoReceived" alone) and/or a
// `stage` (the milestone key stages: InfoReceived, PickedUp, Departure, Arrival,
// AvailableForPickup, OutForDelivery, Delivered, Returning, Returned). The sub-status meanings
// quoted beside each are 17TRACK's.
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { codeTable, guessWithin, lookup } from "../code-table";

export const SUB_STATUSES = codeTable({
  NotFound_Other: "pending.not_found", // the carrier returned no information
  NotFound_InvalidCode: "pending.invalid_number", // the tracking number is invalid
  InfoReceived: "info_received.label_created",
  InTransit_PickedUp: "in_transit.picked_up", // collected from the sender
  InTransit_Other: "in_transit.in_transit",
  InTransit_Departure: "in_transit.departed_origin_country", // left the origin country's port
  InTransit_Arrival: "in_transit.arrived_in_destination_country", // reached the destination country's port
  InTransit_CustomsProcessing: "in_transit.customs_processing",
  InTransit_CustomsReleased: "in_transit.customs_cleared",
  InTransit_CustomsRequiringInformation: "exception.customs_documents_required", // clearance needs information
  Expired_Other: "expired.no_updates", // in transit far too long without news
  AvailableForPickup_Other: "available_for_pickup.at_pickup_point",
  OutForDelivery_Other: "out_for_delivery.out_for_delivery",
  DeliveryFailure_Other: "failed_attempt.attempted",
  DeliveryFailure_NoBody: "failed_attempt.recipient_unavailable", // recipient could not be reached
  DeliveryFailure_Security: "failed_attempt.payment_required", // security, clearance or fee issue at the door
  DeliveryFailure_Rejected: "failed_attempt.refused_at_door", // recipient refused the parcel
  DeliveryFailure_InvalidAddress: "failed_attempt.address_issue", // incorrect recipient address
  Delivered_Other: "delivered.delivered",
  Exception_Other: "exception.generic",
  Exception_Returning: "returning.return_to_sender", // on its way back to the sender
  Exception_Returned: "returned.returned_to_sender", // the sender received the return
  Exception_NoBody: "exception.recipient_unknown", // recipient details wrong, found before delivery
  Exception_Security: "exception.held_for_inspection", // security, clearance or fee issue before delivery
  Exception_Damage: "exception.damaged",
  Exception_Rejected: "exception.refused",
  Exception_Delayed: "exception.delayed",
  Exception_Lost: "exception.lost",
  Exception_Destroyed: "exception.destroyed",
  Exception_Cancel: "exception.cancelled", // the order was cancelled
});

export const STAGES = codeTable({
  InfoReceived: "info_received.label_created",
  PickedUp: "in_transit.picked_up",
  Departure: "in_transit.departed_origin_country",
  Arrival: "in_transit.arrived_in_destination_country",
  AvailableForPickup: "available_for_pickup.at_pickup_point",
  OutForDelivery: "out_for_delivery.out_for_delivery",
  Delivered: "delivered.delivered",
  Returning: "returning.return_to_sender",
  Returned: "returned.returned_to_sender",
});

interface MainRule {
  readonly allowed: ReadonlySet<Milestone>;
  readonly fallback: EventCode;
}

function rule(fallback: EventCode, ...allowed: Milestone[]): MainRule {
  return { allowed: new Set(allowed), fallback };
}

// 17TRACK files returns under Exception (Exception_Returning/Returned), so it allows them too.
export const MAIN_STATUSES: ReadonlyMap<string, MainRule> = new Map([
  ["NotFound", rule("pending.not_found", "pending")],
  ["InfoReceived", rule("info_received.label_created", "info_received")],
  ["InTransit", rule("in_transit.in_transit", "in_transit")],
  ["Expired", rule("expired.no_updates", "expired")],
  ["AvailableForPickup", rule("available_for_pickup.at_pickup_point", "available_for_pickup")],
  ["OutForDelivery", rule("out_for_delivery.out_for_delivery", "out_for_delivery")],
  ["DeliveryFailure", rule("failed_attempt.attempted", "failed_attempt")],
  ["Delivered", rule("delivered.delivered", "delivered")],
  ["Exception", rule("exception.generic", "exception", "returning", "returned")],
]);

export interface Track17Code {
  code: EventCode | undefined;
  /** True when a sub-status was given that the table does not know. */
  guessed: boolean;
}

/**
 * Exact sub-status first, then the stage, then the main status the sub-status or stage names
 * ("InTransit_TransportArrived" is still InTransit) with the description choosing the detail.
 */
export function track17Code(subStatus: string | null, stage: string | null, description: string | null): Track17Code {
  const exact = lookup(SUB_STATUSES, subStatus) ?? lookup(STAGES, stage);
  if (exact) return { code: exact, guessed: false };
  const main = MAIN_STATUSES.get(mainOf(subStatus) ?? stage ?? "");
  if (!main) return { code: undefined, guessed: true };
  return { code: guessWithin(description, main.allowed, main.fallback), guessed: subStatus !== null };
}

function mainOf(subStatus: string | null): string | null {
  if (subStatus === null) return null;
  const cut = subStatus.indexOf("_");
  return cut > 0 ? subStatus.slice(0, cut) : subStatus;
}
