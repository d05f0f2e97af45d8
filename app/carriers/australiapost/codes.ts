// Australia Post Track API events carry no code: the description is the code. These tables map
// Australia Post's own wording (as returned in tracking_results[].trackable_items[].events[]) to
// Porchlight codes. Keys are normalized with `phraseKey`; exact phrases are looked up first, then
// the phrases that carry a variable tail ("In transit to next facility in <place>").
import type { EventCode } from "../../tracking/taxonomy";

const EXACT: ReadonlyMap<string, EventCode> = new Map<string, EventCode>([
  ["shipping information received by australia post", "info_received.label_created"],
  ["shipping information approved by australia post", "info_received.manifest_received"],
  ["received by australia post", "in_transit.accepted"],
  ["received by australia post for transportation to processing facility", "in_transit.accepted"],
  ["received item from sender (outbound)", "in_transit.accepted"],
  ["arrived at facility", "in_transit.arrived_at_facility"],
  ["arrived at sorting facility", "in_transit.arrived_at_facility"],
  ["item processed at facility", "in_transit.processed_at_facility"],
  ["processed at facility", "in_transit.processed_at_facility"],
  ["departed facility", "in_transit.departed_facility"],
  ["in transit", "in_transit.in_transit"],
  ["processed by air carrier", "in_transit.at_airport"],
  ["cleared and awaiting international departure", "in_transit.export_cleared"],
  ["processed at export facility", "in_transit.processed_at_facility"],
  ["despatch parcels from export facility", "in_transit.departed_origin_country"],
  ["arrived awaiting clearance (inbound)", "in_transit.arrived_in_destination_country"],
  ["item is in customs", "in_transit.customs_processing"],
  ["item cleared by customs", "in_transit.customs_cleared"],
  ["onboard for delivery", "out_for_delivery.out_for_delivery"],
  ["on board for delivery", "out_for_delivery.out_for_delivery"],
  ["delivered", "delivered.delivered"],
  ["delivered - left in a safe place", "delivered.safe_place"],
  ["awaiting collection", "available_for_pickup.at_pickup_point"],
]);

// Ordered: a longer, more specific phrase must come before the shorter one it starts with.
const PREFIXES: ReadonlyArray<readonly [string, EventCode]> = [
  ["in transit to next facility in ", "in_transit.in_transit"],
  ["arrived in ", "in_transit.arrived_in_destination_country"],
  ["awaiting collection at ", "available_for_pickup.at_post_office"],
  ["card left", "failed_attempt.notice_left"],
  ["attempted delivery - unable to gain access", "failed_attempt.access_issue"],
  ["attempted delivery", "failed_attempt.attempted"],
  ["delivered - signature", "delivered.signed"],
  ["held by customs", "exception.customs_hold"],
  ["item held by customs", "exception.customs_hold"],
  ["return to sender", "returning.return_to_sender"],
  ["returned to sender", "returning.return_to_sender"],
  ["item returned to sender", "returning.return_to_sender"],
  ["being returned to sender", "returning.return_to_sender"],
  ["redirected", "in_transit.rerouted"],
  ["item redirected", "in_transit.rerouted"],
];

const DASHES = /[\u2013\u2014]/g;
const SPACES = /\s+/g;

/** Lower-case, one space between words, plain hyphens, no closing full stop. */
export function phraseKey(description: string): string {
  let key = description.toLowerCase().replace(DASHES, "-").replace(SPACES, " ").trim();
  if (key.endsWith(".")) key = key.slice(0, -1);
  return key;
}

/** Australia Post's description -> Porchlight code, or undefined when the tables lack it. */
export function australiaPostCode(description: string): EventCode | undefined {
  const key = phraseKey(description);
  const exact = EXACT.get(key);
  if (exact !== undefined) return exact;
  for (const [prefix, code] of PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    if (code === "available_for_pickup.at_post_office" && key.includes("locker")) return "available_for_pickup.at_locker";
    return code;
  }
  return undefined;
}
