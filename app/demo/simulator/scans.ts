// Scans become Porchlight events: taxonomy code info, UTC instant plus the local offset at the
// scanning facility, "City, Region, CC" and the carrier-style text a tracking page would show.
import { formatOffset } from "../../tracking/eta/days";
import type { NormalizedEvent } from "../../tracking/normalize/types";
import { codeInfo, type EventCode } from "../../tracking/taxonomy";
import { offsetAt } from "./calendar";
import { locationOf } from "./places";
import type { Scan } from "./types";

const TEXT: Partial<Record<EventCode, string>> = {
  "info_received.label_created": "Shipping label created",
  "info_received.pickup_missed": "Scheduled pickup missed",
  "in_transit.picked_up": "Picked up",
  "in_transit.arrived_at_facility": "Arrived at facility",
  "in_transit.departed_facility": "Departed facility",
  "in_transit.arrived_at_destination_facility": "Arrived at destination hub",
  "in_transit.arrived_at_delivery_facility": "Arrived at delivery station",
  "in_transit.departed_origin_country": "Departed country of origin",
  "in_transit.arrived_in_destination_country": "Arrived in destination country",
  "in_transit.export_cleared": "Export clearance complete",
  "in_transit.flight_departed": "Departed on flight",
  "in_transit.flight_arrived": "Flight arrived",
  "in_transit.customs_processing": "Customs clearance in progress",
  "in_transit.customs_cleared": "Cleared customs",
  "in_transit.customs_duties_paid": "Import duties paid",
  "in_transit.handed_to_partner": "Handed to delivery partner",
  "in_transit.handed_to_postal_operator": "Handed to destination postal service",
  "in_transit.address_corrected": "Address corrected",
  "in_transit.eta_later": "Delivery date updated",
  "in_transit.delivery_rescheduled": "Delivery rescheduled",
  "in_transit.delay_operational": "Delayed due to an operational issue",
  "in_transit.delay_missed_connection": "Missed connection, running late",
  "in_transit.late_linehaul": "Late trailer arrival",
  "in_transit.delay_weather": "Delayed by severe weather",
  "in_transit.repackaged": "Damaged packaging repaired",
  "out_for_delivery.out_for_delivery": "Out for delivery",
  "out_for_delivery.redelivery": "Out for delivery (second attempt)",
  "available_for_pickup.after_failed_attempt": "Held at pickup point after delivery attempt",
  "available_for_pickup.final_notice": "Final notice: collect your parcel",
  "failed_attempt.recipient_unavailable": "Delivery attempted, recipient not available",
  "failed_attempt.notice_left": "Delivery attempted, notice left",
  "failed_attempt.no_safe_place": "Delivery attempted, no safe place",
  "failed_attempt.business_closed": "Delivery attempted, business closed",
  "failed_attempt.signature_required": "Delivery attempted, signature required",
  "failed_attempt.access_issue": "Delivery attempted, no access to building",
  "failed_attempt.address_issue": "Delivery attempted, address problem",
  "failed_attempt.final_attempt": "Final delivery attempt made",
  "failed_attempt.refused_at_door": "Refused by recipient",
  "exception.customs_hold": "Held by customs",
  "exception.customs_documents_required": "Customs documents required",
  "exception.customs_duties_due": "Import duties due",
  "exception.weather": "Severe weather exception",
  "exception.address_incorrect": "Incorrect address",
  "exception.address_incomplete": "Incomplete address",
  "exception.damaged": "Package damaged",
  "exception.lost": "Package cannot be located",
  "exception.missing_scans": "No recent scan, trace opened",
  "returning.refused": "Returning to sender: refused",
  "returning.unclaimed": "Returning to sender: not collected",
  "returning.undeliverable": "Returning to sender: undeliverable",
  "returning.damaged": "Returning to sender: damaged",
  "returned.returned_to_sender": "Delivered to sender",
  "delivered.picked_up": "Collected from pickup point",
  "delivered.damaged": "Delivered, package damaged",
};

/** Oldest first, at whole minutes, each strictly after the one before. */
export function toEvents(scans: readonly Scan[]): NormalizedEvent[] {
  const sorted = [...scans].sort((a, b) => a.t - b.t);
  const events: NormalizedEvent[] = [];
  let previous = -Infinity;
  for (const scan of sorted) {
    const t = Math.max(Math.round(scan.t / 60_000) * 60_000, previous + 60_000);
    previous = t;
    const info = codeInfo(scan.code);
    events.push({
      occurredAt: new Date(t).toISOString(),
      utcOffset: formatOffset(offsetAt(scan.place.zone, t)),
      code: scan.code,
      milestone: info.milestone,
      pitfall: info.pitfall,
      location: locationOf(scan.place),
      rawCode: null,
      rawText: TEXT[scan.code] ?? describe(scan.code),
    });
  }
  return events;
}

function describe(code: EventCode): string {
  const detail = code.slice(code.indexOf(".") + 1).replace(/_/g, " ");
  return detail.charAt(0).toUpperCase() + detail.slice(1);
}
