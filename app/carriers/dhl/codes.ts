// DHL Shipment Tracking – Unified API statusCode -> Porchlight event codes.
// DHL's statusCode is coarse (pre-transit, transit, delivered, failure, unknown); the detail is
// in the event's status/description wording, which DHL writes in a small set of stock phrases
// across Express, Parcel DE and eCommerce. Those phrases refine first, then the generic keyword
// guess, bounded by the statusCode's milestones.
import type { EventCode, Milestone } from "../../tracking/taxonomy";
import { firstMatch, guessWithin } from "../code-table";

type Wording = ReadonlyArray<readonly [RegExp, EventCode]>;

const PRE_TRANSIT: Wording = [
  [/pick-?up (is |has been )?(scheduled|requested|arranged|booked)/i, "info_received.pickup_scheduled"],
  [/instruction data|shipment information received|electronically/i, "info_received.label_created"],
];

const TRANSIT: Wording = [
  [/posted by the sender|dropped off|handed in at/i, "in_transit.dropped_off"],
  [/with delivery courier|out for delivery|loaded onto the delivery vehicle|on (its|the) way to the recipient/i, "out_for_delivery.out_for_delivery"],
  [/ready for (pick ?up|collection)|available for (pick ?up|collection)|awaiting collection|packstation|parcel ?shop|service ?point|retail outlet/i, "available_for_pickup.at_pickup_point"],
  [/clearance (processing )?complete|customs clearance (is |has been )?complete|released by customs|cleared customs/i, "in_transit.customs_cleared"],
  [/customs|clearance/i, "in_transit.customs_processing"],
  [/arrived in the destination country|arrived at the destination country/i, "in_transit.arrived_in_destination_country"],
  [/delivery (facility|depot|base)/i, "in_transit.arrived_at_delivery_facility"],
  [/return(ed)? to (the )?(sender|shipper)|being returned/i, "returning.return_to_sender"],
  [/forwarded|redirected|rerouted/i, "in_transit.rerouted"],
  [/delay/i, "in_transit.delay_operational"],
  [/arrived/i, "in_transit.arrived_at_facility"],
  [/departed|has left|left the/i, "in_transit.departed_facility"],
  [/processed|sorted/i, "in_transit.processed_at_facility"],
  [/picked up|collected from/i, "in_transit.picked_up"],
];

const DELIVERED: Wording = [
  [/(delivered|returned) to (the )?(sender|shipper)|back to (the )?sender/i, "returned.returned_to_sender"],
  [/neighbou?r/i, "delivered.neighbour"],
  [/packstation|parcel ?locker|locker/i, "delivered.parcel_locker"],
  [/mail ?box|letter ?box|post ?box/i, "delivered.mailbox"],
  [/(picked up|collected) (by|from|at)|retail outlet|parcel ?shop|service ?point/i, "delivered.picked_up"],
  [/reception|front desk|concierge/i, "delivered.reception"],
  [/drop-?off location|safe place|garage|porch|terrace|front door/i, "delivered.safe_place"],
  [/signed for by|signature/i, "delivered.signed"],
];

const FAILURE: Wording = [
  [/refus/i, "exception.refused"],
  [/not (at )?home|not present|not available|nobody|absent/i, "failed_attempt.recipient_unavailable"],
  [/address (is |was )?(incorrect|incomplete|insufficient|wrong)|incorrect address|could not be located|unknown address/i, "exception.address_incorrect"],
  [/damaged/i, "exception.damaged"],
  [/customs|clearance/i, "exception.customs_hold"],
  [/return(ed)? to (the )?(sender|shipper)|being returned/i, "returning.return_to_sender"],
  [/attempt/i, "failed_attempt.attempted"],
  [/on hold|held/i, "exception.held_by_carrier"],
];

const STATUS_CODES = new Map<string, { wording: Wording; allowed: ReadonlySet<Milestone>; fallback: EventCode }>([
  ["pre-transit", { wording: PRE_TRANSIT, allowed: new Set(["info_received"]), fallback: "info_received.label_created" }],
  [
    "transit",
    {
      wording: TRANSIT,
      allowed: new Set(["in_transit", "out_for_delivery", "available_for_pickup", "returning"]),
      fallback: "in_transit.in_transit",
    },
  ],
  ["delivered", { wording: DELIVERED, allowed: new Set(["delivered", "returned"]), fallback: "delivered.delivered" }],
  [
    "failure",
    {
      wording: FAILURE,
      allowed: new Set(["exception", "failed_attempt", "returning", "returned"]),
      fallback: "exception.generic",
    },
  ],
]);

/** Undefined for "unknown" and codes DHL may add: the caller then guesses from the text alone. */
export function dhlCode(statusCode: string | null, wording: string | null): EventCode | undefined {
  const status = statusCode !== null ? STATUS_CODES.get(statusCode) : undefined;
  if (!status) return undefined;
  return firstMatch(wording, status.wording) ?? guessWithin(wording, status.allowed, status.fallback);
}
