// Which delivery pitfalls a parcel meets, drawn independently at configurable rates. What each
// one does to the scan stream lives in network.ts (en route) and last-mile.ts (at the door).
import { chance, type Random } from "./rng";

export const PITFALL_KINDS = [
  "weather",
  "customs_hold",
  "failed_attempt",
  "address_issue",
  "damaged",
  "lost",
  "returned_to_sender",
  "silent_gap",
  "eta_slip",
] as const;
export type PitfallKind = (typeof PITFALL_KINDS)[number];

/** Per-shipment probabilities; customs_hold applies to parcels that cross a customs border. */
export type PitfallRates = Record<PitfallKind, number>;

export const DEFAULT_PITFALL_RATES: Readonly<PitfallRates> = {
  weather: 0.03,
  customs_hold: 0.08,
  failed_attempt: 0.05,
  address_issue: 0.015,
  damaged: 0.006,
  lost: 0.005,
  returned_to_sender: 0.01,
  silent_gap: 0.04,
  eta_slip: 0.04,
};

/** At the door only one story can happen; the rarer, more final one wins. */
const LAST_MILE: readonly PitfallKind[] = ["lost", "returned_to_sender", "address_issue", "failed_attempt"];

export function drawPitfalls(r: Random, rates: Readonly<PitfallRates>, crossesCustoms: boolean): Set<PitfallKind> {
  const drawn = new Set<PitfallKind>();
  // Every rate is drawn, always in the same order, so one rate's change leaves the others' draws alone.
  for (const kind of PITFALL_KINDS) if (chance(r, rates[kind]) && (kind !== "customs_hold" || crossesCustoms)) drawn.add(kind);
  const winner = LAST_MILE.find((kind) => drawn.has(kind));
  for (const kind of LAST_MILE) if (kind !== winner) drawn.delete(kind);
  return drawn;
}

export function pitfallRates(overrides: Partial<PitfallRates> = {}): PitfallRates {
  const rates = { ...DEFAULT_PITFALL_RATES, ...overrides };
  for (const kind of PITFALL_KINDS) {
    const rate = rates[kind];
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`pitfall rate ${kind} must be within 0..1, got ${rate}`);
  }
  return rates;
}
