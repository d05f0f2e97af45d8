import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PITFALL_FAMILIES, SEVERITIES } from "../taxonomy";
import { evaluatePitfalls } from "./engine";
import { DEFAULT_SETTINGS, RULE_IDS } from "./settings";
import { anyFacts, eventList, facts, instant, settings, shipment } from "./testing/arbitraries";
import type { PitfallEvent } from "./types";

const identities = (alerts: ReturnType<typeof evaluatePitfalls>) => alerts.map((a) => `${a.rule} ${a.causeKey}`).sort();

/** The same events shuffled by `keys`, with the events at `copies` given again (as fresh objects). */
function replay(events: PitfallEvent[], keys: number[], copies: number[]): PitfallEvent[] {
  const again = events.length === 0 ? [] : copies.map((i) => ({ ...events[i % events.length], occurredAt: new Date(events[i % events.length].occurredAt) }));
  const all = [...events, ...again];
  return all
    .map((e, i) => [keys[i % Math.max(keys.length, 1)] ?? i, i, e] as const)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])
    .map(([, , e]) => e);
}

describe("evaluatePitfalls properties", () => {
  it("gives the same alerts for replayed, duplicated and reordered events", () => {
    let withAlerts = 0;
    fc.assert(
      fc.property(shipment, fc.array(fc.nat()), fc.array(fc.nat(), { maxLength: 8 }), settings, instant, ({ facts: f, events }, keys, copies, s, now) => {
        const first = evaluatePitfalls(f, events, s, now);
        if (first.length > 1) withAlerts++;
        const replayed = evaluatePitfalls(f, replay(events, keys, copies), s, now);
        expect(identities(replayed)).toEqual(identities(first));
        expect(replayed).toEqual(first);
      }),
      { numRuns: 600 },
    );
    // The property means little unless many runs raise several alerts (about half do).
    expect(withAlerts).toBeGreaterThan(180);
  });

  it("never throws, and answers well-formed, distinct alerts, for any facts and events built from valid codes", () => {
    fc.assert(
      fc.property(anyFacts, eventList(20), settings, fc.date({ noInvalidDate: false }), (f, events, s, now) => {
        const alerts = evaluatePitfalls(f, events, s, now);
        for (const a of alerts) {
          expect(RULE_IDS).toContain(a.rule);
          expect(s[a.rule].enabled).toBe(true);
          expect(PITFALL_FAMILIES).toContain(a.family);
          expect(SEVERITIES).toContain(a.severity);
          expect(a.causeKey).toMatch(/\S/);
          expect(typeof a.title).toBe("string");
          for (const v of Object.values(a.details)) expect(["string", "number", "boolean"].includes(typeof v) || v === null).toBe(true);
        }
        expect(new Set(identities(alerts)).size).toBe(alerts.length);
      }),
      { numRuns: 1500 },
    );
  });

  it("answers nothing when every rule is off", () => {
    const off = Object.fromEntries(RULE_IDS.map((r) => [r, { ...DEFAULT_SETTINGS[r], enabled: false }])) as unknown as typeof DEFAULT_SETTINGS;
    fc.assert(
      fc.property(facts(), eventList(), instant, (f, events, now) => {
        expect(evaluatePitfalls(f, events, off, now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
