import { describe, expect, it } from "vitest";
import { CODES, PITFALL_FAMILIES, type EventCode } from "../taxonomy";
import { RULES } from "./catalogue";
import { EVENT_RULES } from "./rules/event-specs";
import { DEFAULT_SETTINGS } from "./settings";
import { traitsOfCode } from "./timeline";

describe("RULES catalogue", () => {
  it("describes at least 30 rules, once each, in the settings' order", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(30);
    expect(RULES.map((r) => r.rule)).toEqual(Object.keys(DEFAULT_SETTINGS));
  });

  it("gives every rule a family, a short title and one merchant-facing sentence", () => {
    for (const r of RULES) {
      expect(PITFALL_FAMILIES).toContain(r.family);
      expect(r.title.length, r.rule).toBeLessThanOrEqual(40);
      expect(r.description, r.rule).toMatch(/^[A-Z].*\.$/);
      expect(r.description.split(". ").length, r.rule).toBe(1);
    }
  });

  it("lists exactly the keys of each rule's settings, with the defaults and a unit", () => {
    for (const r of RULES) {
      const defaults = DEFAULT_SETTINGS[r.rule] as unknown as Record<string, unknown>;
      expect(r.settings.map((s) => s.key).sort(), r.rule).toEqual(Object.keys(defaults).sort());
      for (const s of r.settings) {
        expect(s.default, `${r.rule}.${s.key}`).toEqual(defaults[s.key]);
        if (typeof s.default === "number") expect(["hours", "days", "multiplier", "probability", "count"]).toContain(s.unit);
      }
    }
    const silent = RULES.find((r) => r.rule === "silent_carrier")!;
    expect(silent.settings).toContainEqual({ key: "hours", default: 48, unit: "hours", min: 1, max: 672 });
  });
});

// Codes with a pitfall family that no event rule raises, and the rule that covers them instead.
const COVERED_ELSEWHERE: Partial<Record<EventCode, string>> = {
  "pending.not_found": "no_tracking_info",
  "pending.invalid_number": "tracking_number_invalid",
  "expired.never_scanned": "no_tracking_info",
  "in_transit.split_shipment": "partial_delivery (by parcel counts)",
  "delivered.partial": "partial_delivery",
  "available_for_pickup.reminder": "pickup_not_collected",
  "failed_attempt.attempted": "failed_attempt",
  "failed_attempt.recipient_unavailable": "failed_attempt",
  "failed_attempt.notice_left": "failed_attempt",
  "failed_attempt.business_closed": "failed_attempt",
  "failed_attempt.signature_required": "failed_attempt",
  "failed_attempt.id_required": "failed_attempt",
  "failed_attempt.no_safe_place": "failed_attempt",
  "failed_attempt.final_attempt": "failed_attempt",
};

describe("taxonomy coverage", () => {
  it("has a rule for every event code that carries a pitfall family", () => {
    const uncovered: string[] = [];
    for (const info of CODES.values()) {
      if (info.pitfall === null) continue;
      const raised = traitsOfCode(info.code)!.eventRules.length > 0 || traitsOfCode(info.code)!.attempt;
      if (!raised && !COVERED_ELSEWHERE[info.code]) uncovered.push(info.code);
    }
    expect(uncovered).toEqual([]);
  });

  it("raises no event rule for pitfall-free codes", () => {
    for (const info of CODES.values()) {
      if (info.pitfall !== null) continue;
      expect(traitsOfCode(info.code)!.eventRules.map((i) => EVENT_RULES[i].rule), info.code).toEqual([]);
    }
  });
});
