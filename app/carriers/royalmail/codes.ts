// Royal Mail Tracking API v2 event codes (mailPieces.events[].eventCode) -> Porchlight event
// codes. Royal Mail groups them by where the scan happens (pre-advice, outward/inward mail
// centre, delivery office, outdoor delivery, customer service point, Post Office, customs).
import type { EventCode } from "../../tracking/taxonomy";
import { codeTable } from "../code-table";

const TABLE = {
  // Pre-advice: the sender has told Royal Mail the item is coming
  EVAIE: "info_received.label_created", // Pre-advice item passed - received with errors
  EVAIP: "info_received.label_created", // Pre-advice item passed - validation passed
  EVAPA: "info_received.label_created", // Pre-advice
  EVPPB: "info_received.manifest_received", // Parcel received at Post Office (inferred)
  RSRXS: "info_received.shipment_data_updated", // Delivery request received
  // Acceptance ("We've got it")
  EVPPA: "in_transit.dropped_off", // Accepted at Post Office
  EVNPB: "in_transit.dropped_off", // Accepted at Customer Service Point
  EVOAC: "in_transit.accepted", // Item acceptance
  EVOBC: "in_transit.accepted", // Acceptance from bulk receipt
  EVOCO: "in_transit.accepted", // Received, now being processed for delivery
  EVBAH: "in_transit.accepted", // Outward RDC handheld acceptance
  EVBAV: "in_transit.accepted", // Outward RDC volumetric acceptance
  EVBPM: "in_transit.accepted",
  EVBPR: "in_transit.accepted",
  EVBSM: "in_transit.accepted",
  EVBSR: "in_transit.accepted",
  EVDAC: "in_transit.accepted", // Outward mail centre handheld acceptance
  EVDAV: "in_transit.accepted", // Outward mail centre automation acceptance
  EVDPL: "in_transit.accepted",
  EVDPM: "in_transit.accepted",
  EVDPR: "in_transit.accepted",
  EVDSL: "in_transit.accepted",
  EVDSM: "in_transit.accepted",
  EVDSR: "in_transit.accepted",
  EVHAC: "in_transit.picked_up", // Outward collection
  // Sorting (machine rejects, oversize, overweight: the item carries on by hand)
  EVBAW: "in_transit.processed_at_facility",
  EVBOF: "in_transit.processed_at_facility",
  EVBRS: "in_transit.processed_at_facility",
  EVBSS: "in_transit.processed_at_facility",
  EVBSW: "in_transit.processed_at_facility",
  EVDAA: "in_transit.processed_at_facility",
  EVDAW: "in_transit.processed_at_facility",
  EVDOF: "in_transit.processed_at_facility",
  EVDRO: "in_transit.processed_at_facility",
  EVDRS: "in_transit.processed_at_facility",
  EVDSS: "in_transit.processed_at_facility",
  // Inward mail centre / regional distribution centre: nearing the delivery office
  EVCAH: "in_transit.arrived_at_destination_facility",
  EVCAV: "in_transit.arrived_at_destination_facility",
  EVCOF: "in_transit.arrived_at_destination_facility",
  EVCPS: "in_transit.arrived_at_destination_facility",
  EVCPW: "in_transit.arrived_at_destination_facility",
  EVCRS: "in_transit.arrived_at_destination_facility",
  EVCRW: "in_transit.arrived_at_destination_facility",
  EVIAV: "in_transit.arrived_at_destination_facility", // Inward mail centre automation acceptance
  EVIMC: "in_transit.arrived_at_destination_facility", // Inward mail centre handheld acceptance
  EVIMS: "in_transit.arrived_at_destination_facility",
  EVIOF: "in_transit.arrived_at_destination_facility",
  EVIPR: "in_transit.arrived_at_destination_facility",
  EVIPS: "in_transit.arrived_at_destination_facility",
  EVIPW: "in_transit.arrived_at_destination_facility",
  EVIRM: "in_transit.arrived_at_destination_facility",
  EVIRO: "in_transit.arrived_at_destination_facility",
  EVORI: "in_transit.arrived_at_facility", // Arrived at (inferred from container receipt)
  EVORC: "in_transit.arrived_at_facility", // Item received in container
  EVORW: "in_transit.arrived_at_facility", // Bag received without label
  EVOVB: "in_transit.arrived_at_facility", // Tampered / violated bag
  EVGDO: "in_transit.arrived_at_delivery_facility", // Received at delivery office from another office
  EVODO: "in_transit.departed_facility", // Item despatched
  EVNDO: "in_transit.in_transit", // Forwarded to delivery office
  EVNMC: "in_transit.in_transit", // Forwarded to mail centre
  EVOUF: "in_transit.rerouted", // Item refused by the Civil Aviation Authority
  EVNWA: "in_transit.address_corrected", // Forwarded - wrong address
  EVNRD: "in_transit.delivery_address_changed", // Item redirected
  EVNRC: "in_transit.forwarded_to_pickup_point", // Selected for redelivery to Local Collect
  EVNKS: "in_transit.held_for_future_delivery", // Held under Keepsafe
  EVNDN: "in_transit.delivery_rescheduled", // Delivery not attempted, next working day
  // Mis-sorts
  EVBMI: "in_transit.missorted",
  EVCMI: "in_transit.missorted",
  EVCPI: "in_transit.missorted",
  EVDMI: "in_transit.missorted",
  EVGMI: "in_transit.missorted",
  EVIMI: "in_transit.missorted",
  EVIPI: "in_transit.missorted",
  EVNMI: "in_transit.missorted", // Forwarded - mis-sort
  EVOMI: "in_transit.missorted",
  EVOOC: "in_transit.missorted", // Item out of course
  EVOLB: "in_transit.missorted", // Received in wrongly labelled bag
  // International
  EVHOE: "in_transit.departed_origin_country", // Departure from outward office of exchange
  EVILC: "in_transit.international_transit", // Despatched from Heathrow ILC
  EVJOE: "in_transit.arrived_in_destination_country", // Arrival at inward office of exchange
  EVJDU: "in_transit.international_transit", // Departure from inward office of exchange
  EVJJV: "in_transit.international_transit",
  EVJLV: "in_transit.international_transit",
  EVJMV: "in_transit.international_transit",
  EVJIC: "in_transit.customs_processing", // Presented to import customs
  EVJEA: "in_transit.customs_cleared", // Returned from customs, export authorised
  EVJFC: "in_transit.customs_cleared",
  EVJIA: "in_transit.customs_cleared", // Import authorised
  EVJNT: "in_transit.customs_cleared", // Import authorised, no taxes or duties to pay
  EVJDP: "exception.customs_duties_due", // Import authorised, taxes and/or duties to be paid
  EVJAP: "exception.customs_hold", // Held by import customs, awaiting presentation
  EVJBA: "exception.customs_hold", // Held by import customs, unspecified reason
  EVJCA: "exception.customs_hold", // Handed over to customs authority for final delivery
  EVJES: "exception.customs_hold", // Held, incomplete shipment
  EVJCC: "exception.recipient_contact_needed", // Held, impossible to contact customer
  EVJCD: "exception.customs_documents_required", // Customs declaration missing
  EVJCO: "exception.customs_documents_required", // Certificate of origin missing
  EVJEM: "exception.customs_documents_required", // Invoice missing
  EVJIN: "exception.customs_documents_required", // Documentation insufficient
  EVJML: "exception.customs_documents_required", // Import licence missing
  EVJSR: "exception.customs_documents_required", // Export licence missing
  EVJPA: "exception.prohibited_item", // Held, prohibited articles
  EVHAP: "exception.payment_due", // Export cancelled awaiting payment of charges
  EVHAR: "exception.cancelled", // Export cancelled at addressee's request
  EVHSR: "exception.cancelled", // Export cancelled at sender's request
  EVHFM: "exception.service_suspended", // Export cancelled, force majeure
  EVHNC: "exception.awaiting_sender_instructions", // Export cancelled, sender unreachable
  // Out for delivery
  EVGPD: "out_for_delivery.out_for_delivery", // Ready for delivery (due to be delivered today)
  // Delivered and collected
  EVKSP: "delivered.signed", // Delivered - signature
  EVKOP: "delivered.delivered", // Delivered - no signature
  EVKSF: "delivered.safe_place", // Safeplace delivered
  EVKDN: "delivered.neighbour", // Delivered to neighbour - no signature
  EVKNS: "delivered.neighbour", // Delivered to neighbour - signature
  EVNFS: "delivered.delivered", // Delivery recorded at the delivery office
  EVNLP: "delivered.delivered", // Delivered, recorded late at the delivery office
  EVNOI: "delivered.delivered", // Implied delivery
  EVNPO: "delivered.mailbox", // Delivered to PO box
  EVNCE: "delivered.picked_up", // Collected from Customer Service Point
  EVNCO: "delivered.picked_up",
  EVNOC: "delivered.picked_up",
  EVNSC: "delivered.picked_up", // Collected - signature
  EVPLC: "delivered.picked_up", // Local Collect collected from Post Office
  EVPLF: "delivered.picked_up", // Local Collect collected, fee paid
  // Ready for collection
  EVKLC: "available_for_pickup.at_post_office", // Local Collect delivered to Post Office
  EVKLS: "available_for_pickup.at_post_office",
  EVNLC: "available_for_pickup.at_post_office", // Available for collection - Local Collect
  EVPLA: "available_for_pickup.at_post_office", // Local Collect arrived at Post Office
  EVNAE: "available_for_pickup.at_carrier_facility", // Allocated to Customer Service Point
  EVNDA: "available_for_pickup.after_failed_attempt", // Available for collection - no answer
  // Delivery attempts
  EVKNA: "failed_attempt.recipient_unavailable", // No answer
  EVNBA: "failed_attempt.recipient_unavailable",
  EVNSA: "failed_attempt.recipient_unavailable",
  EVPON: "failed_attempt.recipient_unavailable",
  EVPXN: "failed_attempt.recipient_unavailable",
  EVKAA: "failed_attempt.access_issue", // Address inaccessible
  EVNAA: "failed_attempt.access_issue",
  EVNIL: "failed_attempt.access_issue",
  EVNIO: "failed_attempt.access_issue",
  EVPOA: "failed_attempt.access_issue",
  EVPXA: "failed_attempt.access_issue",
  EVKSU: "failed_attempt.no_safe_place", // Unable to deliver to Safeplace
  EVNSR: "failed_attempt.rescheduled_by_recipient", // Selected for redelivery
  EVNUL: "exception.recipient_unknown", // Addressee unknown
  EVNUO: "exception.recipient_unknown",
  EVPOU: "exception.recipient_unknown",
  EVPXU: "exception.recipient_unknown",
  // Holds, damage, restricted goods
  EVNRT: "exception.held_by_carrier", // Held for retention
  EVNCF: "exception.payment_due", // Held with fee to pay
  EVBDM: "exception.damaged", // Damaged scans at outward, inward and delivery offices
  EVBSD: "exception.damaged",
  EVCDM: "exception.damaged",
  EVCPD: "exception.damaged",
  EVDDM: "exception.damaged",
  EVDSD: "exception.damaged",
  EVGDM: "exception.damaged",
  EVIDM: "exception.damaged",
  EVIPD: "exception.damaged",
  EVNDL: "exception.destroyed", // Item destroyed locally
  EVSGS: "exception.dangerous_goods", // Dangerous goods removed, rest continues
  EVSUS: "exception.held_for_inspection", // Suspected prohibited goods
  EVSGD: "returned.disposed", // Confirmed dangerous goods and disposed of
  // Return to sender
  EVBRT: "returning.return_to_sender",
  EVNRS: "returning.return_to_sender",
  EVORR: "returning.return_to_sender", // Identified as a return to sender item
  EVORT: "returning.return_to_sender", // Received for return to sender at the mail centre
  EVPLX: "returning.return_to_sender",
  EVPUX: "returning.return_to_sender",
  EVBRB: "returning.return_to_sender", // Rejected barcode
  EVCRB: "returning.return_to_sender",
  EVDRB: "returning.return_to_sender",
  EVBRW: "returning.return_to_sender", // Overweight
  EVDRW: "returning.return_to_sender",
  EVDSW: "returning.return_to_sender",
  EVPLI: "returning.sender_request", // Local Collect return at sender's request
  EVBRA: "returning.undeliverable", // Address incomplete
  EVBSA: "returning.undeliverable",
  EVCPA: "returning.undeliverable",
  EVCRA: "returning.undeliverable",
  EVDRA: "returning.undeliverable",
  EVDSA: "returning.undeliverable",
  EVIPA: "returning.undeliverable",
  EVKAI: "returning.undeliverable",
  EVNAI: "returning.undeliverable",
  EVNLA: "returning.undeliverable",
  EVNLI: "returning.undeliverable",
  EVNSI: "returning.undeliverable",
  EVPOI: "returning.undeliverable",
  EVPXI: "returning.undeliverable",
  EVHCA: "returning.undeliverable",
  EVKGA: "returning.undeliverable", // Gone away
  EVNAC: "returning.undeliverable",
  EVNGA: "returning.undeliverable",
  EVNGL: "returning.undeliverable",
  EVNLG: "returning.undeliverable",
  EVPOG: "returning.undeliverable",
  EVPXG: "returning.undeliverable",
  EVNUK: "returning.undeliverable", // Addressee unknown
  EVPLU: "returning.undeliverable",
  EVNRN: "returning.undeliverable", // Returned to the National Returns Centre
  EVKRF: "returning.refused", // Refused
  EVNAB: "returning.refused",
  EVNHR: "returning.refused",
  EVNLR: "returning.refused",
  EVNRF: "returning.refused",
  EVNRO: "returning.refused",
  EVNRR: "returning.refused",
  EVPLR: "returning.refused",
  EVPOR: "returning.refused",
  EVPXR: "returning.refused",
  EVNAD: "returning.unclaimed", // Retention exceeded
  EVNHE: "returning.unclaimed",
  EVNRE: "returning.unclaimed",
  EVNRL: "returning.unclaimed",
  EVPLN: "returning.unclaimed", // Local Collect not collected
  EVHCR: "returning.customs", // Export cancelled, customs requirements not met
  EVHID: "returning.customs", // Export cancelled, documentation
  EVHDI: "returning.damaged", // Export cancelled, damaged or contents missing
} as const satisfies Record<string, EventCode>;

const CODES = codeTable(TABLE);

/** The taxonomy code for a Royal Mail event code; undefined when the table lacks it. */
export function royalMailCode(raw: string): EventCode | undefined {
  return CODES.get(raw.toUpperCase());
}
