import { describe, expect, it } from "vitest";
import { alertsOf, at, ev, scenario, settingsWith } from "../testing/fixtures";
import { thresholdSuite } from "../testing/suites";

const picked = ev("e0", 0, "in_transit.picked_up");
const arrived = ev("e1", 10, "in_transit.arrived_at_facility");
const moving = [picked, arrived];
const delivered = [picked, arrived, ev("d", 20, "delivered.delivered")];
const iso = (h: number) => at(h).toISOString();
const history = (...entries: Array<[number, number]>) => entries.map(([seen, eta]) => ({ at: at(seen), eta: at(eta) }));

thresholdSuite({
  rule: "eta_moved_later",
  key: "hours",
  merchant: 48,
  build: (h) => scenario(moving, 30, { carrierEtaHistory: history([0, 100], [20, 100 + h]) }),
  causeKey: `etaMovedAt:${iso(20)}`,
  severity: "low",
  resolved: [
    ["the ETA came back", scenario(moving, 30, { carrierEtaHistory: history([0, 100], [20, 200], [25, 101]) })],
    ["delivered", scenario(delivered, 30, { carrierEtaHistory: history([0, 100], [20, 200]) })],
  ],
});

describe("eta_moved_later", () => {
  it("adds up small slips, keeps the alert through further slips, and reports the totals", () => {
    const s = scenario(moving, 40, { carrierEtaHistory: history([0, 100], [10, 112], [20, 124], [30, 150]) });
    expect(alertsOf("eta_moved_later", s)).toMatchObject([
      { causeKey: `etaMovedAt:${iso(20)}`, details: { hoursLater: 50, originalEta: iso(100), currentEta: iso(150) } },
    ]);
  });

  it("reads a history given out of order", () => {
    const s = scenario(moving, 40, { carrierEtaHistory: history([20, 130], [0, 100]) });
    expect(alertsOf("eta_moved_later", s).map((a) => a.causeKey)).toEqual([`etaMovedAt:${iso(20)}`]);
  });

  it("treats a slip after a recovery as a new cause", () => {
    const s = scenario(moving, 40, { carrierEtaHistory: history([0, 100], [10, 130], [20, 100], [30, 140]) });
    expect(alertsOf("eta_moved_later", s).map((a) => a.causeKey)).toEqual([`etaMovedAt:${iso(30)}`]);
  });
});

thresholdSuite({
  rule: "eta_passed",
  key: "graceHours",
  merchant: 24,
  build: (g) => scenario(moving, 50 + g, { carrierEta: at(50) }),
  causeKey: `eta:${iso(50)}`,
  resolved: [
    ["delivered", scenario(delivered, 100, { carrierEta: at(50) })],
    ["on its way back", scenario([...moving, ev("r", 20, "returning.return_to_sender")], 100, { carrierEta: at(50) })],
    ["the carrier gave a new ETA", scenario(moving, 100, { carrierEta: at(150) })],
  ],
});

describe("eta_passed", () => {
  it("reads a date-only ETA as the whole local day at the destination", () => {
    // 2026-03-05 in New York (UTC-5) ends at 2026-03-06T05:00Z; plus 6 grace hours.
    const base = scenario(moving, 0, { carrierEta: new Date("2026-03-05T00:00:00Z"), destinationTimeZoneOffsetMinutes: -300 });
    expect(alertsOf("eta_passed", { ...base, now: new Date("2026-03-06T10:59:00Z") })).toEqual([]);
    expect(alertsOf("eta_passed", { ...base, now: new Date("2026-03-06T11:00:00Z") })).toMatchObject([{ details: { hoursPastEta: 6 } }]);
  });
});

const predicted = (p: number | null, fromHour = 60) => ({ from: at(fromHour), to: at(fromHour + 30), missProbability: p });

thresholdSuite({
  rule: "promise_at_risk",
  key: "missProbability",
  merchant: 0.8,
  build: (p) => scenario(moving, 20, { promisedBy: at(100), predicted: predicted(p) }),
  causeKey: `promisedBy:${iso(100)}`,
  resolved: [
    ["delivered", scenario(delivered, 30, { promisedBy: at(100), predicted: predicted(0.9) })],
    ["the promised time passed (promise_missed takes over)", scenario(moving, 100, { promisedBy: at(100), predicted: predicted(0.9) })],
    ["the order was cancelled", scenario(moving, 20, { promisedBy: at(100), predicted: predicted(0.9), orderCancelled: true })],
  ],
});

