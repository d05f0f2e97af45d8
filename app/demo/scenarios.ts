// Scan sequences for the demo shop: for each final state, the codes a parcel passes through.
// Hours are after the label was created. The sandbox carrier network (app/demo/simulator) grows
// this into lane-based streams; these fixed stories keep the seeded demo readable.
import type { EventCode } from "../tracking/taxonomy";

export type Step = readonly [EventCode, number];

const ORIGIN: Step[] = [
  ["info_received.label_created", 0],
  ["in_transit.picked_up", 20],
  ["in_transit.arrived_at_facility", 26],
  ["in_transit.departed_facility", 31],
];
const MIDDLE: Step[] = [
  ["in_transit.arrived_at_destination_facility", 52],
  ["in_transit.arrived_at_delivery_facility", 66],
];
const LAST_MILE: Step[] = [["out_for_delivery.out_for_delivery", 72]];

export const SCENARIOS: Record<string, { weight: number; steps: Step[] }> = {
  delivered: { weight: 38, steps: [...ORIGIN, ...MIDDLE, ...LAST_MILE, ["delivered.delivered", 77]] },
  delivered_late: {
    weight: 4,
    steps: [...ORIGIN, ["in_transit.delay_weather", 40], ...MIDDLE.map(([c, h]) => [c, h + 48] as Step), ["out_for_delivery.out_for_delivery", 122], ["delivered.signed", 126]],
  },
  delivered_neighbour: { weight: 2, steps: [...ORIGIN, ...MIDDLE, ...LAST_MILE, ["delivered.neighbour", 76]] },
  pending: { weight: 3, steps: [] },
  label_created: { weight: 6, steps: [["info_received.label_created", 0]] },
  in_transit: { weight: 18, steps: [...ORIGIN, ["in_transit.arrived_at_destination_facility", 52]] },
  out_for_delivery: { weight: 6, steps: [...ORIGIN, ...MIDDLE, ...LAST_MILE] },
  pickup: { weight: 4, steps: [...ORIGIN, ...MIDDLE, ["available_for_pickup.at_pickup_point", 75]] },
  failed_attempt: { weight: 5, steps: [...ORIGIN, ...MIDDLE, ...LAST_MILE, ["failed_attempt.recipient_unavailable", 79]] },
  customs_hold: {
    weight: 3,
    steps: [...ORIGIN, ["in_transit.departed_origin_country", 40], ["in_transit.arrived_in_destination_country", 58], ["exception.customs_hold", 62]],
  },
  address_issue: { weight: 2, steps: [...ORIGIN, ...MIDDLE, ...LAST_MILE, ["exception.address_incorrect", 78]] },
  weather: { weight: 2, steps: [...ORIGIN, ["exception.weather", 45]] },
  damaged: { weight: 1, steps: [...ORIGIN, ["exception.damaged", 40]] },
  lost: { weight: 1, steps: [...ORIGIN, ["exception.lost", 200]] },
  returning: { weight: 3, steps: [...ORIGIN, ...MIDDLE, ["failed_attempt.recipient_unavailable", 76], ["returning.unclaimed", 200]] },
  returned: { weight: 2, steps: [...ORIGIN, ...MIDDLE, ["exception.refused", 76], ["returning.refused", 80], ["returned.returned_to_sender", 150]] },
  silent: { weight: 3, steps: [...ORIGIN.slice(0, 3)] },
  expired: { weight: 1, steps: [...ORIGIN.slice(0, 2), ["expired.no_updates", 720]] },
};
