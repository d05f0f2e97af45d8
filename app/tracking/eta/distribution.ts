// Turning history counts into probabilities: each level of history is shrunk toward the level
// above it (a thin lane leans on its carrier and country, an unseen one falls back entirely),
// with results cached per model.
import { deliveryCalendar, MON_FRI, type DeliveryCalendar } from "./business-days";
import { LEVEL_NAMES, levelKeys, situationChain } from "./situation";
import { destinationOf, type Destination } from "./stages";
import type { EtaModel, EtaPlace } from "./types";

/** Carrier-estimate error bins: delivered index minus estimate index, from ETA_ERROR_MIN. */
export const ETA_ERROR_MIN = -5;
export const ETA_ERROR_BINS = 21;
/** How many observations a level needs before it outweighs the level above it. */
export const SHRINKAGE = 6;
/** Collection cut-off (local minutes) assumed where history cannot tell. */
export const DEFAULT_CUTOFF = 15 * 60;
/** Weight given to the carrier's estimate where history cannot tell. */
export const DEFAULT_ETA_WEIGHT = 0.3;

export function remainingPrior(size: number): Float64Array {
  const p = new Float64Array(size);
  let total = 0;
  for (let d = 0; d < size; d++) total += p[d] = Math.exp(-d / 2.5);
  for (let d = 0; d < size; d++) p[d] /= total;
  return p;
}

export function etaErrorPrior(): Float64Array {
  const p = new Float64Array(ETA_ERROR_BINS);
  let total = 0;
  for (let i = 0; i < ETA_ERROR_BINS; i++) total += p[i] = Math.exp(-1.5 * Math.abs(i + ETA_ERROR_MIN));
  for (let i = 0; i < ETA_ERROR_BINS; i++) p[i] /= total;
  return p;
}

/**
 * Shrinks from the prior through `chain` (coarsest first). `exclude` leaves one observation
 * out of every level (its bin), so training can score the model on data it was fit to.
 */
export function shrink(prior: Float64Array, chain: ReadonlyArray<readonly number[] | undefined>, exclude = -1): Float64Array {
  const p = Float64Array.from(prior);
  for (const counts of chain) {
    if (!counts) continue;
    let n = 0;
    for (const c of counts) n += c;
    const drop = exclude >= 0 && (counts[exclude] ?? 0) > 0 ? 1 : 0;
    n -= drop;
    if (n <= 0) continue;
    const scale = 1 / (n + SHRINKAGE);
    for (let i = 0; i < p.length; i++) p[i] = ((counts[i] ?? 0) - (i === exclude ? drop : 0) + SHRINKAGE * p[i]) * scale;
  }
  return p;
}

/**
 * Keys of the remaining-days chain, coarsest first: the stage and silence from all history
 * down to the lane, then the lane's own finer situations (journey age, hour, weekday), whose
 * meaning depends on the lane's length and cut-offs.
 */
export function remainingChain(levels: readonly string[], situation: readonly string[]): string[] {
  const [full, aged, silence, stage] = situation;
  const global = levels[levels.length - 1];
  const chain = [`${global}#${stage}`];
  for (let l = levels.length - 1; l >= 0; l--) chain.push(`${levels[l]}#${silence}`);
  chain.push(`${levels[0]}#${aged}`, `${levels[0]}#${full}`);
  return chain;
}

/** Keys of the carrier-estimate error chain, coarsest first. */
export function etaChain(carrier: string, service: string, phase: string): string[] {
  return [`*|${phase}`, `${carrier}|${phase}`, `${carrier}|${service}|${phase}`];
}

/** What a lane's predictions share, worked out once. */
export interface LaneView {
  levels: string[];
  /** Which level speaks for the lane, for the basis text. */
  basis: string;
  destination: Destination;
  calendar: DeliveryCalendar;
  /** The destination's usual UTC offset; undefined where history never delivered. */
  offset: number | undefined;
  cutoff: number;
  typicalMinute: number;
  deliveredBefore: Float64Array;
  eta: Record<"early" | "late" | "pitfall", { error: Float64Array; weight: number }>;
  /** Remaining-days distributions by situation code. */
  situations: Map<number, Float64Array>;
}

type LaneTree = Map<string, LaneTree | LaneView>;

/** A level of history speaks for a shipment once it holds this many deliveries. */
const TRUSTED_LEVEL = 30;

/** A model with its lookups cached; build one per model with `compile`. */
export class CompiledEtaModel {
  /** Lane views by carrier, service, origin country and region, destination country and region. */
  private readonly lanes: LaneTree = new Map();
  private readonly etaCache = new Map<string, { error: Float64Array; weight: number }>();
  private readonly prior: Float64Array;
  private readonly etaPrior = etaErrorPrior();
  private readonly timesCache = new Map<string, Float64Array>();

