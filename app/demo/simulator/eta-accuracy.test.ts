// End to end: the ETA model trained on the sandbox network's history, scored on a later
// fortnight it has not seen. Thresholds are generous; bench/eta.bench.ts measures the real thing.
import { describe, expect, it } from "vitest";
import { calibrateMissThreshold, scoreEta, trainEtaModel } from "../../tracking/eta";
import { DEFAULT_START, simulate } from "./simulate";

const DAY = 86_400_000;

describe("ETA model on the sandbox network", () => {
  it("predicts held-out deliveries well and flags most late ones ahead", () => {
    const world = [...simulate({ shipments: 9000, days: 56, seed: 77, start: DEFAULT_START })];
    const cutoff = DEFAULT_START.getTime() + 42 * DAY;
    const train = world.filter((s) => s.deliveredAt !== null && s.deliveredAt.getTime() < cutoff);
    const test = world.filter((s) => s.shippedAt.getTime() >= cutoff);
    const model = trainEtaModel(train);
    // Calibrated in-sample here for speed: the flags come out a little less precise than tuned.
    const { threshold } = calibrateMissThreshold(model, train.slice(-2000), { precision: 0.85 });
    const score = scoreEta(model, test, { missThreshold: threshold });

    expect(score.shipments).toBeGreaterThan(1500);
    expect(score.maeDaysJourney).toBeLessThan(0.6);
    expect(score.maeDaysFirstScan).toBeLessThan(1.1);
    expect(score.insideRange).toBeGreaterThan(0.85);
    expect(score.late).toBeGreaterThan(50);
    expect(score.lateFlaggedAhead).toBeGreaterThan(0.55);
    expect(score.flagPrecision).toBeGreaterThan(0.6);
    // Confidence means something: it tracks how often the most likely day is right.
    expect(Math.abs(score.meanConfidence - score.hitRate)).toBeLessThan(0.1);
  });
});