describe("promise_at_risk", () => {
  it("fires when the predicted window starts after the promise, beyond the merchant's margin", () => {
    const s = scenario(moving, 20, { promisedBy: at(100), predicted: predicted(null, 110) });
    expect(alertsOf("promise_at_risk", s)).toMatchObject([{ details: { reason: "predicted_after_promise", hoursLate: 10, expectedFrom: iso(110) } }]);
    expect(alertsOf("promise_at_risk", s, settingsWith("promise_at_risk", { marginHours: 10 }))).toEqual([]);
    expect(alertsOf("promise_at_risk", s, settingsWith("promise_at_risk", { marginHours: 9 }))).toHaveLength(1);
  });

  it("uses the carrier's ETA unless the merchant turns that off", () => {
    const s = scenario(moving, 20, { promisedBy: at(100), carrierEta: at(130) });
    expect(alertsOf("promise_at_risk", s)).toMatchObject([{ details: { reason: "carrier_eta_after_promise" } }]);
    expect(alertsOf("promise_at_risk", s, settingsWith("promise_at_risk", { useCarrierEta: false }))).toEqual([]);
    expect(alertsOf("promise_at_risk", { ...s, facts: { ...s.facts, carrierEta: at(90) } })).toEqual([]);
  });
});

thresholdSuite({
  rule: "promise_missed",
  key: "graceHours",
  merchant: 24,
  build: (g) => scenario(moving, 100 + g, { promisedBy: at(100) }),
  causeKey: `promisedBy:${iso(100)}`,
  severity: "high",
  resolved: [
    ["delivered late", scenario([...moving, ev("d", 110, "delivered.delivered")], 120, { promisedBy: at(100) })],
    ["returning to the sender", scenario([...moving, ev("r", 90, "returning.return_to_sender")], 120, { promisedBy: at(100) })],
    ["the order was cancelled", scenario(moving, 120, { promisedBy: at(100), orderCancelled: true })],
  ],
});

describe("promise_missed", () => {
  it("reads a promised day as the whole local day and reports days late", () => {
    // Promised 2026-03-06 in Berlin (UTC+1): the day ends at 2026-03-06T23:00Z.
    const base = scenario(moving, 0, { promisedBy: new Date("2026-03-06T00:00:00Z"), destinationTimeZoneOffsetMinutes: 60 });
    expect(alertsOf("promise_missed", { ...base, now: new Date("2026-03-06T22:59:00Z") })).toEqual([]);
    expect(alertsOf("promise_missed", { ...base, now: new Date("2026-03-09T01:00:00Z") })).toMatchObject([{ details: { hoursLate: 50, daysLate: 2 } }]);
  });
});

// New York (UTC-5). Hour 26 is 05:00 local on Tuesday 3 March; that day ends at hour 45.
const NY = { destinationTimeZoneOffsetMinutes: -300 };
const ofd = [picked, arrived, ev("o1", 26, "out_for_delivery.out_for_delivery"), ev("o2", 30, "out_for_delivery.driver_nearby")];

thresholdSuite({
  rule: "out_for_delivery_not_delivered",
  key: "graceHours",
  merchant: 8,
  build: (g) => scenario(ofd, 45 + g, NY),
  causeKey: "o1",
  resolved: [
    ["delivered", scenario([...ofd, ev("d", 40, "delivered.delivered")], 60, NY)],
    ["an attempt failed (its own rule)", scenario([...ofd, ev("a", 40, "failed_attempt.attempted")], 60, NY)],
  ],
});

describe("out_for_delivery_not_delivered", () => {
  it("makes each delivery day its own cause", () => {
    const nextDay = [...ofd, ev("o3", 50, "out_for_delivery.redelivery")];
    expect(alertsOf("out_for_delivery_not_delivered", scenario(nextDay, 60, NY))).toEqual([]);
    expect(alertsOf("out_for_delivery_not_delivered", scenario(nextDay, 71, NY)).map((a) => a.causeKey)).toEqual(["o3"]);
  });

  it("uses UTC days when the destination's zone is unknown", () => {
    // Hour 26 is 10:00 UTC on 3 March; that UTC day ends at hour 40.
    expect(alertsOf("out_for_delivery_not_delivered", scenario(ofd, 41.99, {}))).toEqual([]);
    expect(alertsOf("out_for_delivery_not_delivered", scenario(ofd, 42, {}))).toHaveLength(1);
  });
});
