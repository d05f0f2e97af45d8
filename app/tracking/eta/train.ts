// Fitting the ETA model: count, for every moment of every delivered journey, how many delivery
// days were still to go, at five levels of history (lane, country pair, destination country,
// carrier service, all); learn each carrier's delivery weekdays and collection cut-offs, how
// far off its own estimates run, and how much to trust them against our history.
//
// Transit is counted in delivery days of the destination calendar rather than hours: carriers
// run on sort cycles and delivery days, so "3 delivery days after Friday's pickup" is one
// pattern whatever weekend or holiday falls in between, where hours would smear every weekend
// into the distribution and need the calendar put back afterwards anyway.
import { deliveryCalendar, MON_FRI } from "./business-days";
import { localDay, localMinutes, parseOffset, weekdayOf } from "./days";
import { DEFAULT_CUTOFF, ETA_ERROR_BINS, ETA_ERROR_MIN, etaChain, etaErrorPrior, remainingChain, remainingPrior, shrink } from "./distribution";
import { forEachMoment, toMs, type Sample } from "./moments";
import { levelKeys } from "./situation";
import { destinationOf, showsCollection } from "./stages";
import type { EtaModel, ShipmentHistory } from "./types";

export interface TrainOptions {
  /** Highest remaining-days bin (default 30). */
  maxDays?: number;
}

const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
/** Estimates a weight needs before it is trusted over the coarser level's. */
const MIN_WEIGHT_SAMPLES = 50;

interface Delivered {
  history: ShipmentHistory;
  deliveredAt: number;
  offset: number | null;
  pickedUp: boolean;
}

export function trainEtaModel(history: readonly ShipmentHistory[], options: TrainOptions = {}): EtaModel {
  const maxDays = options.maxDays ?? 30;
  const delivered = deliveredOnly(history);
  const model: EtaModel = {
    version: 1,
    trainedOn: delivered.length,
    maxDays,
    remaining: {},
    shipments: {},
    etaError: {},
    etaWeight: {},
    deliveryDays: {},
    offsets: {},
    cutoffs: {},
    deliveryTimes: {},
  };
  learnCalendars(model, delivered);
  learnCutoffs(model, history);

  const bump = (table: Record<string, number[]>, key: string, bin: number) => {
    const counts = (table[key] ??= []);
    while (counts.length <= bin) counts.push(0);
    counts[bin]++;
  };
  for (const item of delivered) {
    const h = item.history;
    const levels = levelKeys(h.carrier, h.service, h.origin, h.destination);
    for (const level of levels) model.shipments[level] = (model.shipments[level] ?? 0) + 1;
    walk(model, item, (s) => {
      const d = remainingDays(s, maxDays);
      for (const key of remainingChain(levels, s.situation)) bump(model.remaining, key, d);
      if (s.etaIndex !== null) for (const key of etaChain(h.carrier, h.service, s.phase)) bump(model.etaError, key, etaErrorBin(s));
    });
  }
  learnEtaWeights(model, delivered);
  return model;
}

function deliveredOnly(history: readonly ShipmentHistory[]): Delivered[] {
  const out: Delivered[] = [];
  for (const h of history) {
    if (h.deliveredAt == null || h.events.length === 0) continue;
    const deliveredAt = toMs(h.deliveredAt);
    if (!Number.isFinite(deliveredAt)) continue;
    let last = null;
    for (const e of h.events) if (e.milestone === "delivered") last = e;
    out.push({ history: h, deliveredAt, offset: parseOffset(last?.utcOffset), pickedUp: last?.code === "delivered.picked_up" });
  }
  return out;
}

/** Delivery weekdays per carrier and country, local offsets, delivery times of day. */
function learnCalendars(model: EtaModel, delivered: readonly Delivered[]): void {
  const weekdays = new Map<string, number[]>();
  const offsets = new Map<string, Map<number, number>>();
  const minutes = new Map<string, number[]>();
  const count = (key: string, offset: number) => {
    const m = offsets.get(key) ?? new Map<number, number>();
    m.set(offset, (m.get(offset) ?? 0) + 1);
    offsets.set(key, m);
  };
  for (const { history: h, deliveredAt, offset, pickedUp } of delivered) {
    if (offset === null) continue;
    const dest = h.destination;
    count(`${dest.country}|${dest.region ?? ""}`, offset);
    count(dest.country, offset);
    if (pickedUp) continue;
    const key = `${h.carrier}|${dest.country}`;
    const days = weekdays.get(key) ?? [0, 0, 0, 0, 0, 0, 0];
    days[weekdayOf(localDay(deliveredAt, offset))]++;
    weekdays.set(key, days);
    const bins = minutes.get(h.carrier) ?? new Array<number>(48).fill(0);
    bins[Math.floor(localMinutes(deliveredAt, offset) / 30)]++;
    minutes.set(h.carrier, bins);
  }
  for (const [key, days] of weekdays) {
    const most = Math.max(...days);
    let mask = 0;
    days.forEach((n, wd) => {
      if (n >= most * 0.05) mask |= 1 << wd;
    });
    model.deliveryDays[key] = mask;
  }
  for (const [key, m] of offsets) model.offsets[key] = [...m].sort((a, b) => b[1] - a[1])[0][0];
  for (const [carrier, bins] of minutes) model.deliveryTimes[carrier] = bins;
}

