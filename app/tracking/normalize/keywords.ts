// Fallback for raw carrier codes we have no table entry for: the carrier's own words decide.
// Order matters — the first rule whose pattern matches wins, so specific phrases come first.
import type { EventCode } from "../taxonomy/codes";

const RULES: ReadonlyArray<readonly [RegExp, EventCode]> = [
  [/return(ed)? to (sender|shipper|origin)|returning to sender|rts\b/i, "returning.return_to_sender"],
  [/returned|return (received|delivered)/i, "returned.returned_to_sender"],
  [/refused/i, "exception.refused"],
  [/(dut(y|ies)|tax(es)?|import fees?).*(due|unpaid|pay)|payment (due|required)|cash on delivery|\bcod\b/i, "exception.payment_due"],
  [/customs?.*(clear|released)|cleared customs|released by customs/i, "in_transit.customs_cleared"],
  [/customs?.*(hold|held|delay|documents?|information)|held (by|in|at) customs/i, "exception.customs_hold"],
  [/customs|clearance|import scan|export scan/i, "in_transit.customs_processing"],
  [/damaged?/i, "exception.damaged"],
  [/\blost\b|cannot be located|missing/i, "exception.lost"],
  [/weather|storm|snow|flood|hurricane|typhoon/i, "exception.weather"],
  [/(incorrect|wrong|insufficient|incomplete|invalid|bad) address|address (issue|problem|unknown|incorrect)|undeliverable as addressed/i, "exception.address_incorrect"],
  [/address (corrected|updated)/i, "in_transit.address_corrected"],
  [/undeliverable|unable to deliver|could not be delivered/i, "exception.undeliverable"],
  [/(delivery )?attempt(ed)?|no one (home|available)|recipient (not )?(available|absent)|notice left|missed delivery|carded/i, "failed_attempt.attempted"],
  [/ready for (pick ?up|collection)|available for (pick ?up|collection)|awaiting collection|at (the )?(pick ?up|parcel) (point|shop|locker)/i, "available_for_pickup.at_pickup_point"],
  [/picked up by (recipient|customer|consignee)|collected by/i, "delivered.picked_up"],
  [/out for delivery|with (courier|driver) for delivery|on (its|the) way to you|loaded (on|onto) (delivery )?vehicle/i, "out_for_delivery.out_for_delivery"],
  [/delivered|delivery (complete|successful)|proof of delivery|signed (for|by)/i, "delivered.delivered"],
  [/delay|late|rescheduled|postponed/i, "exception.delayed"],
  [/held|hold|on hold/i, "exception.held_by_carrier"],
  [/exception|problem|issue|error/i, "exception.generic"],
  [/label (created|printed)|shipment (information|info|data) (received|sent|transmitted)|pre-?shipment|manifest|electronic(ally)? (notified|advice)|order (processed|received)|shipping label/i, "info_received.label_created"],
  [/picked up|pick-?up (scan|completed)|collected from (sender|shipper)/i, "in_transit.picked_up"],
  [/accepted|acceptance|drop(ped)? off|received at (the )?(post office|counter|retail)/i, "in_transit.accepted"],
  [/depart(ed|ure)?|left (the )?facility|dispatched/i, "in_transit.departed_facility"],
  [/arriv(ed|al)|received (at|by)|reached/i, "in_transit.arrived_at_facility"],
  [/sort|process(ed|ing)/i, "in_transit.processed_at_facility"],
  [/transit|on the way|forwarded|en route|moving/i, "in_transit.in_transit"],
];

/** Best guess from free text; "in_transit.in_transit" when nothing matches but there is text. */
export function classifyByKeywords(text: string | null | undefined): EventCode {
  if (!text) return "pending.awaiting_info";
  for (const [re, code] of RULES) if (re.test(text)) return code;
  return "in_transit.in_transit";
}
