// Test support (not app code): the table-driven suites every rule's test runs — one for rules
// with a numeric threshold, one for rules raised by carrier events.
import { describe, expect, it } from "vitest";
import { codeInfo, SEVERITIES, type EventCode, type Severity } from "../../taxonomy";
import { RULE_META } from "../catalogue";
import { DEFAULT_SETTINGS, resolveSettings } from "../settings";
import type { PitfallEvent, RuleId, ShipmentFacts } from "../types";
import { alertsOf, ev, scenario, settingsWith, type Scenario } from "./fixtures";

export interface ThresholdCase {
  rule: RuleId;
  /** The numeric setting under test. */
  key: string;
  /** A merchant's value, different from the default. */
  merchant: number;
  /** The shipment when the measured quantity (hours silent, days waiting…) equals `amount`. */
  build: (amount: number) => Scenario;
  /** What "just below" means for this setting (default: 0.01 less). */
  below?: (amount: number) => number;
  causeKey: string;
  severity?: Severity;
  /** Shipments past the threshold where the alert no longer holds, and why. */
  resolved: Array<[string, Scenario]>;
}

/** fires at/above the threshold, not below; follows the merchant's value; off when disabled; resolves. */
export function thresholdSuite(c: ThresholdCase): void {
  const def = (DEFAULT_SETTINGS[c.rule] as unknown as Record<string, number>)[c.key];
  const below = c.below ?? ((v: number) => v - 0.01);
  const merchantSettings = settingsWith(c.rule, { [c.key]: c.merchant });
  const top = Math.max(def, c.merchant) * 3 + 1;

  describe(`${c.rule} (${c.key}, default ${def})`, () => {
    it("fires at the default threshold and above, keyed by its cause", () => {
      for (const amount of [def, def * 2 + 1]) {
        const alerts = alertsOf(c.rule, c.build(amount));
        expect(alerts.map((a) => a.causeKey)).toEqual([c.causeKey]);
        expect(alerts[0]).toMatchObject({ family: RULE_META[c.rule].family, title: RULE_META[c.rule].title });
        if (c.severity) expect(alerts[0].severity).toBe(c.severity);
      }
    });

    if (def > 0) {
      it("stays quiet just below the default threshold", () => {
        expect(alertsOf(c.rule, c.build(below(def)))).toEqual([]);
      });
    }

    it(`follows a merchant's ${c.key} of ${c.merchant}`, () => {
      expect(alertsOf(c.rule, c.build(c.merchant), merchantSettings).map((a) => a.causeKey)).toEqual([c.causeKey]);
      expect(alertsOf(c.rule, c.build(below(c.merchant)), merchantSettings)).toEqual([]);
      if (c.merchant > def) expect(alertsOf(c.rule, c.build(def), merchantSettings)).toEqual([]);
      else expect(alertsOf(c.rule, c.build(below(def)), merchantSettings)).toHaveLength(1);
    });

    it("never fires when the merchant turns it off", () => {
      expect(alertsOf(c.rule, c.build(top), settingsWith(c.rule, { enabled: false }))).toEqual([]);
      expect(alertsOf(c.rule, c.build(top), resolveSettings({ [c.rule]: false }))).toEqual([]);
    });

    if (c.resolved.length) it.each(c.resolved)("resolves: %s", (_why, s) => {
      expect(alertsOf(c.rule, s).map((a) => a.causeKey)).not.toContain(c.causeKey);
    });
  });
}

export interface EventCase {
  rule: RuleId;
  /** A code that raises the rule. */
  trigger: EventCode;
  /** Events before the trigger, hours 0–9. */
  before?: PitfallEvent[];
  /** Later codes that end the alert. */
  resolvedBy: EventCode[];
  /** Later codes that do not end it. */
  stays: EventCode[];
  /** Codes of a neighbouring family or milestone that must not raise this rule. */
  ignores?: EventCode[];
  over?: Partial<ShipmentFacts>;
}

const picked = () => [ev("e0", 0, "in_transit.picked_up", { location: "Memphis, TN, US" })];

/** The event-rule contract, run for each rule raised by carrier events. */
export function eventRuleSuite(c: EventCase): void {
  const before = c.before ?? picked();
  const trigger = ev("t1", 10, c.trigger, { location: "Leipzig, DE" });
  const build = (extra: PitfallEvent[], nowHours: number) => scenario([...before, trigger, ...extra], nowHours, c.over);
  const severity = codeInfo(c.trigger).severity;

  describe(`${c.rule} (on ${c.trigger})`, () => {
    it("fires on the event, keyed and triggered by it, with the taxonomy's severity", () => {
      const alerts = alertsOf(c.rule, build([], 10));
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ causeKey: "t1", triggeredBy: "t1", severity, family: RULE_META[c.rule].family });
      expect(alerts[0].details).toMatchObject({ code: c.trigger, location: "Leipzig, DE" });
    });

    it("waits for a merchant's afterHours, firing at it and not before", () => {
      const settings = settingsWith(c.rule, { afterHours: 12 });
      expect(alertsOf(c.rule, build([], 21.99), settings)).toEqual([]);
      expect(alertsOf(c.rule, build([], 22), settings)).toHaveLength(1);
    });

    if ("minSeverity" in DEFAULT_SETTINGS[c.rule]) it("ignores events below a merchant's minSeverity", () => {
      const above = SEVERITIES[SEVERITIES.indexOf(severity) + 1];
      if (above) expect(alertsOf(c.rule, build([], 10), settingsWith(c.rule, { minSeverity: above }))).toEqual([]);
      expect(alertsOf(c.rule, build([], 10), settingsWith(c.rule, { minSeverity: severity }))).toHaveLength(1);
    });

    it("never fires when disabled", () => {
      expect(alertsOf(c.rule, build([], 200), settingsWith(c.rule, { enabled: false }))).toEqual([]);
    });

    it("treats repeated scans of the same problem as one alert", () => {
      const again = ev("t2", 20, c.trigger);
      expect(alertsOf(c.rule, build([again], 30)).map((a) => a.causeKey)).toEqual(["t1"]);
    });

    if (c.resolvedBy.length) it.each(c.resolvedBy)("resolves when %s follows", (code) => {
      expect(alertsOf(c.rule, build([ev("r1", 20, code)], 21))).toEqual([]);
    });

    it.each(c.stays)("stays open when %s follows", (code) => {
      expect(alertsOf(c.rule, build([ev("r1", 20, code)], 21)).map((a) => a.causeKey)).toEqual(["t1"]);
    });

    if (c.ignores?.length) {
      it.each(c.ignores)("does not fire on %s", (code) => {
        expect(alertsOf(c.rule, scenario([...before, ev("x1", 10, code)], 10, c.over))).toEqual([]);
      });
    }
  });
}
