// Scoring the ETA model the way shoppers and merchants meet it: replay each delivered
// shipment's scans and carrier estimates over time and predict at every scan and every few
// hours in between, never with anything published after that moment.
import { DAY_MS, HOUR_MS, localDay, parseOffset } from "./days";
import { eventTime, toMs } from "./moments";
import { predictEta } from "./predict";
import type { CarrierEtaUpdate, EtaModel, EtaPrediction, ShipmentHistory, ShipmentState } from "./types";

export interface ReplayOptions {
  /** Hours between predictions when no scan comes (default 12). */
  stepHours?: number;
}

/** How long before the promise passes a late delivery must be flagged. */
export const FLAG_LEAD_MS = 24 * HOUR_MS;

/**
 * Calls `visit` with the prediction at the first scan, after every later scan, every
 * `stepHours` in between and at `checkpoint`, until the delivery (or a week after the last
 * scan when none came).
 */
export function replayPredictions(
  model: EtaModel,
  shipment: ShipmentHistory,
  visit: (now: number, prediction: EtaPrediction) => void,
  options: ReplayOptions & { checkpoint?: number } = {},
): void {
  const events = shipment.events;
  if (events.length === 0) return;
  const step = (options.stepHours ?? 12) * HOUR_MS;
  const times = events.map(eventTime);
  const etas: readonly CarrierEtaUpdate[] = shipment.carrierEtas ?? [];
  const etaTimes = etas.map((e) => toMs(e.at));
  const end = shipment.deliveredAt != null ? toMs(shipment.deliveredAt) : times[times.length - 1] + 7 * DAY_MS;
  let checkpoint = options.checkpoint !== undefined && options.checkpoint > times[0] ? options.checkpoint : Infinity;
  let known = 0;
  let etaKnown = 0;
  let tick = times[0];
  let now = times[0];
  while (now < end) {
    while (known < events.length && times[known] <= now) known++;
    while (etaKnown < etas.length && etaTimes[etaKnown] <= now) etaKnown++;
    // Only what was known at `now`: never the delivery, never a later scan or estimate.
    const state: ShipmentState = {
      carrier: shipment.carrier,
      service: shipment.service,
      origin: shipment.origin,
      destination: shipment.destination,
      shippedAt: shipment.shippedAt,
      promisedBy: shipment.promisedBy,
      events: events.slice(0, known),
      carrierEta: etaKnown > 0 ? etas[etaKnown - 1] : null,
    };
    visit(now, predictEta(model, state, now));
    while (tick <= now) tick += step;
    if (checkpoint <= now) checkpoint = Infinity;
    now = Math.min(known < events.length ? times[known] : Infinity, tick, checkpoint);
  }
}

export interface EtaScore {
  /** Delivered shipments scored. */
  shipments: number;
  predictions: number;
  /** Mean |predicted day - delivery day| (destination local days) at the first scan. */
  maeDaysFirstScan: number;
  /** The same averaged over each journey, then over shipments. */
  maeDaysJourney: number;
  /** Share of all predictions whose [from, to] held the delivery. */
  insideRange: number;
  insideRangeFirstScan: number;
  /** Share of predictions whose most likely day was the delivery day, and their mean confidence. */
  hitRate: number;
  meanConfidence: number;
  /** Delivered after promisedBy. */
  late: number;
  /**
   * Share of late deliveries flagged 24 h before promisedBy: the prediction in force then (made
   * with everything known by then) had missProbability >= threshold.
   */
  lateFlaggedAhead: number | null;
  /** Shipments flagged that way, and the share of them that were late. */
  flagged: number;
  flagPrecision: number | null;
  /** The same when any prediction up to 24 h ahead counts, even one later withdrawn. */
  lateFlaggedAheadAnyTime: number | null;
  flagPrecisionAnyTime: number | null;
}

interface ShipmentScore {
  firstError: number;
  meanError: number;
  inside: number;
  firstInside: boolean;
  hits: number;
  confidence: number;
  predictions: number;
  late: boolean;
  /** missProbability of the prediction in force 24 h before the promise passed. */
  flagScore: number;
  /** Highest missProbability up to then. */
  peakScore: number;
}

