import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePitfalls } from "./engine";
import { reconcileAlerts } from "./reconcile";
import { DEFAULT_SETTINGS } from "./settings";
import { eventList, facts, instant } from "./testing/arbitraries";
import { ev, evaluate, scenario } from "./testing/fixtures";
import type { ActiveAlert, AlertIdentity } from "./types";

const alert = (rule: ActiveAlert["rule"], causeKey: string): ActiveAlert => ({
  rule,
  causeKey,
  family: "delay",
  severity: "medium",
  details: {},
  triggeredBy: null,
  title: rule,
});

/** What the caller does with a reconciliation: drop the resolved, add the opened. */
function apply(open: AlertIdentity[], r: ReturnType<typeof reconcileAlerts>): AlertIdentity[] {
  const gone = new Set(r.toResolve.map((x) => `${x.rule} ${x.causeKey}`));
  return [...open.filter((o) => !gone.has(`${o.rule} ${o.causeKey}`)), ...r.toOpen.map(({ rule, causeKey }) => ({ rule, causeKey }))];
}

describe("reconcileAlerts", () => {
  it("opens new causes, keeps open ones, and resolves the rest with the latest event", () => {
    const open = [
      { rule: "silent_carrier", causeKey: "lastEventAt:2026-03-01T00:00:00.000Z" },
      { rule: "customs_hold", causeKey: "e7" },
    ];
    const active = [alert("customs_hold", "e7"), alert("failed_attempt", "e9"), alert("failed_attempt", "e9")];
    expect(reconcileAlerts(open, active, "e10")).toEqual({
      toOpen: [alert("failed_attempt", "e9")],
      toResolve: [{ rule: "silent_carrier", causeKey: "lastEventAt:2026-03-01T00:00:00.000Z", resolvedByEventId: "e10" }],
    });
  });

  it("tells a second failed attempt from the first: same rule, new cause", () => {
    const r = reconcileAlerts([{ rule: "failed_attempt", causeKey: "a1" }], [alert("failed_attempt", "a1"), alert("failed_attempt", "a2")], "a2");
    expect(r.toOpen.map((a) => a.causeKey)).toEqual(["a2"]);
    expect(r.toResolve).toEqual([]);
  });

  it("leaves out causes the caller already resolved", () => {
    const r = reconcileAlerts([], [alert("lost", "e3"), alert("lost", "e5")], "e5", [{ rule: "lost", causeKey: "e3" }]);
    expect(r.toOpen.map((a) => a.causeKey)).toEqual(["e5"]);
  });

  it("follows a shipment through a customs hold: opens it, keeps it, resolves it with the release scan", () => {
    const hold = [ev("p", 0, "in_transit.picked_up"), ev("h", 10, "exception.customs_hold")];
    let open: AlertIdentity[] = [];
    const first = reconcileAlerts(open, evaluate(scenario(hold, 11)), "h");
    expect(first.toOpen.map((a) => [a.rule, a.causeKey])).toEqual([["customs_hold", "h"]]);
    open = apply(open, first);
    expect(reconcileAlerts(open, evaluate(scenario(hold, 20)), "h")).toEqual({ toOpen: [], toResolve: [] });
    const released = evaluate(scenario([...hold, ev("c", 30, "in_transit.customs_cleared")], 31));
    expect(reconcileAlerts(open, released, "c").toResolve).toEqual([{ rule: "customs_hold", causeKey: "h", resolvedByEventId: "c" }]);
  });

  it("opens nothing and resolves nothing when run again on its own result", () => {
    const identity = fc.record({ rule: fc.constantFrom("lost", "silent_carrier", "failed_attempt"), causeKey: fc.constantFrom("a", "b", "c", "d") });
    fc.assert(
      fc.property(fc.array(identity), fc.array(identity), fc.option(fc.string(), { nil: null }), (open, activeIds, latest) => {
        const active = activeIds.map((a) => alert(a.rule as ActiveAlert["rule"], a.causeKey));
        const next = apply(open, reconcileAlerts(open, active, latest));
        expect(reconcileAlerts(next, active, latest)).toEqual({ toOpen: [], toResolve: [] });
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent on real evaluations too", () => {
    fc.assert(
      fc.property(facts(), eventList(), instant, instant, (f, events, before, now) => {
        const open = apply([], reconcileAlerts([], evaluatePitfalls(f, events, DEFAULT_SETTINGS, before), null));
        const active = evaluatePitfalls(f, events, DEFAULT_SETTINGS, now);
        const next = apply(open, reconcileAlerts(open, active, events.at(-1)?.id ?? null));
        expect(reconcileAlerts(next, active, null)).toEqual({ toOpen: [], toResolve: [] });
      }),
      { numRuns: 300 },
    );
  });
});
