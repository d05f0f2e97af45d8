// PostNL Shipping Status codes -> Porchlight codes, from PostNL's "T & T Status Codes" reference
// (event codes grouped by the status they set). "Retourzending" events concern parcels sent with a
// return label (A10 "Sender has generated return label"), so they map to customer returns; a
// parcel sent back because it could not be delivered uses the H/Y "retour afzender" codes.
import type { EventCode } from "../../tracking/taxonomy";

type Row = readonly [string, EventCode];

// "Sorry, bezorgmoment is bijgewerkt" (delivery time updated) appears under many codes.
const LATER: EventCode = "in_transit.eta_later";

const EVENT_ROWS: readonly Row[] = [
  // 01 Zending voorgemeld
  ["A01", "info_received.label_created"], // Shipment expected, but not yet arrived at PostNL
  ["A10", "returning.return_label_created"], // Sender has generated return label
  ["A71", "info_received.label_created"], // Shipment registered
  ["F01", "info_received.pickup_scheduled"], // Pick-up shipment will be collected
  ["J93", "in_transit.split_shipment"], // Pre-alerted shipment partially not found
  ["M03", "expired.never_scanned"], // Period of validity label expired
  ["X80", "info_received.pickup_scheduled"], // Collection order received
  ["X81", "returning.customer_return"], // Return shipment received in country of destination
  ["01A", "info_received.label_created"], // (older code) Shipment expected, not yet in sorting
  // 02 Zending in ontvangst genomen
  ["B01", "in_transit.accepted"], // Shipment received by PostNL
  ["X40", "in_transit.dropped_off"], // Shipment received at PostNL outlet
  // 03 Zending afgehaald
  ["B04", "in_transit.picked_up"], // Shipment collected by PostNL
  ["Z80", "in_transit.picked_up"], // Your shipment has been picked up at a collection point
  // 04 Zending niet afgehaald
  ["D02", "info_received.pickup_missed"], // Not collected; incorrect address
  ["D03", "info_received.pickup_missed"], // Not collected, no one present at address
  ["D04", "info_received.pickup_missed"], // Not collected; incorrect address
  ["D05", "info_received.pickup_missed"], // There was no shipment to collect
  ["D06", "info_received.pickup_missed"], // Not collected, shipment incorrectly/not labelled
  ["D07", "info_received.pickup_missed"], // Not collected, shipment not properly packed
  ["D09", "info_received.pickup_missed"], // Not collected, no answer
  ["D40", "info_received.pickup_missed"], // Collection shipment not collected
  ["D41", "exception.cancelled"], // Pick-up order cancelled
  ["H31", "exception.cancelled"], // Sender has cancelled the shipment order
  ["X42", "exception.dimensions_issue"], // Refused at PostNL outlet, too large/too heavy
  ["X43", "exception.generic"], // Refused at PostNL outlet, insufficient packaging
  ["Y80", "info_received.pickup_missed"], // We missed you; we'll try again (pick-up)
  ["Y81", "info_received.pickup_missed"], // Pick-up order unsuccessful, no new attempt
  // 05 Zending gesorteerd
  ["A08", "in_transit.delivery_address_changed"], // Recipient's choice: deliver to neighbour
  ["A09", "in_transit.forwarded_to_pickup_point"], // Recipient's choice: deliver to pick-up location
  ["A11", "in_transit.delivery_address_changed"], // Recipient's choice: deliver to random neighbour
  ["A12", "in_transit.delivery_appointment_set"], // Recipient's choice: deliver on a different day
  ["A13", "in_transit.delivery_appointment_set"], // Recipient's choice: different part of the day
  ["A27", "in_transit.forwarded_to_pickup_point"], // Will be delivered to the parcel locker
  ["A28", "in_transit.forwarded_to_pickup_point"], // To be collected at PostNL outlet from 9:00am
  ["A29", "in_transit.delivery_address_changed"], // Delivered in the evening to another address
  ["A30", "in_transit.delivery_address_changed"], // Will be delivered to a different address
  ["A31", "in_transit.delivery_address_changed"], // Delivered in the evening to a neighbour
  ["A32", "in_transit.delivery_appointment_set"], // Delivered in the evening on another day
  ["A34", "in_transit.forwarded_to_pickup_point"], // Delivery changed to a PostNL outlet
  ["A35", "in_transit.delivery_appointment_set"], // Delivery changed to another day
  ["A42", "in_transit.eta_updated"], // Delivery date of shipment changed
  ["A43", "failed_attempt.notice_left"], // E-mail with invitation for 2nd delivery attempt sent
  ["A99", "in_transit.forwarded_to_pickup_point"], // Will be delivered to a PostNL outlet
  ["J01", "in_transit.sorting"], // Shipment has been sorted
  ["J06", "in_transit.sorting"], // Shipment sorted in sorting centre
  ["J07", "failed_attempt.business_closed"], // Closed: delivery postponed until next working day
  ["J09", LATER],
  ["J10", "in_transit.sorting"], // Shipment has been sorted
  ["J14", LATER],
  ["J16", "failed_attempt.access_issue"], // Delivery address inaccessible, new attempt to follow
  ["J17", "in_transit.delivery_rescheduled"], // Delivery postponed due to 'closed' notification
  ["J22", "in_transit.split_shipment"], // Postponed because of incomplete multi-parcel shipment
  ["J24", LATER],
  ["J26", "in_transit.delivery_rescheduled"], // Delivery postponed until the following working day
  ["J27", "in_transit.sorting"], // Shipment sorted by the depot
  ["J28", "in_transit.handed_to_partner"], // Due to size, delivered by PostNL Extra@Home
  ["J33", "in_transit.address_corrected"], // Recovery procedure for incorrect address
  ["J36", LATER],
  ["J61", "in_transit.sorting"], // Shipment has been sorted
  ["J90", "in_transit.delivery_appointment_set"], // Delivered on an indicated desired date
  ["Q12", "in_transit.departed_origin_country"], // Shipment sent to country of destination
  ["Q13", "in_transit.linehaul"], // Parcel placed on transport
  ["R01", "in_transit.sorting"], // Shipment has been sorted
  ["R06", "exception.cancelled"], // Shipment has been cancelled. Please contact the sender
  ["X01", "in_transit.international_transit"], // Your parcel has crossed the border
  ["X02", "in_transit.arrived_in_destination_country"], // Arrived in the destination country
  ["X07", "in_transit.sorting"], // Shipment sorted in country of destination
  ["X08", "in_transit.arrived_at_destination_facility"], // At a sorting centre in the destination country
  ["X11", "in_transit.customs_processing"], // Answer received with information for import declaration
  ["X14", "in_transit.arrived_at_destination_facility"], // In sorting centre in country of destination
  ["X17", "in_transit.processed_at_facility"], // Shipment weighed and weight determined
  ["X20", "returning.customer_return"], // Return shipment received in distribution centre abroad
  ["X21", "returning.customer_return"], // Return shipment received in distribution centre
  ["X22", "returning.return_to_sender"], // International shipment returned
  ["X50", "in_transit.arrived_at_facility"], // Shipment in sorting centre
  ["X51", "in_transit.sorting"], // Shipment has been sorted
  ["X68", "in_transit.in_transit"], // Parcel back in PostNL process
  ["Y23", "in_transit.address_corrected"], // Address corrected, new delivery attempt to follow
  ["Y24", "in_transit.address_corrected"], // Address corrected, new delivery attempt to follow
  ["Y33", "in_transit.delivery_rescheduled"], // Delivery postponed until the following working day
  ["Y35", LATER],
  ["Y60", LATER],
  ["Y61", LATER],
  ["Y62", LATER],
  // 06 Zending niet gesorteerd
  ["D08", "failed_attempt.recipient_unavailable"], // We missed you; we'll try again
  ["H10", "returning.undeliverable"], // Return, content not permitted
  ["K01", LATER],
  ["K02", "in_transit.delivery_address_changed"], // Recipient has moved. Forwarded to new address
  ["K03", "in_transit.delivery_address_changed"], // Forwarded to address chosen by addressee
  ["K30", "exception.undeliverable"], // Shipment cannot be delivered
  ["K92", "exception.destroyed"], // Shipment destroyed
  ["V01", LATER],
  ["V06", "in_transit.delay_capacity"], // Delayed due to very high traffic
  ["Y07", LATER],
  // 07 Zending in distributieproces
  ["H32", LATER],
  ["H35", "returning.damaged"], // Shipment is damaged, return to sender
  ["J05", "out_for_delivery.out_for_delivery"], // Driver is en route
  ["J08", "failed_attempt.attempted"], // Delivery unsuccessful, we'll try again
  ["J29", "failed_attempt.attempted"], // Does not fit through letterbox, we'll try again
  ["J39", "in_transit.delivery_rescheduled"], // Delivery postponed until the following working day
  ["J41", "exception.pickup_point_unavailable"], // Shipment not allowed in the parcel locker
  ["J42", "in_transit.redirected_pickup_point_full"], // Insufficient space in the parcel locker
  ["J45", "in_transit.linehaul"], // On liner service to distribution depot
  ["J47", "in_transit.forwarded_to_pickup_point"], // Pickup window closed; moved to PostNL pickup point
  ["J48", "exception.pickup_point_unavailable"], // Parcel too large for the parcel locker
  ["J55", "out_for_delivery.to_pickup_point"], // Driver is en route to PostNL outlet
  ["J94", "failed_attempt.recipient_unavailable"], // Freight shipment not delivered; addressee absent
  ["J95", "in_transit.delivery_rescheduled"], // Postponed, scanned at depot
  ["K14", "failed_attempt.recipient_unavailable"], // We missed you; we'll try again
  ["K15", "exception.generic"], // Error during shipment delivery. More information to follow
  ["K70", "failed_attempt.attempted"], // Delivery unsuccessful, shipment will go to PostNL outlet
  ["Q15", "in_transit.in_transit"], // Shipment is en route
  ["S05", "in_transit.in_transit"], // Shipment is en route
  ["T02", LATER],
  ["X04", "in_transit.customs_cleared"], // Customs in the destination country approved your parcel
  ["X06", "out_for_delivery.out_for_delivery"], // Your shipment is on its way to the recipient
  ["X19", "in_transit.departed_origin_country"], // Shipment sent to country of destination
  ["X55", "out_for_delivery.out_for_delivery"], // Driver is en route
  ["Y05", "out_for_delivery.out_for_delivery"], // Your shipment is on its way to the recipient
  // 08 Zending niet afgeleverd
  ["H01", "returning.refused"], // Refused at delivery; return shipment to sender
  ["H02", "returning.undeliverable"], // Incorrect address; return shipment to sender
  ["H03", "returning.unclaimed"], // Shipment not collected, return to sender
  ["H04", "returning.damaged"], // Shipment is damaged, return to sender
  ["H05", "returning.undeliverable"], // We missed you; shipment returned to sender
  ["H07", "returning.undeliverable"], // We missed you; shipment returned to sender
  ["H08", "returning.undeliverable"], // Incorrect delivery code or ID, return to sender
  ["H09", "returning.undeliverable"], // Shipment incomplete, return to sender
  ["H12", "returning.undeliverable"], // Returned to sender, addressee incorrect
  ["H20", "returning.return_to_sender"], // Shipment returned to sender
  ["H22", "returning.sender_request"], // Returned on request of sender
  ["H24", "returning.refused"], // Returned by pick-up location on recipient's request
  ["H34", "failed_attempt.attempted"], // Shipment not delivered
  ["H36", "failed_attempt.address_issue"], // Not delivered; incorrect address
  ["H38", "returning.refused"], // Refused at delivery; return shipment to sender
  ["H51", "returning.undeliverable"], // Not delivered, no letterbox. Return to sender
  ["H52", "returning.undeliverable"], // Not delivered, does not fit. Return to sender
  ["J92", LATER],
  ["K16", "failed_attempt.access_issue"], // Address long term unreachable, new attempt follows
  ["K41", "failed_attempt.payment_required"], // Cash on delivery not delivered, recipient cannot pay
  ["K43", "returning.return_to_sender"], // Shipment will be returned
  ["Y01", "failed_attempt.address_issue"], // Not delivered; incorrect address
  ["Y02", "failed_attempt.recipient_unavailable"], // We missed you; shipment not delivered
  ["Y03", "exception.refused"], // Shipment refused by addressee
  ["Y04", "exception.damaged"], // Shipment damaged
  ["Y08", LATER],
  ["Y09", "exception.address_incorrect"], // Contact addressee due to incorrect delivery address
  ["Y10", "failed_attempt.recipient_unavailable"], // We missed you; we'll try again
  ["Y11", "exception.damaged"], // Damaged, attempt made to contact recipient
  ["Y12", "exception.address_incorrect"], // Address incorrect, PostNL will contact sender
  ["Y13", "exception.refused"], // Shipment refused, PostNL contacting sender
  ["Y14", "exception.damaged"], // Shipment damaged
  ["Y15", "exception.awaiting_sender_instructions"], // Not delivered, sender contacted
  ["Y16", "returning.undeliverable"], // Address incorrect, return shipment to sender
  ["Y17", "failed_attempt.address_issue"], // Not delivered; incorrect address
  ["Y18", "returning.damaged"], // Shipment is damaged, return shipment to sender
  ["Y19", "returning.undeliverable"], // Contains prohibited item, return shipment to sender
  ["Y20", "returning.unclaimed"], // Shipment not collected, return to sender
  ["Y21", "returning.return_to_sender"], // Shipment returned to sender
  ["Y22", "exception.recipient_moved"], // Not delivered, addressee relocated
  ["Y30", "failed_attempt.address_issue"], // Not delivered due to incorrect postcode
  ["Y31", "exception.address_incomplete"], // Not delivered, missing postcode
  ["Y32", "exception.address_incorrect"], // Not delivered, address unknown
  ["Y36", "failed_attempt.id_required"], // Not delivered: recipient identification missing
  ["Y38", "failed_attempt.attempted"], // Not delivered: parcel sent to depot in destination country
  ["Y39", "exception.recipient_contact_needed"], // Contact recipient to arrange an appointment
  ["Y40", "returning.undeliverable"], // We missed you; shipment returned to sender
  ["Y41", "failed_attempt.access_issue"], // Not delivered. Location access code is missing
  ["Y42", "failed_attempt.recipient_unavailable"], // Not delivered, addressee unavailable
  ["Y43", "failed_attempt.business_closed"], // Delayed as addressee location is closed
  ["Y44", "exception.refused"], // Refused by recipient due to damage
  ["Y50", "exception.refused"], // Shipment refused, incomplete
  ["Y71", "exception.lost"], // Shipment missing
  // 09 Zending bij douane
  ["J59", "out_for_delivery.with_courier"], // Parcel will be delivered to you today by courier
  ["X30", "exception.customs_hold"], // Delayed in destination country: additional customs investigation
  ["X60", "in_transit.customs_processing"], // Import declaration submitted by PostNL
  ["X61", "in_transit.customs_cleared"], // Import declaration completed successfully
  ["X62", "in_transit.customs_processing"], // Additional declaration has been submitted
  ["X63", "in_transit.customs_inspection"], // Delayed due to sample check at customs clearance
  ["X64", "in_transit.customs_inspection"], // Delayed due to sample check at customs clearance
  ["X65", "in_transit.customs_cleared"], // Additional customs declaration completed successfully
  ["X66", "exception.customs_hold"], // Shipment declaration process has been stopped
  ["Y25", "exception.customs_hold"], // With customs in the destination country for further processing
  ["Y29", "exception.destroyed"], // Destroyed on behalf of customs in the destination country
  // 11 Zending afgeleverd
  ["I01", "delivered.delivered"], // Shipment delivered
  ["I03", "delivered.delivered"], // Shipment delivered
  ["I05", "delivered.mailbox"], // Shipment in letterbox
  ["I06", "delivered.delivered"], // Shipment sorted, will be transferred to addressee
  ["I07", "returned.customer_return_received"], // Return shipment sorted, transferred to sender
  ["I09", "delivered.parcel_locker"], // Delivered in personal parcel locker
  ["I10", "delivered.neighbour"], // Shipment delivered to neighbour
  ["I11", "delivered.mailbox"], // Shipment in letterbox
  ["I12", "delivered.safe_place"], // Shipment delivered to indicated location
  ["I22", "delivered.picked_up"], // Shipment collected at PostNL outlet
  ["I23", "delivered.to_recipient"], // Shipment has been handed over to recipient
  ["J23", "available_for_pickup.at_locker"], // Shipment can be collected at the parcel locker
  ["J63", "returned.customer_return_received"], // Return shipment delivered
  ["J91", "delivered.partial"], // Partially-defective shipment delivered
  ["K91", "exception.held_by_carrier"], // In storage because of closed return address
  ["X24", "returned.returned_to_sender"], // Returned to business PO Box holder abroad
  ["Y26", "available_for_pickup.at_post_office"], // Shipment to be collected at PO Box
  ["Z01", "delivered.delivered"], // Your shipment has been delivered to the recipient
  ["Z02", "delivered.delivered"],
  ["Z03", "delivered.delivered"],
  ["Z04", "delivered.delivered"],
  ["Z05", "delivered.neighbour"], // Delivered to neighbours in destination country
  ["Z06", "delivered.picked_up"], // Your shipment has been picked up at a collection point
  ["Z08", "delivered.delivered"],
  ["Z09", "delivered.safe_place"], // Delivered to recipient's safe location
  // 12 Zending beschikbaar op afhaallocatie
  ["I08", "available_for_pickup.at_post_office"], // Shipment available at PostNL outlet
  ["J02", "available_for_pickup.at_post_office"], // Shipment to be collected at PostNL outlet
  ["J12", "available_for_pickup.at_post_office"], // Shipment to be collected at PostNL outlet
  ["J52", "available_for_pickup.at_post_office"], // Shipment to be collected at PO Box location
  ["X05", "available_for_pickup.at_pickup_point"], // Shipment to be collected at pick-up location
  // 13 Voorgemeld: nog niet aangenomen
  ["A20", "exception.payment_due"], // Request for payment of shipment costs sent
  ["A21", "in_transit.customs_duties_paid"], // Payment for shipment costs received
  ["A22", "exception.refused"], // Request for payment refused
  ["Q02", "info_received.awaiting_dropoff"], // Transaction cancelled at PostNL outlet
  ["X03", "in_transit.customs_processing"], // Customs in the destination country is checking
  // 14 Voorgemeld: definitief niet aangenomen
  ["M01", "expired.never_scanned"], // Shipment not physically presented to PostNL
  // 15 / 16 Manco collectie / sortering
  ["G01", LATER],
  ["G02", LATER],
  ["G03", "in_transit.delay_capacity"], // Busy period: taking longer than normal
  ["G05", LATER],
  // 17 Manco distributie
  ["H23", "exception.cancelled"], // Cancelled by PostNL, no delivery appointment could be made
  ["K90", "pending.awaiting_info"], // Status as yet unknown. Try again later
  // 19 Zending afgekeurd
  ["F03", "exception.label_issue"], // Not processed because of missing shipment details
  ["F04", "exception.label_issue"], // Not processed because of missing shipment details
  ["F05", "info_received.pickup_missed"], // Not processed. Collection contract missing
  ["F06", "info_received.pickup_missed"], // Not processed. Collection address post code unknown
  ["F07", "exception.address_incorrect"], // Not processed. Delivery address post code unknown
  ["F08", "info_received.pickup_missed"], // Not processed. Collection date is in the past
  ["F10", "info_received.pickup_missed"], // Not processed. Collection date is not a working day
  // 20 Zending in inklaringsproces
  ["A76", "in_transit.arrived_in_destination_country"], // Shipment arrived in the Netherlands
  ["X10", "exception.customs_documents_required"], // Parcel details missing; information request follows
  ["X67", "exception.customs_duties_due"], // Awaiting payment of import costs
  // 21 Zending in voorraad
  ["V02", LATER],
  ["V03", LATER],
  ["V04", "in_transit.late_linehaul"], // Delivery delayed due to late delivery to PostNL
  ["V11", LATER],
  ["V12", "in_transit.accepted"], // Received by PostNL
  ["V13", "in_transit.accepted"], // Received by PostNL
  ["V21", LATER],
  ["V22", "in_transit.accepted"], // Shipment is at PostNL
  ["V23", "in_transit.accepted"], // Received by PostNL
  ["V31", "in_transit.delay_operational"], // Received by PostNL, delayed
  ["V50", "in_transit.accepted"], // Received by PostNL
  // 22 / 23 Afgehaald van Postkantoor / Afhaalopdracht gecollecteerd
  ["I02", "delivered.picked_up"], // Shipment collected at PostNL outlet
  ["C01", "in_transit.picked_up"], // Shipment collected by PostNL
  // 27 / 28 Retour onbestelbaar / Retour foutieve aflevercode
  ["H16", "returning.undeliverable"], // Address long unavailable. Return
  ["H25", "returning.undeliverable"], // Location long term unreachable. Return
  ["Y37", "exception.carrier_contact_needed"], // Not delivered: contact local deliverer
  // 31 Zending klaar voor transport naar land van bestemming
  ["A72", "in_transit.processed_at_facility"], // Ready for transport to the Netherlands
  ["A74", "in_transit.accepted"], // Received by partner in country of shipment
  ["A75", "in_transit.international_transit"], // En route to the Netherlands
  ["X15", "in_transit.sorting"], // Sorted at IMEC in destination country
  // 99 Niet van toepassing
  ["A41", "in_transit.delivery_appointment_set"], // Extra@Home Customer Service has made contact
  ["A46", "returning.refused"], // Recipient request for pick-up location to return shipment
  ["A73", "in_transit.picked_up"], // Shipment has been collected by partner
  ["A94", "in_transit.rerouted"], // Delivery changed by customer
  ["B06", "in_transit.accepted"], // Shipment accepted by PostNL IMEC
  ["C02", "in_transit.dropped_off"], // Scanned at PostNL service point
  ["H15", "returning.undeliverable"], // Too large or too heavy, return to sender
  ["H17", "returning.customs"], // Value exceeds maximum customs value. Return to sender
  ["H18", "returning.undeliverable"], // Delivery failed, package goes back to sender
  ["H30", "exception.cancelled"], // Sender has cancelled the shipment order
  ["J56", "info_received.awaiting_pickup"], // We are en route to pickup address
  ["J80", "exception.missing_scans"], // No delivery scan for this shipment yet
  ["K25", "in_transit.delay_operational"], // Delayed, location unreachable for processing
  ["K71", "failed_attempt.recipient_unavailable"], // We missed you, sent to PostNL retail point
  ["P20", "failed_attempt.no_safe_place"], // Appointed place is not safe, prone to theft
  ["P21", "failed_attempt.no_safe_place"], // Appointed place is visible from the street
  ["P22", "failed_attempt.no_safe_place"], // Appointed place is wet, not covered
  ["P23", "failed_attempt.no_safe_place"], // Appointed place is not accessible/available
  ["P24", "failed_attempt.no_safe_place"], // Appointed place is not sufficient, parcel too large
  ["Q14", "exception.held_for_inspection"], // Removed from transport for inspection
  ["Q16", "in_transit.international_transit"], // In depot, goes en route to country of destination
  ["Q17", "in_transit.processed_at_facility"], // Ready for shipment to Europe
  ["Q18", "in_transit.processed_at_facility"], // Ready for shipment to The Netherlands
  ["Q19", "in_transit.international_transit"], // Still in transit, not yet received by PostNL
  ["X16", "in_transit.sorting"], // Pre-alerted by PostNL and sorted at IMEC
  ["X52", "in_transit.arrived_at_delivery_facility"], // Awaiting delivery in the destination country
  ["Y45", "exception.prohibited_item"], // Permanently removed from process: prohibited contents
  ["Y46", "exception.customs_hold"], // Exceeds customs value, transport is postponed
  ["Y47", "returning.customs"], // Return to sender: missing/incorrect export form
  ["Y48", "exception.undeliverable"], // Undeliverable: incorrect export form, no return address
  ["Y64", "in_transit.customs_inspection"], // Delay due to import controls in destination country
  ["Y65", "in_transit.delay_weather"], // Delayed due to extreme weather conditions
  ["Y66", "in_transit.delay_operational"], // Delayed due to IT issues
];

