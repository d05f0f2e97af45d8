import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, RULE_IDS, resolveSettings, SETTING_SPECS } from "./settings";

describe("DEFAULT_SETTINGS", () => {
  it("has the documented defaults for the headline rules", () => {
    expect(DEFAULT_SETTINGS.silent_carrier).toEqual({ enabled: true, hours: 48 });
    expect(DEFAULT_SETTINGS.label_not_picked_up).toEqual({ enabled: true, hours: 72 });
    expect(DEFAULT_SETTINGS.promise_at_risk).toEqual({ enabled: true, missProbability: 0.5, marginHours: 0, useCarrierEta: true });
    expect(DEFAULT_SETTINGS.failed_attempt).toEqual({ enabled: true, afterHours: 0, minSeverity: "low" });
    expect(DEFAULT_SETTINGS.pickup_not_collected).toEqual({ enabled: true, days: 5 });
  });

  it("keeps every default inside its own bounds", () => {
    for (const rule of RULE_IDS) {
      for (const [key, spec] of Object.entries(SETTING_SPECS[rule].thresholds)) {
        if (spec.kind !== "number") continue;
        const value = (DEFAULT_SETTINGS[rule] as unknown as Record<string, number>)[key];
        expect(value, `${rule}.${key}`).toBeGreaterThanOrEqual(spec.min);
        expect(value, `${rule}.${key}`).toBeLessThanOrEqual(spec.max);
      }
    }
  });

  it("cannot be changed by accident", () => {
    expect(() => {
      (DEFAULT_SETTINGS.silent_carrier as { hours: number }).hours = 1;
    }).toThrow(TypeError);
  });
});

describe("resolveSettings", () => {
  it("returns the defaults for anything that is not an object", () => {
    for (const junk of [undefined, null, 42, "x", [], true, [{ silent_carrier: { hours: 5 } }]]) {
      expect(resolveSettings(junk)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it("takes a merchant's values over the defaults, leaving other rules alone", () => {
    const s = resolveSettings({ silent_carrier: { hours: 24 }, lost: { enabled: false, minSeverity: "critical" } });
    expect(s.silent_carrier).toEqual({ enabled: true, hours: 24 });
    expect(s.lost).toEqual({ enabled: false, afterHours: 0, minSeverity: "critical" });
    expect(s.customs_hold).toEqual(DEFAULT_SETTINGS.customs_hold);
  });

  it("accepts a bare boolean as a rule's on/off switch", () => {
    expect(resolveSettings({ weather_disruption: false }).weather_disruption.enabled).toBe(false);
  });

  it("clamps numbers into bounds and rounds counts", () => {
    const s = resolveSettings({
      silent_carrier: { hours: -5 },
      label_not_picked_up: { hours: 1e9 },
      repeated_failed_attempts: { attempts: 3.6 },
      promise_at_risk: { missProbability: 7 },
    });
    expect(s.silent_carrier.hours).toBe(SETTING_SPECS.silent_carrier.thresholds.hours.min);
    expect(s.label_not_picked_up.hours).toBe(SETTING_SPECS.label_not_picked_up.thresholds.hours.max);
    expect(s.repeated_failed_attempts.attempts).toBe(4);
    expect(s.promise_at_risk.missProbability).toBe(1);
  });

  it("reads numbers and booleans stored as strings, and ignores what it cannot read", () => {
    const s = resolveSettings({
      silent_carrier: { hours: "36", enabled: "false" },
      eta_passed: { graceHours: "soon" },
      stuck_at_facility: { hours: NaN, minScans: Infinity },
      transit_beyond_lane: { factor: null, extraHours: "" },
      customs_hold: { minSeverity: "urgent", afterHours: { h: 3 } },
      promise_at_risk: { useCarrierEta: "no" },
    });
    expect(s.silent_carrier).toEqual({ enabled: false, hours: 36 });
    expect(s.eta_passed).toEqual(DEFAULT_SETTINGS.eta_passed);
    expect(s.stuck_at_facility).toEqual(DEFAULT_SETTINGS.stuck_at_facility);
    expect(s.transit_beyond_lane).toEqual(DEFAULT_SETTINGS.transit_beyond_lane);
    expect(s.customs_hold).toEqual(DEFAULT_SETTINGS.customs_hold);
    expect(s.promise_at_risk.useCarrierEta).toBe(true);
  });

  it("ignores unknown rules and keys, including inherited ones", () => {
    const input = JSON.parse('{"__proto__": {"enabled": false}, "not_a_rule": {"hours": 1}, "silent_carrier": {"hours": 30, "colour": "red", "__proto__": {"hours": 1}}}');
    const s = resolveSettings(input);
    expect(s.silent_carrier).toEqual({ enabled: true, hours: 30 });
    expect(Object.keys(s).sort()).toEqual([...RULE_IDS].sort());
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it("never shares objects with DEFAULT_SETTINGS, so a caller may edit the result", () => {
    const s = resolveSettings({});
    s.silent_carrier.hours = 5;
    expect(DEFAULT_SETTINGS.silent_carrier.hours).toBe(48);
  });
});