  constructor(readonly model: EtaModel) {
    this.prior = remainingPrior(model.maxDays + 1);
  }

  lane(carrier: string, service: string, origin: EtaPlace, destination: EtaPlace): LaneView {
    // Nested maps on the parts: no key string to build and hash on every prediction.
    const byService = branch(this.lanes, carrier);
    const byOrigin = branch(byService, service);
    const byOriginRegion = branch(byOrigin, origin.country);
    const byDestination = branch(byOriginRegion, origin.region ?? "");
    const byRegion = branch(byDestination, destination.country);
    let lane = byRegion.get(destination.region ?? "") as LaneView | undefined;
    if (!lane) {
      const levels = levelKeys(carrier, service, origin, destination);
      let level = 0;
      while (level < levels.length - 1 && (this.model.shipments[levels[level]] ?? 0) < TRUSTED_LEVEL) level++;
      const basis = `${LEVEL_NAMES[level]} history (${this.model.shipments[levels[level]] ?? 0} deliveries)`;
      lane = {
        levels,
        basis,
        destination: destinationOf(destination),
        calendar: this.calendar(carrier, destination.country),
        offset: this.offset(destination.country, destination.region),
        cutoff: this.cutoff(carrier, origin.country),
        typicalMinute: this.typicalMinute(carrier),
        deliveredBefore: this.deliveredBefore(carrier),
        eta: { early: this.eta(carrier, service, "early"), late: this.eta(carrier, service, "late"), pitfall: this.eta(carrier, service, "pitfall") },
        situations: new Map(),
      };
      byRegion.set(destination.region ?? "", lane);
    }
    return lane;
  }

  /** Remaining delivery days from the moment, for a lane in a situation. */
  remaining(lane: LaneView, situation: number): Float64Array {
    let p = lane.situations.get(situation);
    if (!p) {
      p = shrink(this.prior, remainingChain(lane.levels, situationChain(situation)).map((k) => this.model.remaining[k]));
      lane.situations.set(situation, p);
    }
    return p;
  }

  eta(carrier: string, service: string, phase: string): { error: Float64Array; weight: number } {
    const key = `${carrier}|${service}|${phase}`;
    let e = this.etaCache.get(key);
    if (!e) {
      const chain = etaChain(carrier, service, phase);
      const error = shrink(this.etaPrior, chain.map((k) => this.model.etaError[k]));
      let weight = DEFAULT_ETA_WEIGHT;
      for (const k of chain) if (this.model.etaWeight[k] !== undefined) weight = this.model.etaWeight[k];
      e = { error, weight };
      this.etaCache.set(key, e);
    }
    return e;
  }

  /** Share of the carrier's deliveries made before each local half hour (49 values, 0 to 1). */
  deliveredBefore(carrier: string): Float64Array {
    let cdf = this.timesCache.get(carrier);
    if (!cdf) {
      // Without history: deliveries spread evenly over 09:00-20:00.
      const bins = this.model.deliveryTimes[carrier] ?? Array.from({ length: 48 }, (_, i) => (i >= 18 && i < 40 ? 1 : 0));
      const total = bins.reduce((a, b) => a + b, 0) || 1;
      cdf = new Float64Array(49);
      for (let i = 0; i < 48; i++) cdf[i + 1] = cdf[i] + (bins[i] ?? 0) / total;
      this.timesCache.set(carrier, cdf);
    }
    return cdf;
  }

  /** The carrier's median local delivery time, in minutes after midnight. */
  typicalMinute(carrier: string): number {
    const cdf = this.deliveredBefore(carrier);
    let i = 0;
    while (i < 47 && cdf[i + 1] < 0.5) i++;
    return i * 30 + 15;
  }

  cutoff(carrier: string, originCountry: string): number {
    return this.model.cutoffs[`${carrier}|${originCountry}`] ?? DEFAULT_CUTOFF;
  }

  calendar(carrier: string, country: string): DeliveryCalendar {
    return deliveryCalendar(this.model.deliveryDays[`${carrier}|${country}`] ?? MON_FRI, country);
  }

  /** The destination's usual UTC offset in history; undefined for places history never delivered to. */
  offset(country: string, region: string | null | undefined): number | undefined {
    return this.model.offsets[`${country}|${region ?? ""}`] ?? this.model.offsets[country];
  }
}

function branch(tree: LaneTree, key: string): LaneTree {
  let next = tree.get(key) as LaneTree | undefined;
  if (!next) tree.set(key, (next = new Map()));
  return next;
}

const compiled = new WeakMap<EtaModel, CompiledEtaModel>();

export function compile(model: EtaModel): CompiledEtaModel {
  let c = compiled.get(model);
  if (!c) {
    c = new CompiledEtaModel(model);
    compiled.set(model, c);
  }
  return c;
}