export const POSTNL_EVENTS: ReadonlyMap<string, EventCode> = new Map(EVENT_ROWS);

/** Status codes (Status / OldStatus[es].StatusCode). 99 "Niet van toepassing" is no event. */
export const POSTNL_STATUSES: ReadonlyMap<string, EventCode | null> = new Map<string, EventCode | null>([
  ["1", "info_received.label_created"], // Zending voorgemeld
  ["2", "in_transit.accepted"], // Zending in ontvangst genomen
  ["3", "in_transit.picked_up"], // Zending afgehaald
  ["4", "info_received.pickup_missed"], // Zending niet afgehaald
  ["5", "in_transit.sorting"], // Zending gesorteerd
  ["6", "in_transit.delay_operational"], // Zending niet gesorteerd
  ["7", "out_for_delivery.out_for_delivery"], // Zending in distributieproces
  ["8", "failed_attempt.attempted"], // Zending niet afgeleverd
  ["9", "in_transit.customs_processing"], // Zending bij douane
  ["11", "delivered.delivered"], // Zending afgeleverd
  ["12", "available_for_pickup.at_pickup_point"], // Zending beschikbaar op afhaallocatie
  ["13", "info_received.label_created"], // Voorgemeld: nog niet aangenomen
  ["14", "expired.never_scanned"], // Voorgemeld: definitief niet aangenomen
  ["15", "exception.missing_scans"], // Manco collectie
  ["16", "exception.missing_scans"], // Manco sortering
  ["17", "exception.missing_scans"], // Manco distributie
  ["18", "exception.lost"], // Definitief manco
  ["19", "exception.generic"], // Zending afgekeurd
  ["20", "in_transit.customs_processing"], // Zending in inklaringsproces
  ["21", "in_transit.held_for_future_delivery"], // Zending in voorraad
  ["22", "delivered.picked_up"], // Zending afgehaald van Postkantoor
  ["23", "in_transit.picked_up"], // Afhaalopdracht gecollecteerd
  ["27", "returning.undeliverable"], // Retour onbestelbaar
  ["28", "returning.undeliverable"], // Retour foutieve aflevercode
  ["31", "in_transit.processed_at_facility"], // Zending klaar voor transport naar land van bestemming
  ["99", null], // Niet van toepassing
]);

