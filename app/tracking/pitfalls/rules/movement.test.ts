import { describe, expect, it } from "vitest";
import { alertsOf, at, ev, scenario, settingsWith } from "../testing/fixtures";
import { thresholdSuite } from "../testing/suites";

const picked = ev("e0", 0, "in_transit.picked_up", { location: "Memphis, TN, US" });
const arrived = ev("e1", 10, "in_transit.arrived_at_facility", { location: "Louisville, KY, US" });

thresholdSuite({
  rule: "silent_carrier",
  key: "hours",
  merchant: 24,
  build: (h) => scenario([picked, arrived], 10 + h),
  causeKey: `lastEventAt:${at(10).toISOString()}`,
  severity: "medium",
  resolved: [
    ["a new scan starts a new silence", scenario([picked, arrived, ev("e2", 60, "in_transit.departed_facility")], 61)],
    ["delivered parcels are not silent", scenario([picked, ev("d", 10, "delivered.delivered")], 200)],
    ["returned parcels are not silent", scenario([picked, ev("r", 10, "returned.returned_to_sender")], 200)],
    ["expired tracking is not silence", scenario([picked, ev("x", 10, "expired.tracking_expired")], 200)],
  ],
});

describe("silent_carrier", () => {
  it("measures from facts.lastEventAt when it is newer than the events given", () => {
    const s = scenario([picked, arrived], 60, { lastEventAt: at(30) });
    expect(alertsOf("silent_carrier", s)).toEqual([]);
    expect(alertsOf("silent_carrier", { ...s, now: at(78) })).toMatchObject([{ causeKey: `lastEventAt:${at(30).toISOString()}`, details: { hoursSilent: 48 } }]);
  });

  it("leaves parcels waiting for pickup or at a pickup point to their own rules", () => {
    expect(alertsOf("silent_carrier", scenario([ev("l", 0, "info_received.label_created")], 500))).toEqual([]);
    expect(alertsOf("silent_carrier", scenario([picked, ev("p", 10, "available_for_pickup.at_locker")], 500))).toEqual([]);
  });
});

const louisville = (id: string, h: number) => ev(id, h, "in_transit.processed_at_facility", { location: "Louisville, KY, US" });

thresholdSuite({
  rule: "stuck_at_facility",
  key: "hours",
  merchant: 96,
  build: (h) => scenario([picked, arrived, louisville("e2", 20), ev("e3", 22, "in_transit.in_transit"), louisville("e4", 30)], 10 + h),
  causeKey: "e1",
  resolved: [
    ["the parcel left for another place", scenario([picked, arrived, louisville("e2", 20), ev("e5", 40, "in_transit.departed_facility", { location: "Columbus, OH, US" })], 200)],
    ["delivered", scenario([picked, arrived, louisville("e2", 20), ev("d", 40, "delivered.delivered", { location: "Louisville, KY, US" })], 200)],
  ],
});

describe("stuck_at_facility", () => {
  it("needs minScans scans at the place (one lone scan is silence, not stuck)", () => {
    const lone = scenario([picked, arrived], 100);
    expect(alertsOf("stuck_at_facility", lone)).toEqual([]);
    expect(alertsOf("stuck_at_facility", lone, settingsWith("stuck_at_facility", { minScans: 1 }))).toMatchObject([{ causeKey: "e1" }]);
    const three = scenario([picked, arrived, louisville("e2", 20)], 100);
    expect(alertsOf("stuck_at_facility", three, settingsWith("stuck_at_facility", { minScans: 3 }))).toEqual([]);
    expect(alertsOf("stuck_at_facility", three)).toMatchObject([{ details: { scans: 2, location: "Louisville, KY, US" } }]);
  });

  it("counts only routine transit scans: an exception at the place is not being stuck", () => {
    const held = scenario([picked, arrived, ev("x", 15, "exception.customs_hold", { location: "Louisville, KY, US" }), louisville("e2", 80)], 100);
    expect(alertsOf("stuck_at_facility", held)).toEqual([]);
  });

  it("compares places without regard to case", () => {
    const s = scenario([picked, arrived, ev("e2", 20, "in_transit.sorting", { location: "LOUISVILLE, KY, US" })], 100);
    expect(alertsOf("stuck_at_facility", s).map((a) => a.causeKey)).toEqual(["e1"]);
  });
});

thresholdSuite({
  rule: "transit_beyond_lane",
  key: "factor",
  merchant: 1.5,
  build: (f) => scenario([picked, arrived], 100 * f, { laneTransitP95Hours: 100, shippedAt: at(0) }),
  causeKey: `shippedAt:${at(0).toISOString()}`,
  resolved: [
    ["delivered", scenario([picked, ev("d", 90, "delivered.delivered")], 300, { laneTransitP95Hours: 100, shippedAt: at(0) })],
    ["waiting at a pickup point", scenario([picked, ev("p", 90, "available_for_pickup.at_pickup_point")], 300, { laneTransitP95Hours: 100, shippedAt: at(0) })],
    ["no lane statistics", scenario([picked, arrived], 300, { laneTransitP95Hours: null, shippedAt: at(0) })],
  ],
});

describe("transit_beyond_lane", () => {
  it("adds the merchant's extraHours and starts from the first carrier scan when shippedAt is unknown", () => {
    const s = scenario([ev("l", -20, "info_received.label_created"), ev("e0", 5, "in_transit.picked_up")], 105, { laneTransitP95Hours: 100 });
    expect(alertsOf("transit_beyond_lane", s)).toMatchObject([{ causeKey: `shippedAt:${at(5).toISOString()}`, details: { transitHours: 100, laneP95Hours: 100, hoursOver: 0 } }]);
    const extra = settingsWith("transit_beyond_lane", { extraHours: 12 });
    expect(alertsOf("transit_beyond_lane", s, extra)).toEqual([]);
    expect(alertsOf("transit_beyond_lane", { ...s, now: at(117) }, extra)).toHaveLength(1);
  });
});

const held = ev("x1", 10, "exception.held_by_carrier");
thresholdSuite({
  rule: "exception_unresolved",
  key: "hours",
  merchant: 12,
  build: (h) => scenario([picked, held, ev("x2", 15, "exception.carrier_contact_needed")], 10 + h),
  causeKey: "x1",
  severity: "high",
  resolved: [
    ["the parcel moved on", scenario([picked, held, ev("m", 20, "in_transit.departed_facility")], 200)],
    ["it went back to the sender", scenario([picked, held, ev("r", 20, "returning.return_to_sender")], 200)],
  ],
});

const customs = [picked, ev("c0", 5, "in_transit.arrived_in_destination_country"), ev("c1", 10, "in_transit.customs_processing"), ev("c2", 20, "exception.customs_hold")];
thresholdSuite({
  rule: "long_customs_clearance",
  key: "hours",
  merchant: 120,
  build: (h) => scenario(customs, 10 + h),
  causeKey: "c1",
  resolved: [
    ["customs released it", scenario([...customs, ev("c3", 30, "in_transit.customs_cleared")], 200)],
    ["it moved on without a release scan", scenario([...customs, ev("c3", 30, "in_transit.departed_facility")], 200)],
    ["delivered", scenario([...customs, ev("d", 30, "delivered.delivered")], 200)],
  ],
});
