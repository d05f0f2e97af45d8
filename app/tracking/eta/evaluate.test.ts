import { describe, expect, it } from "vitest";
import { calibrateMissThreshold, FLAG_LEAD_MS, replayPredictions, scoreEta } from "./evaluate";
import { laneHistory } from "./testing/journeys";
import { trainEtaModel } from "./train";

describe("replayPredictions", () => {
  const [journey] = laneHistory(1, { days: 3 });
  const model = trainEtaModel(laneHistory(100, { days: 3 }));
  const times = journey.events.map((e) => Date.parse(e.occurredAt));
  const deliveredAt = times.at(-1)!;

  it("predicts at every scan before the delivery, every step between, and at the checkpoint", () => {
    const seen: number[] = [];
    const checkpoint = times[2] + 5 * 3_600_000 + 123;
    replayPredictions(model, journey, (now) => seen.push(now), { stepHours: 6, checkpoint });
    expect(seen[0]).toBe(times[0]);
    for (const t of times.slice(0, -1)) expect(seen).toContain(t);
    expect(seen).toContain(checkpoint);
    expect(seen.every((t) => t < deliveredAt)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]).toBeGreaterThan(seen[i - 1]);
      expect(seen[i] - seen[i - 1]).toBeLessThanOrEqual(6 * 3_600_000);
    }
  });

  it("never shows the model a scan or estimate from after `now`", () => {
    const withEtas = { ...journey, carrierEtas: [{ at: journey.events[1].occurredAt, eta: "2025-11-06" }, { at: journey.events[4].occurredAt, eta: "2025-11-07" }] };
    const bases: Array<[number, string]> = [];
    replayPredictions(model, withEtas, (now, prediction) => bases.push([now, prediction.basis]), { stepHours: 3 });
    const before = (t: number) => bases.filter(([now]) => now < t).map(([, b]) => b);
    const after = (t: number) => bases.filter(([now]) => now >= t).map(([, b]) => b);
    expect(before(times[4]).some((b) => b.includes("out_for_delivery"))).toBe(false);
    expect(after(times[4]).every((b) => b.includes("out_for_delivery"))).toBe(true);
    expect(before(times[1]).some((b) => b.includes("carrier ETA"))).toBe(false);
    expect(before(times[4]).some((b) => b.includes("carrier ETA 2025-11-06"))).toBe(true);
    expect(before(times[4]).some((b) => b.includes("2025-11-07"))).toBe(false);
    expect(after(times[4]).every((b) => b.includes("carrier ETA 2025-11-07"))).toBe(true);
  });
});

describe("scoreEta and calibrateMissThreshold", () => {
  it("scores a perfectly regular lane as perfect", () => {
    const history = laneHistory(150, { days: 2, promiseDays: 3 });
    const score = scoreEta(trainEtaModel(history), history.slice(0, 30), { missThreshold: 0.5 });
    expect(score).toMatchObject({ shipments: 30, maeDaysFirstScan: 0, maeDaysJourney: 0, insideRange: 1, late: 0, lateFlaggedAhead: null, flagged: 0 });
    expect(score.hitRate).toBe(1);
  });

  it("flags delays announced early enough and only those", () => {
    // One round in four meets a weather delay of two days the day after collection; the promise allows one spare day.
    const history = laneHistory(300, { days: 2, promiseDays: 3, delay: { every: 4, code: "in_transit.delay_weather", days: 2 } });
    const model = trainEtaModel(history);
    const { threshold, precision, recall } = calibrateMissThreshold(model, history, { precision: 0.9 });
    expect(precision).toBe(1);
    expect(recall).toBe(1);
    const score = scoreEta(model, history, { missThreshold: threshold });
    expect(score.late).toBe(history.filter((h) => h.events.some((e) => e.code === "in_transit.delay_weather")).length);
    expect(score.lateFlaggedAhead).toBe(1);
    expect(score.flagPrecision).toBe(1);
    expect(score.maeDaysFirstScan).toBeGreaterThan(0);
    expect(FLAG_LEAD_MS).toBe(24 * 3_600_000);
  });
});
