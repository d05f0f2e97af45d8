// The situation a prediction is made in, as history keys: which lane (from specific to
// global) and what moment of the journey (stage, time since the last scan, local hour and
// weekday of that moment).
import { HOUR_MS, localDay, localMinutes, weekdayOf } from "./days";
import { PITFALL_STAGES, PROGRESS_STAGES, type Progress, type Stage } from "./stages";
import type { EtaPlace } from "./types";

/** Hours since the latest scan at which the situation changes ("still no news after a day"). */
export const SILENCE_HOURS = [0, 6, 24, 48, 96, 192] as const;

export function silenceBucket(elapsedMs: number): number {
  let b = 0;
  while (b + 1 < SILENCE_HOURS.length && elapsedMs >= SILENCE_HOURS[b + 1] * HOUR_MS) b++;
  return b;
}

/**
 * Local time bands that matter to carriers. Before collection: whether the carrier's
 * collection cut-off has passed. After it: before the morning sort, the day, the evening
 * collection and trunking, the night.
 */
export function hourBand(minutes: number, collected: boolean, cutoff: number): number {
  if (!collected) return minutes < cutoff ? 4 : 5;
  return minutes < 10 * 60 ? 0 : minutes < 14 * 60 ? 1 : minutes < 18 * 60 ? 2 : 3;
}

/**
 * History levels, most specific first: the lane (origin -> destination, each with its region
 * when known: two warehouses in one country are two lanes) x carrier x service; the country
 * pair; the destination country; carrier x service; everything.
 */
export function levelKeys(carrier: string, service: string, origin: EtaPlace, destination: EtaPlace): string[] {
  const cs = `${carrier}|${service}`;
  return [
    laneKey(carrier, service, origin, destination),
    `${cs}|${origin.country}>${destination.country}`,
    `${cs}|>${destination.country}`,
    cs,
    "*",
  ];
}

function laneKey(carrier: string, service: string, origin: EtaPlace, destination: EtaPlace): string {
  return `${carrier}|${service}|${origin.country}-${origin.region ?? ""}>${destination.country}-${destination.region ?? ""}`;
}

export const LEVEL_NAMES = ["lane", "country pair", "destination country", "carrier service", "all carriers"] as const;

/** Delivery days since collection (or since the label, before it) that count as distinct. */
export const MAX_AGE = 7;

const STAGES: readonly Stage[] = [...PROGRESS_STAGES, ...PITFALL_STAGES];
const STAGE_INDEX: ReadonlyMap<Stage, number> = new Map(STAGES.map((stage, i) => [stage, i]));
const BANDS = 6;

/**
 * The situation as one number: stage, silence, journey age, then the hour band and weekday of
 * the moment where the parcel is (the latest scan's local time: a hub runs on its own clock).
 * `cutoff` is the carrier's collection cut-off (local minutes) at the origin.
 */
export function situationCode(p: Progress, bucket: number, age: number, anchor: number, destinationOffset: number, cutoff: number): number {
  const offset = p.scanOffset ?? destinationOffset;
  const band = hourBand(localMinutes(anchor, offset), p.collected !== null, cutoff);
  // The weekday: how many weekend days with trucks but no deliveries lie ahead.
  const week = weekdayOf(localDay(anchor, offset));
  return ((((STAGE_INDEX.get(p.stage) as number) * SILENCE_HOURS.length + bucket) * (MAX_AGE + 1) + age) * BANDS + band) * 7 + week;
}

/**
 * A situation's history keys, most specific first: all of it ("stage|silence|age|band|weekday"),
 * without hour and weekday, without age, the stage alone.
 */
export function situationChain(code: number): string[] {
  const week = code % 7;
  const band = Math.floor(code / 7) % BANDS;
  const age = Math.floor(code / (7 * BANDS)) % (MAX_AGE + 1);
  const bucket = Math.floor(code / (7 * BANDS * (MAX_AGE + 1))) % SILENCE_HOURS.length;
  const stage = STAGES[Math.floor(code / (7 * BANDS * (MAX_AGE + 1) * SILENCE_HOURS.length))];
  const silence = `${stage}|${bucket}`;
  const aged = `${silence}|${age}`;
  return [`${aged}|${band}|${week}`, aged, silence, stage];
}
