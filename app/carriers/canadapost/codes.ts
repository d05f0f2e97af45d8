// Canada Post tracking event identifiers (significant-events/occurrence/event-identifier) ->
// Porchlight event codes. Identifiers arrive with or without leading zeros ("0174", "174");
// the table holds them without. Descriptions are Canada Post's published English wording.
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable } from "../code-table";

const TABLE = {
  // Delivered (with proof), delivered to a place, collected
  "20": "delivered.signed", // Signature image recorded for online viewing
  "21": "delivered.signed", // Signature unavailable; verbal signature
  "2001": "delivered.delivered", // Photo available
  "1408": "delivered.signed", // Delivered; contact customer service for copy of signature
  "1409": "delivered.signed",
  "1421": "delivered.safe_place", // Delivered to recipient's front door
  "1422": "delivered.safe_place", // ... side door
  "1423": "delivered.safe_place", // ... back door
  "1424": "delivered.safe_place", // ... at or in recipient's garage
  "1425": "delivered.reception", // Delivered to superintendent, security or concierge
  "1426": "delivered.mailbox", // Delivered to recipient's parcel box
  "1427": "delivered.safe_place", // Delivered to recipient's safe drop location
  "1428": "delivered.safe_place",
  "1429": "delivered.safe_place",
  "1430": "delivered.safe_place",
  "1431": "delivered.safe_place",
  "1432": "delivered.reception", // Delivered to building superintendent or security agent
  "1433": "delivered.mailbox",
  "1434": "delivered.safe_place",
  "1441": "delivered.mailbox", // Delivered to community mailbox or parcel locker
  "1442": "delivered.mailbox",
  "1461": "delivered.reception", // Delivered to your concierge or building manager
  "1462": "delivered.reception",
  "1463": "delivered.reception", // Delivered to mailroom
  "1465": "delivered.reception",
  "1466": "delivered.reception",
  "1467": "delivered.reception",
  "1468": "delivered.reception",
  "1469": "delivered.reception",
  "1471": "delivered.to_agent", // Delivered to recipient's delivery partner
  "1472": "delivered.to_agent",
  "1473": "delivered.reception",
  "1475": "delivered.reception",
  "1476": "delivered.delivered", // Delivered
  "1496": "delivered.delivered", // Item successfully delivered
  "1497": "delivered.delivered",
  "1498": "delivered.delivered",
  "1499": "delivered.delivered",
  "1406": "delivered.picked_up", // Item picked up from automated parcel locker
  "610": "delivered.reception", // Item is with your concierge or building manager
  "611": "delivered.safe_place", // Item is at recipient's front door
  "612": "delivered.safe_place", // ... side door
  "613": "delivered.safe_place", // ... at or in recipient's garage
  "614": "delivered.delivered", // Item is at recipient's address
  "615": "delivered.delivered", // Item received at recipient's address
  "616": "delivered.mailbox", // Item is in your community mailbox, parcel locker or apt./condo mailbox
  "617": "delivered.reception", // Item is in recipient's mailroom
  "618": "delivered.reception",
  "619": "delivered.to_agent", // Item is with recipient's delivery partner
  "620": "delivered.reception",
  "152": "delivered.cod_collected", // COD payment is being issued
  "2101": "delivered.cod_collected", // Waiting for COD remittance return
  // Label, acceptance, pickup
  "3000": "info_received.label_created", // Electronic information submitted by shipper
  "1300": "in_transit.accepted", // Item accepted
  "1301": "in_transit.dropped_off", // Item accepted at the Post Office
  "1302": "in_transit.dropped_off",
  "2300": "in_transit.picked_up", // Item picked up by Canada Post
  "4000": "in_transit.accepted", // International item mailed in origin country
  // Movement and processing
  "100": "in_transit.processed_at_facility", // Item processed
  "102": "in_transit.processed_at_facility",
  "104": "in_transit.processed_at_facility",
  "105": "in_transit.processed_at_facility",
  "106": "in_transit.processed_at_facility",
  "107": "in_transit.processed_at_facility",
  "170": "in_transit.processed_at_facility",
  "1240": "in_transit.processed_at_facility",
  "1241": "in_transit.processed_at_facility",
  "1244": "in_transit.processed_at_facility",
  "2500": "in_transit.processed_at_facility",
  "2501": "in_transit.processed_at_facility",
  "4100": "in_transit.processed_at_facility", // International item processed in origin country
  "815": "in_transit.processed_at_facility", // International item being prepared for export
  "113": "in_transit.arrived_at_facility", // Item arrived at partner facility
  "114": "in_transit.departed_facility", // Item departed partner facility
  "115": "in_transit.handed_to_partner", // Item transferred to partner
  "116": "in_transit.handed_to_partner",
  "175": "in_transit.in_transit", // Item in transit
  "804": "in_transit.in_transit",
  "4550": "in_transit.in_transit", // In transit to delivery office
  "400": "in_transit.arrived_at_facility", // Item arrived
  "405": "in_transit.arrived_at_facility",
  "410": "in_transit.departed_facility", // Item departed
  "4600": "in_transit.arrived_at_delivery_facility", // Received at the delivery office in the destination country
  "172": "in_transit.missorted", // Item re-routed due to processing error; possible delay
  "171": "in_transit.address_corrected", // Verifying recipient's address; possible delay
  "173": "in_transit.address_corrected", // Customer addressing error found; attempting to correct
  "1412": "in_transit.address_corrected",
  "2412": "in_transit.address_corrected",
  "198": "in_transit.label_replaced", // Label correction applied
  "1200": "in_transit.eta_updated", // Expected delivery date updated
  "1203": "in_transit.eta_updated",
  "1230": "in_transit.delivery_address_changed", // Redirection requested by shipper
  "1232": "in_transit.delivery_address_changed", // Redirection requested
  "1480": "in_transit.delivery_address_changed", // Item redirected to recipient's new address
  "1490": "in_transit.delivery_address_changed",
  "1234": "info_received.shipment_data_updated", // Redirection request cancelled by shipper
  "1220": "info_received.shipment_data_updated", // Delivery preference - front door
  "1221": "info_received.shipment_data_updated", // ... side door
  "1223": "info_received.shipment_data_updated", // ... garage
  "1224": "info_received.shipment_data_updated", // ... front desk or superintendent
  "1225": "info_received.pickup_point_selected", // Delivery preference - deliver to post office
  "1703": "in_transit.forwarded_to_pickup_point", // Item in transit to Post Office
  "1705": "in_transit.forwarded_to_pickup_point", // Item in transit to automated parcel locker
  "630": "in_transit.redirected_pickup_point_full", // Unable to deliver to locker; post office pickup to follow
  "621": "in_transit.delivery_rescheduled", // Delivery delayed to next business day
  "622": "in_transit.delivery_rescheduled",
  "623": "in_transit.delivery_rescheduled",
  "624": "in_transit.delivery_rescheduled",
  "625": "in_transit.delivery_rescheduled",
  "626": "in_transit.delivery_rescheduled",
  "627": "in_transit.delivery_rescheduled",
  "628": "in_transit.delivery_rescheduled",
  "1414": "in_transit.delivery_rescheduled", // Item rescheduled for delivery next business day
  "2414": "in_transit.delivery_rescheduled",
  "1444": "in_transit.delivery_rescheduled", // Delivery scheduled for next business day
  "159": "in_transit.delay_weather", // Delivery may be delayed due to extreme weather
  "160": "in_transit.delay_civil_unrest", // ... public authority or demonstration
  "161": "exception.strike", // ... labour disruption
  "162": "in_transit.delay_operational", // ... transportation delay
  "163": "in_transit.delay_operational", // ... power outage
  // International and customs
  "4202": "in_transit.departed_origin_country", // Left the origin country, en route to Canada
  "4310": "in_transit.arrived_in_destination_country", // Arrived in a foreign country
  "4311": "in_transit.arrived_in_destination_country",
  "700": "in_transit.arrived_in_destination_country", // Arrived in Canada, sent to processing
  "701": "in_transit.arrived_in_destination_country", // Arrived in Canada, presented for review
  "4900": "in_transit.international_transit", // Arrived at transit destination
  "4950": "in_transit.international_transit", // Forwarded onwards to destination
  "8901": "in_transit.international_transit", // Forwarded to destination country
  "800": "in_transit.customs_processing", // Presented to Canada Border Services Agency
  "4330": "in_transit.customs_processing", // Presented to import customs
  "4400": "in_transit.customs_processing", // Sent to customs in the destination country
  "1487": "in_transit.customs_processing", // Returned to Canadian Customs for appeal of duties
  "1495": "in_transit.customs_processing",
  "130": "in_transit.customs_cleared", // International item released from Customs
  "900": "in_transit.customs_cleared", // Released from Customs for processing by Canada Post
  "910": "in_transit.customs_cleared",
  "5201": "in_transit.customs_cleared",
  "4450": "in_transit.customs_cleared", // Item returned to Post from Customs
  "4500": "in_transit.customs_cleared", // Released from Customs to foreign postal administration
  "1210": "in_transit.customs_duties_paid", // Duty and taxes paid online
  "127": "exception.customs_hold", // Item held at customs
  "810": "exception.customs_hold", // Item held by Customs
  "117": "exception.customs_documents_required", // On hold, documentation irregularity
  // Out for delivery
  "174": "out_for_delivery.out_for_delivery", // Item out for delivery
  "500": "out_for_delivery.out_for_delivery", // Out for delivery
  // Attempts and notice cards
  "1435": "failed_attempt.notice_left", // Notice card left indicating where and when to pick up
  "1436": "failed_attempt.notice_left",
  "1437": "failed_attempt.notice_left",
  "1438": "failed_attempt.notice_left",
  "1479": "failed_attempt.notice_left",
  "1488": "failed_attempt.notice_left",
  "1443": "failed_attempt.attempted", // Attempted delivery, rescheduled for next business day
  "1411": "failed_attempt.business_closed", // Business closed for the day; on hold for second attempt
  "2411": "failed_attempt.business_closed", // Business temporarily closed; item on hold
  // Ready for pickup
  "1701": "available_for_pickup.at_post_office", // Item available for pickup at Post Office
  "1407": "available_for_pickup.at_post_office", // Item available for pick-up
  "2407": "available_for_pickup.at_post_office",
  "1405": "available_for_pickup.at_locker", // Delivered to automated parcel locker
  "156": "available_for_pickup.final_notice", // Final notice; returned if not collected in 10 days
  "629": "available_for_pickup.pickup_point_changed", // Locker pickup expired; post office pickup to follow
  // Exceptions and holds
  "1410": "exception.held_recipient_request", // Item on hold at recipient's request
  "2410": "exception.held_recipient_request",
  "1484": "exception.held_by_carrier", // Item on hold
  "1494": "exception.held_by_carrier",
  "4700": "exception.held_by_carrier",
  "1450": "exception.carrier_contact_needed", // On hold at a secure facility; contact customer service
  "118": "exception.area_not_served", // Held, recipient outside partner service area
  "120": "exception.address_incomplete", // On hold, incorrect or incomplete address
  "121": "exception.refused", // On hold, refused or unclaimed by recipient
  "179": "exception.undeliverable", // Item cannot be delivered; more details to be provided
  "1483": "exception.undeliverable",
  "1493": "exception.undeliverable",
  "4650": "exception.undeliverable",
  "710": "exception.damaged", // Arrived in Canada damaged
  "190": "exception.cancelled", // Retail transaction has been voided
  "1245": "exception.generic", // Item could not be redirected
  // Returns
  "1420": "returning.return_to_sender", // Item being returned to sender
  "3001": "returning.return_to_sender",
  "2600": "returning.return_to_sender", // Returned and en route to the sender
  "167": "returning.return_to_sender", // Returned, insufficient postage
  "168": "returning.return_to_sender", // Returned, does not meet product requirements
  "169": "returning.return_to_sender", // Returned, incorrect or missing shipping label
  "181": "returning.return_to_sender", // Shipping label invalid, returned
  "184": "returning.return_to_sender", // Non-mailable matter, returned
  "1418": "returning.return_to_sender", // Proof of age not provided, returned
  "183": "returning.undeliverable", // Service suspended to country, returned
  "1415": "returning.undeliverable", // Incomplete address, returned
  "1416": "returning.undeliverable", // Recipient not located at address, returned
  "1481": "returning.undeliverable",
  "1491": "returning.undeliverable",
  "2802": "returning.undeliverable", // International item undeliverable, returned
  "1417": "returning.refused", // Refused by recipient, returned
  "1482": "returning.refused",
  "1492": "returning.refused",
  "1419": "returning.unclaimed", // Unclaimed by recipient, returned
  "182": "returning.customs", // Documentation incomplete or illegible, returned
  "1100": "returning.customs", // Refused by Customs, unacceptable sender info, returned
  "2601": "returning.customs", // Item is en route to Canadian Customs
  "1303": "returning.customer_return", // Return item accepted at Post Office
  "3002": "returning.return_label_created", // Return label created
  "150": "returned.disposed", // Hold period expired; item has been disposed of
} as const satisfies Record<string, EventCode>;

const CODES = codeTable(TABLE);
const LEADING_ZEROS = /^0+(?=\d)/;

/** The taxonomy code for a Canada Post event identifier; undefined when the table lacks it. */
export function canadaPostCode(identifier: string): EventCode | undefined {
  return CODES.get(identifier.replace(LEADING_ZEROS, ""));
}
