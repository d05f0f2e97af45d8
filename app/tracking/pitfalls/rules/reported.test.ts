import { describe, expect, it } from "vitest";
import { alertsOf, ev, scenario, settingsWith } from "../testing/fixtures";
import { eventRuleSuite } from "../testing/suites";

const picked = ev("e0", 0, "in_transit.picked_up");

eventRuleSuite({
  rule: "address_issue",
  trigger: "exception.address_incorrect",
  resolvedBy: ["in_transit.delivery_address_changed", "out_for_delivery.out_for_delivery", "delivered.delivered"],
  stays: ["exception.address_incomplete", "exception.customs_hold", "failed_attempt.attempted"],
  ignores: ["exception.customs_hold", "failed_attempt.recipient_unavailable"],
});
eventRuleSuite({
  rule: "recipient_unavailable",
  trigger: "exception.recipient_contact_needed",
  resolvedBy: ["out_for_delivery.redelivery", "delivered.to_recipient"],
  stays: ["exception.generic"],
  ignores: ["failed_attempt.recipient_unavailable", "exception.address_incorrect"],
});
eventRuleSuite({
  rule: "refused_by_recipient",
  trigger: "exception.refused",
  resolvedBy: ["returning.refused", "delivered.delivered"],
  stays: ["exception.awaiting_sender_instructions"],
  ignores: ["returning.refused"],
});
eventRuleSuite({
  rule: "customs_hold",
  trigger: "exception.customs_hold",
  resolvedBy: ["in_transit.customs_cleared", "in_transit.departed_facility", "delivered.delivered", "returning.customs"],
  stays: ["exception.customs_documents_required", "exception.customs_duties_due"],
  ignores: ["in_transit.customs_processing", "in_transit.customs_cleared", "exception.customs_duties_due"],
});
eventRuleSuite({
  rule: "duties_payment_due",
  trigger: "exception.customs_duties_due",
  resolvedBy: ["in_transit.customs_duties_paid", "out_for_delivery.out_for_delivery"],
  stays: ["exception.customs_hold"],
  ignores: ["in_transit.customs_duties_paid", "exception.customs_hold"],
});
eventRuleSuite({
  rule: "weather_disruption",
  trigger: "in_transit.delay_weather",
  resolvedBy: ["in_transit.departed_facility"],
  stays: ["exception.weather", "in_transit.delay_operational"],
  ignores: ["in_transit.delay_operational"],
});
eventRuleSuite({
  rule: "force_majeure",
  trigger: "exception.natural_disaster",
  resolvedBy: ["in_transit.arrived_at_facility"],
  stays: ["exception.strike"],
  ignores: ["exception.weather"],
});
eventRuleSuite({
  rule: "carrier_reported_delay",
  trigger: "in_transit.delay_missed_connection",
  resolvedBy: ["in_transit.arrived_at_facility"],
  stays: ["in_transit.eta_later"],
  ignores: ["in_transit.redirected_pickup_point_full", "in_transit.delay_weather"],
});
eventRuleSuite({
  rule: "damaged",
  trigger: "exception.damaged",
  resolvedBy: ["out_for_delivery.out_for_delivery", "delivered.delivered"],
  stays: ["exception.held_for_inspection"],
  ignores: ["exception.lost"],
});
eventRuleSuite({
  rule: "lost",
  trigger: "exception.lost",
  resolvedBy: ["in_transit.arrived_at_facility"],
  stays: ["exception.missing_scans"],
  ignores: ["exception.delayed"],
});
eventRuleSuite({
  rule: "held_by_carrier",
  trigger: "exception.held_by_carrier",
  resolvedBy: ["in_transit.departed_facility"],
  stays: ["exception.dimensions_issue"],
  ignores: ["exception.awaiting_sender_instructions", "available_for_pickup.reminder"],
});
eventRuleSuite({
  rule: "sender_action_required",
  trigger: "exception.awaiting_sender_instructions",
  resolvedBy: ["in_transit.in_transit", "returning.sender_request"],
  stays: ["exception.held_by_carrier"],
  ignores: ["exception.held_by_carrier"],
});
eventRuleSuite({
  rule: "pickup_final_notice",
  trigger: "available_for_pickup.final_notice",
  before: [picked, ev("e1", 5, "available_for_pickup.at_pickup_point")],
  resolvedBy: ["delivered.picked_up", "returning.unclaimed"],
  stays: ["available_for_pickup.collection_extended", "available_for_pickup.reminder"],
  ignores: ["available_for_pickup.reminder"],
});
eventRuleSuite({
  rule: "pickup_point_redirected",
  trigger: "in_transit.redirected_pickup_point_full",
  resolvedBy: ["available_for_pickup.at_pickup_point"],
  stays: ["exception.pickup_point_unavailable"],
  ignores: ["in_transit.delay_capacity"],
});
eventRuleSuite({
  rule: "delivered_elsewhere",
  trigger: "delivered.neighbour",
  resolvedBy: [],
  stays: ["delivered.delivered", "returning.return_to_sender"],
  ignores: ["delivered.delivered", "delivered.parcel_locker"],
});
eventRuleSuite({
  rule: "returned_to_sender",
  trigger: "returning.return_to_sender",
  resolvedBy: [],
  stays: ["returned.returned_to_sender", "delivered.delivered"],
  ignores: ["returning.customer_return"],
});
eventRuleSuite({
  rule: "shipment_cancelled",
  trigger: "exception.cancelled",
  resolvedBy: ["in_transit.in_transit", "delivered.delivered"],
  stays: ["exception.generic"],
  ignores: ["exception.generic"],
});