/**
 * Each carrier's collection cut-off per origin country: the first local hour from which most
 * weekday labels are collected on a later day.
 */
function learnCutoffs(model: EtaModel, history: readonly ShipmentHistory[]): void {
  const hours = new Map<string, { same: number[]; all: number[] }>();
  for (const h of history) {
    const label = h.events[0];
    const offset = parseOffset(label?.utcOffset);
    if (!label || offset === null || label.milestone !== "info_received") continue;
    const collected = h.events.find((e) => showsCollection(e.code));
    if (!collected) continue;
    const labelAt = toMs(label.occurredAt);
    const day = localDay(labelAt, offset);
    const wd = weekdayOf(day);
    if (wd === 0 || wd === 6) continue;
    const key = `${h.carrier}|${h.origin.country}`;
    const entry = hours.get(key) ?? { same: new Array<number>(24).fill(0), all: new Array<number>(24).fill(0) };
    const hour = Math.floor(localMinutes(labelAt, offset) / 60);
    entry.all[hour]++;
    if (localDay(toMs(collected.occurredAt), offset) === day) entry.same[hour]++;
    hours.set(key, entry);
  }
  for (const [key, { same, all }] of hours) {
    let cutoff = DEFAULT_CUTOFF;
    for (let hour = 8; hour < 24; hour++) {
      if (all[hour] >= 5 && same[hour] < all[hour] / 2) {
        cutoff = hour * 60;
        break;
      }
    }
    model.cutoffs[key] = cutoff;
  }
}

function walk(model: EtaModel, item: Delivered, visit: (s: Sample) => void): void {
  const h = item.history;
  const country = h.destination.country;
  const offset = item.offset ?? model.offsets[`${country}|${h.destination.region ?? ""}`] ?? model.offsets[country] ?? 0;
  const calendar = deliveryCalendar(model.deliveryDays[`${h.carrier}|${country}`] ?? MON_FRI, country);
  const cutoff = model.cutoffs[`${h.carrier}|${h.origin.country}`] ?? DEFAULT_CUTOFF;
  forEachMoment(h.events, h.carrierEtas ?? [], item.deliveredAt, destinationOf(h.destination), calendar, offset, cutoff, visit);
}

function remainingDays(s: Sample, maxDays: number): number {
  return Math.min(maxDays, Math.max(0, s.deliveryIndex - s.anchorIndex));
}

function etaErrorBin(s: Sample): number {
  return Math.min(ETA_ERROR_BINS - 1, Math.max(0, s.deliveryIndex - (s.etaIndex as number) - ETA_ERROR_MIN));
}

/**
 * How much to trust the carrier: for every moment with a carrier estimate, the log-loss of
 * blending our history (fit without that moment) with the estimate at each weight; the best
 * weight per carrier x service x phase wins where there are enough estimates.
 */
function learnEtaWeights(model: EtaModel, delivered: readonly Delivered[]): void {
  const prior = remainingPrior(model.maxDays + 1);
  const errorPrior = etaErrorPrior();
  const losses = new Map<string, { n: number; loss: Float64Array }>();
  const errors = new Map<string, Float64Array>();
  const size = model.maxDays + 1;
  const ours = new Float64Array(size);
  const theirs = new Float64Array(size);
  for (const item of delivered) {
    const h = item.history;
    if (!h.carrierEtas?.length) continue;
    const levels = levelKeys(h.carrier, h.service, h.origin, h.destination);
    walk(model, item, (s) => {
      if (s.etaIndex === null) return;
      const d = remainingDays(s, model.maxDays);
      const history = shrink(prior, remainingChain(levels, s.situation).map((k) => model.remaining[k]), d);
      const chain = etaChain(h.carrier, h.service, s.phase);
      const errorKey = chain[chain.length - 1];
      let error = errors.get(errorKey);
      if (!error) errors.set(errorKey, (error = shrink(errorPrior, chain.map((k) => model.etaError[k]))));
      const from = Math.max(0, s.earliest - s.anchorIndex);
      let a = 0;
      let b = 0;
      for (let k = 0; k < size; k++) {
        const e = s.anchorIndex + k - (s.etaIndex as number) - ETA_ERROR_MIN;
        ours[k] = k < from ? 0 : history[k];
        theirs[k] = k < from || e < 0 || e >= ETA_ERROR_BINS ? 0 : error[e];
        a += ours[k];
        b += theirs[k];
      }
      if (a <= 0 || b <= 0) return;
      for (const key of chain) {
        const entry = losses.get(key) ?? { n: 0, loss: new Float64Array(WEIGHTS.length) };
        entry.n++;
        WEIGHTS.forEach((w, i) => {
          entry.loss[i] -= Math.log(Math.max(1e-4, ((1 - w) * ours[d]) / a + (w * theirs[d]) / b));
        });
        losses.set(key, entry);
      }
    });
  }
  for (const [key, { n, loss }] of losses) {
    if (n < MIN_WEIGHT_SAMPLES) continue;
    let best = 0;
    for (let i = 1; i < loss.length; i++) if (loss[i] < loss[best]) best = i;
    model.etaWeight[key] = WEIGHTS[best];
  }
}
