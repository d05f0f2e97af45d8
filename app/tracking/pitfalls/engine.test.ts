import { describe, expect, it } from "vitest";
import { evaluatePitfalls } from "./engine";
import { reconcileAlerts } from "./reconcile";
import { DEFAULT_SETTINGS } from "./settings";
import { at, ev, evaluate, scenario } from "./testing/fixtures";
import type { AlertIdentity, PitfallEvent } from "./types";

const rulesOf = (alerts: ReturnType<typeof evaluate>) => alerts.map((a) => a.rule).sort();

describe("evaluatePitfalls", () => {
  it("ends in-flight alerts on delivery and keeps the ones about how it was delivered", () => {
    const trouble: PitfallEvent[] = [
      ev("e0", 0, "in_transit.picked_up", { carrier: "ups" }),
      ev("w", 10, "in_transit.delay_weather"),
      ev("c", 20, "exception.customs_hold"),
      ev("x", 22, "exception.lost"),
      ev("a", 30, "failed_attempt.address_issue", { carrier: "usps" }),
    ];
    const before = scenario(trouble, 31, { promisedBy: at(25), carrierEta: at(24) });
    expect(rulesOf(evaluate(before))).toEqual(
      ["address_issue", "carrier_changed", "customs_hold", "eta_passed", "failed_attempt", "lost", "promise_missed", "weather_disruption"].sort(),
    );
    const delivered = [...trouble, ev("n", 40, "delivered.neighbour"), ev("dd", 40.1, "delivered.damaged")];
    const after = scenario(delivered, 100, { promisedBy: at(25), carrierEta: at(24), parcelsInOrder: 2, parcelsDelivered: 1 });
    expect(rulesOf(evaluate(after))).toEqual(["damaged", "delivered_elsewhere", "partial_delivery"]);
  });

  it("keeps a return to sender after the parcel is back", () => {
    const events = [ev("e0", 0, "in_transit.picked_up"), ev("r1", 10, "returning.undeliverable"), ev("r2", 50, "returned.returned_to_sender")];
    expect(evaluate(scenario(events, 60)).map((a) => [a.rule, a.causeKey])).toEqual([["returned_to_sender", "r1"]]);
  });

  it("neither reorders nor changes the caller's events", () => {
    const events = [ev("b", 5, "exception.damaged"), ev("a", 1, "in_transit.picked_up")];
    const copy = structuredClone(events);
    evaluate(scenario(events, 10));
    expect(events).toEqual(copy);
  });

  it("answers nothing for an invalid clock", () => {
    const s = scenario([ev("a", 1, "exception.lost")], 10);
    expect(evaluatePitfalls(s.facts, s.events, DEFAULT_SETTINGS, new Date("nope"))).toEqual([]);
  });

  it("follows one parcel's life through reconcile: open once, keep, resolve with the scan that ended it", () => {
    const journey = [
      ev("l", 0, "info_received.label_created"),
      ev("p", 20, "in_transit.picked_up", { location: "Memphis, TN, US" }),
      ev("h", 30, "exception.customs_hold", { location: "Leipzig, DE" }),
      ev("c", 100, "in_transit.customs_cleared", { location: "Leipzig, DE" }),
      ev("o", 120, "out_for_delivery.out_for_delivery"),
      ev("d", 124, "delivered.neighbour"),
    ];
    const snapshots: Array<[number, number]> = [
      [25, 2],
      [40, 3],
      [90, 3],
      [101, 4],
      [121, 5],
      [130, 6],
    ];
    let open: AlertIdentity[] = [];
    const log: string[] = [];
    for (const [now, seen] of snapshots) {
      const events = journey.slice(0, seen);
      const r = reconcileAlerts(open, evaluate(scenario(events, now)), events.at(-1)!.id);
      for (const a of r.toOpen) log.push(`t${now} open ${a.rule}:${a.causeKey}`);
      for (const a of r.toResolve) log.push(`t${now} resolve ${a.rule}:${a.causeKey} by ${a.resolvedByEventId}`);
      const gone = new Set(r.toResolve.map((a) => `${a.rule} ${a.causeKey}`));
      open = [...open.filter((a) => !gone.has(`${a.rule} ${a.causeKey}`)), ...r.toOpen];
    }
    expect(log).toEqual([
      "t40 open customs_hold:h",
      "t90 open silent_carrier:lastEventAt:2026-03-03T14:00:00.000Z",
      "t90 open exception_unresolved:h",
      "t101 resolve customs_hold:h by c",
      "t101 resolve silent_carrier:lastEventAt:2026-03-03T14:00:00.000Z by c",
      "t101 resolve exception_unresolved:h by c",
      "t130 open delivered_elsewhere:d",
    ]);
  });
});
