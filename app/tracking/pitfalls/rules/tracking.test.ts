import { describe, expect, it } from "vitest";
import { alertsOf, at, ev, scenario, settingsWith } from "../testing/fixtures";
import { thresholdSuite } from "../testing/suites";

const label = ev("l0", 0, "info_received.label_created");

thresholdSuite({
  rule: "no_tracking_info",
  key: "hours",
  merchant: 24,
  build: (h) => scenario([], h),
  causeKey: `createdAt:${at(0).toISOString()}`,
  resolved: [
    ["the carrier shows the label", scenario([ev("l", 30, "info_received.label_created")], 100)],
    ["the carrier scanned it", scenario([ev("p", 30, "in_transit.picked_up")], 100)],
  ],
});

describe("no_tracking_info", () => {
  it("does not count the carrier's 'not found yet' answers as tracking", () => {
    const s = scenario([ev("n1", 5, "pending.not_found"), ev("n2", 30, "pending.not_found")], 48);
    expect(alertsOf("no_tracking_info", s)).toMatchObject([{ details: { hoursWithoutTracking: 48 } }]);
  });

  it("leaves a malformed number to tracking_number_invalid, unless the merchant turned that off", () => {
    const s = scenario([], 100, { trackingNumberValid: false });
    expect(alertsOf("no_tracking_info", s)).toEqual([]);
    expect(alertsOf("no_tracking_info", s, settingsWith("tracking_number_invalid", { enabled: false }))).toHaveLength(1);
  });
});

thresholdSuite({
  rule: "tracking_number_invalid",
  key: "afterHours",
  merchant: 6,
  build: (h) => scenario([], h, { trackingNumberValid: false }),
  causeKey: "trackingNumber:1Z999AA10123456784",
  severity: "high",
  resolved: [["the carrier tracks it after all", scenario([ev("l", 3, "info_received.label_created")], 10, { trackingNumberValid: false })]],
});

describe("tracking_number_invalid", () => {
  it("fires when the carrier rejects a number that passed our format check", () => {
    const s = scenario([ev("n1", 2, "pending.invalid_number")], 3);
    expect(alertsOf("tracking_number_invalid", s)).toMatchObject([{ triggeredBy: "n1", details: { rejectedByCarrier: true } }]);
    expect(alertsOf("tracking_number_invalid", scenario([], 3))).toEqual([]);
  });
});

thresholdSuite({
  rule: "label_not_picked_up",
  key: "hours",
  merchant: 24,
  build: (h) => scenario([label], h),
  causeKey: `labelCreatedAt:${at(0).toISOString()}`,
  resolved: [
    ["picked up", scenario([label, ev("p", 50, "in_transit.picked_up")], 100)],
    ["dropped off", scenario([label, ev("p", 50, "in_transit.dropped_off")], 100)],
  ],
});

describe("label_not_picked_up", () => {
  it("counts from the label scan, or from fulfillment when the carrier gave only a status", () => {
    const late = ev("l5", 5, "info_received.label_created");
    expect(alertsOf("label_not_picked_up", scenario([late, ev("l6", 40, "info_received.awaiting_pickup")], 76))).toEqual([]);
    expect(alertsOf("label_not_picked_up", scenario([late], 77))).toMatchObject([{ triggeredBy: "l5", details: { hoursSinceLabel: 72 } }]);
    const statusOnly = scenario([], 72, { milestone: "info_received" });
    expect(alertsOf("label_not_picked_up", statusOnly).map((a) => a.causeKey)).toEqual([`labelCreatedAt:${at(0).toISOString()}`]);
  });
});

const ups = (id: string, h: number) => ev(id, h, "in_transit.arrived_at_facility", { carrier: "ups" });
const handover = [ups("u0", 0), ups("u1", 10), ev("s1", 20, "in_transit.arrived_at_delivery_facility", { carrier: "usps" })];

thresholdSuite({
  rule: "carrier_changed",
  key: "afterHours",
  merchant: 6,
  build: (h) => scenario(handover, 20 + h),
  causeKey: "carrier:usps",
  severity: "low",
  resolved: [
    ["delivered", scenario([...handover, ev("d", 30, "delivered.delivered", { carrier: "usps" })], 40)],
    ["returned", scenario([...handover, ev("r", 30, "returned.returned_to_sender", { carrier: "usps" })], 40)],
  ],
});

describe("carrier_changed", () => {
  it("reads carriersSeen too, ignoring case and blanks, and names both carriers", () => {
    const s = scenario([ups("u0", 0)], 5, { carriersSeen: ["UPS", " ", "DHL_Express"] });
    expect(alertsOf("carrier_changed", s)).toMatchObject([{ causeKey: "carrier:dhl_express", triggeredBy: null, details: { from: "ups", to: "dhl_express" } }]);
  });

  it("stays quiet for one carrier, and gives each further carrier its own alert", () => {
    expect(alertsOf("carrier_changed", scenario([ups("u0", 0), ups("u1", 5)], 10, { carriersSeen: ["ups"] }))).toEqual([]);
    const three = [...handover, ev("f1", 30, "in_transit.in_transit", { carrier: "fedex" })];
    expect(alertsOf("carrier_changed", scenario(three, 31)).map((a) => a.causeKey)).toEqual(["carrier:usps", "carrier:fedex"]);
  });

  it("takes the first carrier to scan as the original when the shipment's carrier never scanned", () => {
    const s = scenario(handover, 30, { carrier: "dhl" });
    expect(alertsOf("carrier_changed", s)).toMatchObject([{ causeKey: "carrier:usps", details: { from: "ups" } }]);
  });
});
