// The delivery estimate for one shipment at one moment: history for its lane and situation,
// blended with the carrier's own latest estimate as far as that carrier has earned it, and
// narrowed to the days still possible.
import { HOUR_MS, instantAt, localDay, localMinutes } from "./days";
import { compile, ETA_ERROR_BINS, ETA_ERROR_MIN } from "./distribution";
import { earliestIndex, etaIndex, eventTime, journeyAge, toMs } from "./moments";
import { silenceBucket, SILENCE_HOURS, situationCode } from "./situation";
import { advance, phaseOf, startProgress } from "./stages";
import type { EtaModel, EtaPrediction, ShipmentState } from "./types";

/** The range holds this share of the probability. */
export const RANGE_MASS = 0.9;
const ETA_SPAN = ETA_ERROR_BINS + ETA_ERROR_MIN;

// Scratch space reused by every call (predictions run one at a time).
let ours = new Float64Array(0);
let theirs = new Float64Array(0);

export function predictEta(model: EtaModel, state: ShipmentState, now: Date | number): EtaPrediction {
  const compiled = compile(model);
  const t = typeof now === "number" ? now : now.getTime();
  const lane = compiled.lane(state.carrier, state.service, state.origin, state.destination);
  // Scans after `now` are not known yet (a caller replaying history may pass them).
  const events = state.events;
  let known = events.length;
  while (known > 0 && eventTime(events[known - 1]) > t) known--;
  const progress = startProgress();
  for (let i = 0; i < known; i++) advance(progress, events[i], lane.destination);
  // The destination's offset: from a scan there, else history, else a scan in its country, else any scan.
  const offset = progress.regionOffset ?? lane.offset ?? progress.countryOffset ?? progress.scanOffset ?? 0;
  const promised = state.promisedBy == null ? null : toMs(state.promisedBy);

  if (progress.delivered !== null) {
    const deliveredAt = eventTime(progress.delivered);
    const at = new Date(deliveredAt);
    return { from: at, to: at, mostLikely: at, confidence: 1, missProbability: promised === null ? null : deliveredAt > promised ? 1 : 0, basis: "delivered" };
  }
  if (progress.ended) {
    const at = new Date(t);
    return { from: at, to: at, mostLikely: at, confidence: 0, missProbability: promised === null ? null : 1, basis: `no delivery expected (${progress.last?.code})` };
  }

  const calendar = lane.calendar;
  const lastScan = progress.last === null ? toMs(state.shippedAt) : eventTime(progress.last);
  const bucket = silenceBucket(Math.max(0, t - lastScan));
  const anchor = lastScan + SILENCE_HOURS[bucket] * HOUR_MS;
  const anchorIndex = calendar.index(localDay(anchor, offset));
  const age = journeyAge(progress, anchorIndex, calendar, offset);
  const remaining = compiled.remaining(lane, situationCode(progress, bucket, age, anchor, offset, lane.cutoff));

  // p[j]: probability of delivery on the delivery day with index base + j.
  const base = earliestIndex(calendar, t, offset);
  const size = model.maxDays + ETA_SPAN + 1;
  if (ours.length !== size) {
    ours = new Float64Array(size);
    theirs = new Float64Array(size);
  }
  const p = ours;
  for (let j = 0; j < size; j++) p[j] = 0;
  let mass = 0;
  for (let k = Math.max(0, base - anchorIndex); k <= model.maxDays; k++) {
    const j = anchorIndex + k - base;
    if (j >= size) break;
    p[j] += remaining[k];
    mass += remaining[k];
  }
  let notes = "";
  if (mass > 1e-9) for (let j = 0; j < size; j++) p[j] /= mass;
  else {
    // Longer overdue than any journey in history: any day now, each less likely than the last.
    for (let j = 0; j < 8; j++) mass += p[j] = 0.5 ** (j + 1);
    for (let j = 0; j < 8; j++) p[j] /= mass;
    notes += "; overdue beyond history";
  }

  const carrierEta = state.carrierEta;
  if (carrierEta && carrierEta.eta !== null && toMs(carrierEta.at) <= t) {
    const index = etaIndex(calendar, carrierEta.eta, offset);
    if (index !== null) {
      const { error, weight } = lane.eta[phaseOf(progress)];
      const q = theirs;
      let etaMass = 0;
      for (let j = 0; j < size; j++) {
        const e = base + j - index - ETA_ERROR_MIN;
        etaMass += q[j] = e >= 0 && e < ETA_ERROR_BINS ? error[e] : 0;
      }
      if (etaMass > 1e-9 && weight > 0) {
        for (let j = 0; j < size; j++) p[j] = (1 - weight) * p[j] + (weight * q[j]) / etaMass;
        notes += `; carrier ETA ${carrierEta.eta.slice(0, 10)} weighted ${weight}`;
      }
    }
  }

  let mode = 0;
  for (let j = 1; j < size; j++) if (p[j] > p[mode]) mode = j;
  const [lo, hi] = shortestRange(p, mode);
  let miss: number | null = null;
  if (promised !== null) {
    if (t > promised) miss = 1;
    else {
      // Days after the promise's day miss it; on that day, deliveries after its time of day do.
      // Reading the promise as an instant keeps an hour's offset error (DST) from moving its day.
      const promiseDay = localDay(promised, offset);
      const last = calendar.index(promiseDay) - base;
      miss = 0;
      for (let j = Math.max(0, last + 1); j < size; j++) miss += p[j];
      if (last >= 0 && last < size && calendar.isDeliveryDay(promiseDay)) {
        const minute = localMinutes(promised, offset);
        const before = lane.deliveredBefore;
        const bin = Math.floor(minute / 30);
        const share = before[bin] + ((minute % 30) / 30) * (before[bin + 1] - before[bin]);
        miss += p[last] * (1 - share);
      }
      miss = Math.min(1, Math.max(0, miss));
    }
  }

  const day = calendar.day(base + mode);
  const typical = instantAt(day, lane.typicalMinute, offset);
  const silence = bucket > 0 ? `, no scan for ${SILENCE_HOURS[bucket]}h+` : "";
  return {
    from: new Date(instantAt(calendar.day(base + lo), 0, offset)),
    to: new Date(instantAt(calendar.day(base + hi) + 1, 0, offset) - 1),
    mostLikely: new Date(Math.max(typical, Math.min(t, instantAt(day + 1, 0, offset) - 1))),
    confidence: p[mode],
    missProbability: miss,
    basis: `${lane.basis}, ${progress.stage}${silence}${notes}`,
  };
}

/** The narrowest run of days holding RANGE_MASS; among equals, the one around the mode. */
function shortestRange(p: Float64Array, mode: number): [number, number] {
  let best: [number, number] = [0, p.length - 1];
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < p.length; hi++) {
    sum += p[hi];
    while (lo < hi && sum - p[lo] >= RANGE_MASS - 1e-12) sum -= p[lo++];
    if (sum >= RANGE_MASS - 1e-12) {
      const width = hi - lo;
      const bestWidth = best[1] - best[0];
      const holdsMode = lo <= mode && mode <= hi;
      if (width < bestWidth || (width === bestWidth && holdsMode && !(best[0] <= mode && mode <= best[1]))) best = [lo, hi];
    }
  }
  return best;
}