describe("event rules: episodes and final states", () => {
  it("opens a new alert for the same problem after the parcel moved in between", () => {
    const events = [picked, ev("h1", 10, "exception.customs_hold"), ev("m1", 20, "in_transit.customs_cleared"), ev("h2", 30, "exception.customs_hold")];
    expect(alertsOf("customs_hold", scenario(events, 31)).map((a) => a.causeKey)).toEqual(["h2"]);
  });

  it("reports the worst severity seen in the episode", () => {
    const events = [picked, ev("h1", 10, "in_transit.customs_inspection"), ev("h2", 12, "exception.customs_refused")];
    expect(alertsOf("customs_hold", scenario(events, 13))).toMatchObject([{ causeKey: "h1", severity: "critical", details: { scans: 2, latestCode: "exception.customs_refused" } }]);
  });

  it("keeps damage reported on delivery, while delivery ends damage reported in transit", () => {
    const inTransit = [picked, ev("d1", 10, "exception.damaged"), ev("d2", 20, "delivered.damaged"), ev("r1", 30, "returning.damaged")];
    expect(alertsOf("damaged", scenario(inTransit, 31)).map((a) => a.causeKey)).toEqual(["d2"]);
  });

  it("ends in-flight alerts when the facts say delivered even without the delivery scan", () => {
    const s = scenario([picked, ev("w1", 10, "exception.weather"), ev("n1", 11, "delivered.neighbour")], 12);
    expect(alertsOf("weather_disruption", s)).toEqual([]);
    const noScan = scenario([picked, ev("w1", 10, "exception.weather")], 12, { milestone: "delivered", deliveredAt: new Date(0) });
    expect(alertsOf("weather_disruption", noScan)).toEqual([]);
    expect(alertsOf("delivered_elsewhere", s).map((a) => a.causeKey)).toEqual(["n1"]);
  });

  it("raises both the attempt and the address problem for a failed attempt at a bad address", () => {
    const s = scenario([picked, ev("a1", 10, "failed_attempt.address_issue")], 11);
    expect(alertsOf("failed_attempt", s).map((a) => a.causeKey)).toEqual(["a1"]);
    expect(alertsOf("address_issue", s).map((a) => a.causeKey)).toEqual(["a1"]);
  });
});