// PostNL answers in Dutch by default (language=NL). For an event code the table lacks, these
// Dutch phrases decide before the generic (English) keyword rules. Order matters.
const DUTCH: ReadonlyArray<readonly [RegExp, EventCode]> = [
  [/niet (bezorgd|afgeleverd)|gemist|lukte niet/i, "failed_attempt.attempted"],
  [/retour/i, "returning.return_to_sender"],
  [/bezorger is onderweg/i, "out_for_delivery.out_for_delivery"],
  [/bezorgd|afgeleverd|overhandigd/i, "delivered.delivered"],
  [/afgehaald bij|opgehaald bij/i, "delivered.picked_up"],
  [/af te halen|ligt (voor je )?klaar|beschikbaar op/i, "available_for_pickup.at_post_office"],
  [/douane|inklaring|invoeraangifte/i, "in_transit.customs_processing"],
  [/vertraagd|bezorgmoment is bijgewerkt/i, "in_transit.eta_later"],
  [/verwacht|voorgemeld|aangemeld/i, "info_received.label_created"],
  [/gesorteerd|sorteer/i, "in_transit.sorting"],
  [/ontvangen|is bij postnl/i, "in_transit.accepted"],
  [/onderweg/i, "in_transit.in_transit"],
];

/** Best guess from PostNL's Dutch wording, or undefined when none of the phrases occurs. */
export function dutchGuess(text: string | null): EventCode | undefined {
  if (!text) return undefined;
  for (const [re, code] of DUTCH) if (re.test(text)) return code;
  return undefined;
}