function scoreShipment(model: EtaModel, shipment: ShipmentHistory, options: ReplayOptions): ShipmentScore | null {
  if (shipment.deliveredAt == null || shipment.events.length === 0) return null;
  const deliveredAt = toMs(shipment.deliveredAt);
  let offset: number | null = null;
  for (const e of shipment.events) if (e.milestone === "delivered") offset = parseOffset(e.utcOffset);
  const off = offset ?? model.offsets[shipment.destination.country] ?? 0;
  const deliveryDay = localDay(deliveredAt, off);
  const promised = shipment.promisedBy == null ? null : toMs(shipment.promisedBy);
  const s: ShipmentScore = { firstError: 0, meanError: 0, inside: 0, firstInside: false, hits: 0, confidence: 0, predictions: 0, late: promised !== null && deliveredAt > promised, flagScore: 0, peakScore: 0 };
  let errors = 0;
  replayPredictions(
    model,
    shipment,
    (now, prediction) => {
      const error = Math.abs(localDay(prediction.mostLikely.getTime(), off) - deliveryDay);
      const inside = prediction.from.getTime() <= deliveredAt && deliveredAt <= prediction.to.getTime();
      if (s.predictions === 0) {
        s.firstError = error;
        s.firstInside = inside;
      }
      s.predictions++;
      errors += error;
      if (inside) s.inside++;
      if (error === 0) s.hits++;
      s.confidence += prediction.confidence;
      if (promised !== null && now <= promised - FLAG_LEAD_MS && prediction.missProbability !== null) {
        s.flagScore = prediction.missProbability;
        s.peakScore = Math.max(s.peakScore, prediction.missProbability);
      }
    },
    { ...options, checkpoint: promised === null ? undefined : promised - FLAG_LEAD_MS },
  );
  if (s.predictions === 0) return null;
  s.meanError = errors / s.predictions;
  return s;
}

function scoreAll(model: EtaModel, shipments: readonly ShipmentHistory[], options: ReplayOptions): ShipmentScore[] {
  const out: ShipmentScore[] = [];
  for (const shipment of shipments) {
    const s = scoreShipment(model, shipment, options);
    if (s) out.push(s);
  }
  return out;
}

export function scoreEta(model: EtaModel, shipments: readonly ShipmentHistory[], options: ReplayOptions & { missThreshold: number }): EtaScore {
  const scores = scoreAll(model, shipments, options);
  const n = scores.length;
  const sum = (f: (s: ShipmentScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const predictions = sum((s) => s.predictions);
  const late = scores.filter((s) => s.late);
  const flagged = scores.filter((s) => s.flagScore >= options.missThreshold);
  const flaggedAnyTime = scores.filter((s) => s.peakScore >= options.missThreshold);
  return {
    shipments: n,
    predictions,
    maeDaysFirstScan: sum((s) => s.firstError) / n,
    maeDaysJourney: sum((s) => s.meanError) / n,
    insideRange: sum((s) => s.inside) / predictions,
    insideRangeFirstScan: sum((s) => (s.firstInside ? 1 : 0)) / n,
    hitRate: sum((s) => s.hits) / predictions,
    meanConfidence: sum((s) => s.confidence) / predictions,
    late: late.length,
    lateFlaggedAhead: late.length ? late.filter((s) => s.flagScore >= options.missThreshold).length / late.length : null,
    flagged: flagged.length,
    flagPrecision: flagged.length ? flagged.filter((s) => s.late).length / flagged.length : null,
    lateFlaggedAheadAnyTime: late.length ? late.filter((s) => s.peakScore >= options.missThreshold).length / late.length : null,
    flagPrecisionAnyTime: flaggedAnyTime.length ? flaggedAnyTime.filter((s) => s.late).length / flaggedAnyTime.length : null,
  };
}

/**
 * The lowest missProbability threshold whose flags (in force 24 h before the promise) reach
 * `precision` on these shipments: the most late deliveries caught at that precision. Score it
 * on shipments the model was not trained on, or the threshold comes out optimistic.
 */
export function calibrateMissThreshold(
  model: EtaModel,
  shipments: readonly ShipmentHistory[],
  options: ReplayOptions & { precision?: number } = {},
): { threshold: number; precision: number | null; recall: number | null } {
  const target = options.precision ?? 0.85;
  const scores = scoreAll(model, shipments, options);
  const late = scores.filter((s) => s.late).length;
  let chosen = { threshold: 0.99, precision: null as number | null, recall: null as number | null };
  for (let step = 99; step >= 5; step--) {
    const threshold = step / 100;
    const flagged = scores.filter((s) => s.flagScore >= threshold);
    if (flagged.length === 0) continue;
    const hits = flagged.filter((s) => s.late).length;
    const precision = hits / flagged.length;
    if (precision < target) continue;
    chosen = { threshold, precision, recall: late ? hits / late : null };
  }
  return chosen;
}
