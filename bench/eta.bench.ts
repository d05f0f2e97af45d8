// The ETA model on the sandbox network's default world: simulate ~4 months of shipments,
// train on everything delivered before the last month, then replay each shipment of the last
// month scan by scan (and every 4 h between scans) and score what the model said at the time.
// The late-delivery flag threshold is calibrated inside the training period: a model trained
// on its first part flags the shipments of a later month, which it has not seen.
//
// maeDays: |predicted day - delivery day| in destination-local days, averaged over each
// journey's predictions, then over shipments; maeDaysFirstScan: the same at the label scan.
// insideRange: share of all predictions whose [from, to] held the delivery. lateFlaggedAhead:
// share of late deliveries whose prediction in force 24 h before the promise passed had
// missProbability >= the calibrated threshold; flagPrecision: share of those flags that were
// late. The *AnyTime variants count a flag raised at any moment up to then, even if withdrawn.
import { DEFAULT_START, simulate, type SimulatedShipment } from "../app/demo/simulator";
import { calibrateMissThreshold, predictEta, scoreEta, trainEtaModel, type ShipmentState } from "../app/tracking/eta";
import { emit, throughput } from "./measure";

const SHIPMENTS = 36_000;
const DAYS = 120;
const TEST_DAYS = 30;
/** Calibration shipments leave the window this long before the cut-off, so nearly all are delivered by it. */
const CALIBRATION_GAP_DAYS = 14;
const DAY_MS = 86_400_000;
const SEED = 20250804;
/** Flags are tuned on the training period to this precision. */
const TARGET_PRECISION = 0.85;
/** Hours between predictions when no scan comes: a poller's re-check interval. */
const STEP_HOURS = 4;

export async function run(): Promise<void> {
  const started = Date.now();
  const world = [...simulate({ shipments: SHIPMENTS, days: DAYS, seed: SEED, start: DEFAULT_START })];
  const cutoff = DEFAULT_START.getTime() + (DAYS - TEST_DAYS) * DAY_MS;
  const train = world.filter((s) => s.deliveredAt !== null && s.deliveredAt.getTime() < cutoff);
  const test = world.filter((s) => s.shippedAt.getTime() >= cutoff);

  const calibrationCutoff = cutoff - (TEST_DAYS + CALIBRATION_GAP_DAYS) * DAY_MS;
  const calibrationModel = trainEtaModel(train.filter((s) => s.deliveredAt!.getTime() < calibrationCutoff));
  const calibrationSet = train.filter((s) => s.shippedAt.getTime() >= calibrationCutoff && s.shippedAt.getTime() < cutoff - CALIBRATION_GAP_DAYS * DAY_MS);
  const calibration = calibrateMissThreshold(calibrationModel, calibrationSet, { precision: TARGET_PRECISION, stepHours: STEP_HOURS });
  const model = trainEtaModel(train);
  const score = scoreEta(model, test, { missThreshold: calibration.threshold, stepHours: STEP_HOURS });
  const speed = throughput(predictionStates(test), ([state, now]) => predictEta(model, state, now));

  emit({
    bench: "eta",
    maeDays: round(score.maeDaysJourney),
    maeDaysFirstScan: round(score.maeDaysFirstScan),
    insideRange: round(score.insideRange),
    insideRangeFirstScan: round(score.insideRangeFirstScan),
    lateFlaggedAhead: score.lateFlaggedAhead === null ? null : round(score.lateFlaggedAhead),
    flagPrecision: score.flagPrecision === null ? null : round(score.flagPrecision),
    lateFlaggedAheadAnyTime: score.lateFlaggedAheadAnyTime === null ? null : round(score.lateFlaggedAheadAnyTime),
    flagPrecisionAnyTime: score.flagPrecisionAnyTime === null ? null : round(score.flagPrecisionAnyTime),
    missThreshold: calibration.threshold,
    lateDeliveries: score.late,
    flagged: score.flagged,
    hitRate: round(score.hitRate),
    meanConfidence: round(score.meanConfidence),
    trainShipments: train.length,
    testShipments: score.shipments,
    predictionsScored: score.predictions,
    predictionsPerSecond: speed.perSecond,
    seconds: Math.round((Date.now() - started) / 1000),
  });
}

/** Mid-journey states (half the scans known, the carrier's estimate at that time) to time predictEta on. */
function predictionStates(shipments: readonly SimulatedShipment[]): Array<[ShipmentState, number]> {
  return shipments.slice(0, 5000).map((s) => {
    const known = s.events.slice(0, Math.max(1, Math.ceil(s.events.length / 2)));
    const now = Date.parse(known[known.length - 1].occurredAt) + 3_600_000;
    const eta = s.carrierEtas.filter((e) => Date.parse(e.at) <= now).pop() ?? null;
    return [{ ...s, events: known, carrierEta: eta }, now];
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