describe("failed_attempt", () => {
  const ofd = (id: string, h: number) => ev(id, h, "out_for_delivery.out_for_delivery");

  it("makes every attempt its own alert, numbered, until the parcel is delivered", () => {
    const events = [picked, ofd("o1", 8), ev("a1", 10, "failed_attempt.recipient_unavailable"), ofd("o2", 32), ev("a2", 34, "failed_attempt.business_closed")];
    const alerts = alertsOf("failed_attempt", scenario(events, 35));
    expect(alerts.map((a) => [a.causeKey, a.details.attempt, a.details.reason])).toEqual([
      ["a1", 1, "failed_attempt.recipient_unavailable"],
      ["a2", 2, "failed_attempt.business_closed"],
    ]);
    expect(alerts.map((a) => a.triggeredBy)).toEqual(["a1", "a2"]);
    expect(alertsOf("failed_attempt", scenario([...events, ev("d1", 50, "delivered.delivered")], 51))).toEqual([]);
    expect(alertsOf("failed_attempt", scenario([...events, ev("p1", 50, "delivered.picked_up")], 51))).toEqual([]);
  });

  it("counts scans of one attempt (attempted, then notice left) once", () => {
    const events = [picked, ev("a1", 10, "failed_attempt.attempted"), ev("a1b", 10.2, "failed_attempt.notice_left")];
    expect(alertsOf("failed_attempt", scenario(events, 11)).map((a) => a.causeKey)).toEqual(["a1"]);
  });

  it("stays open through a redelivery run and a move to a pickup point", () => {
    const events = [picked, ev("a1", 10, "failed_attempt.attempted"), ofd("o2", 30), ev("p1", 40, "available_for_pickup.after_failed_attempt")];
    expect(alertsOf("failed_attempt", scenario(events, 41)).map((a) => a.causeKey)).toEqual(["a1"]);
  });

  it("ignores a delivery the recipient rescheduled", () => {
    expect(alertsOf("failed_attempt", scenario([picked, ev("a1", 10, "failed_attempt.rescheduled_by_recipient")], 11))).toEqual([]);
  });

  it("follows afterHours and minSeverity, and stays quiet when disabled", () => {
    const s = scenario([picked, ev("a1", 10, "failed_attempt.attempted")], 15.99);
    expect(alertsOf("failed_attempt", s, settingsWith("failed_attempt", { afterHours: 6 }))).toEqual([]);
    expect(alertsOf("failed_attempt", { ...s, now: new Date(s.now.getTime() + 36_000) }, settingsWith("failed_attempt", { afterHours: 6 }))).toHaveLength(1);
    expect(alertsOf("failed_attempt", s, settingsWith("failed_attempt", { minSeverity: "high" }))).toEqual([]);
    const final = scenario([picked, ev("a1", 10, "failed_attempt.final_attempt")], 11);
    expect(alertsOf("failed_attempt", final, settingsWith("failed_attempt", { minSeverity: "high" }))).toMatchObject([{ severity: "high" }]);
    expect(alertsOf("failed_attempt", s, settingsWith("failed_attempt", { enabled: false }))).toEqual([]);
  });
});

describe("repeated_failed_attempts (attempts, default 2)", () => {
  const attempts = (n: number) => {
    const events = [picked];
    for (let i = 0; i < n; i++) {
      events.push(ev(`o${i}`, 8 + 24 * i, "out_for_delivery.out_for_delivery"), ev(`a${i}`, 10 + 24 * i, "failed_attempt.attempted"));
    }
    return scenario(events, 11 + 24 * n);
  };

  it("fires at two unsettled attempts and above, keyed by the first attempt", () => {
    expect(alertsOf("repeated_failed_attempts", attempts(1))).toEqual([]);
    expect(alertsOf("repeated_failed_attempts", attempts(2))).toMatchObject([{ causeKey: "a0", triggeredBy: "a1", details: { attempts: 2 } }]);
    expect(alertsOf("repeated_failed_attempts", attempts(3))).toMatchObject([{ causeKey: "a0", triggeredBy: "a1", details: { attempts: 3 } }]);
  });

  it("follows a merchant's attempts", () => {
    const settings = settingsWith("repeated_failed_attempts", { attempts: 3 });
    expect(alertsOf("repeated_failed_attempts", attempts(2), settings)).toEqual([]);
    expect(alertsOf("repeated_failed_attempts", attempts(3), settings)).toMatchObject([{ causeKey: "a0", triggeredBy: "a2" }]);
  });

  it("never fires when disabled, and resolves on delivery or return", () => {
    expect(alertsOf("repeated_failed_attempts", attempts(4), settingsWith("repeated_failed_attempts", { enabled: false }))).toEqual([]);
    const s = attempts(2);
    expect(alertsOf("repeated_failed_attempts", { ...s, events: [...s.events, ev("d", 70, "delivered.delivered")] })).toEqual([]);
    expect(alertsOf("repeated_failed_attempts", { ...s, events: [...s.events, ev("r", 70, "returning.unclaimed")] })).toEqual([]);
  });
});
