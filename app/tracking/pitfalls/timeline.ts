// Events in time order, once: sorted, deduplicated by id, each joined to what its code means
// for the rules. Traits are computed per code at load, so the per-event work is a Map lookup.
import { CODES, SEVERITIES, type CodeInfo, type EventCode, type Severity } from "../taxonomy";
import { EVENT_RULES } from "./rules/event-specs";
import type { PitfallEvent } from "./types";

export interface CodeTraits {
  info: CodeInfo;
  severity: number;
  /** The parcel is moving again: ends "progress" alerts. */
  progress: boolean;
  /** Delivered, returning or returned: ends failed attempts and "delivery" alerts. */
  settles: boolean;
  /** Delivered or returned: alerts raised by it stay. */
  terminal: boolean;
  /** A real carrier scan (not a "not found yet" placeholder). */
  tracked: boolean;
  /** A failed delivery attempt worth an alert. */
  attempt: boolean;
  /** Indices into EVENT_RULES of the rules this code raises. */
  eventRules: readonly number[];
}

export interface TimedEvent {
  id: string;
  at: number;
  code: EventCode;
  traits: CodeTraits;
  location: string | null;
  carrier: string | null;
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

function traitsOf(info: CodeInfo): CodeTraits {
  const m = info.milestone;
  const settles = m === "delivered" || m === "returning" || m === "returned";
  return {
    info,
    severity: severityRank(info.severity),
    progress: settles || (info.pitfall === null && m !== "pending" && m !== "expired"),
    settles,
    terminal: m === "delivered" || m === "returned",
    tracked: m !== "pending" && info.code !== "expired.never_scanned",
    attempt: m === "failed_attempt" && info.pitfall !== null,
    eventRules: EVENT_RULES.flatMap((spec, index) => (spec.matches(info) ? [index] : [])),
  };
}

const TRAITS: ReadonlyMap<string, CodeTraits> = new Map([...CODES.values()].map((info) => [info.code, traitsOf(info)]));

export function traitsOfCode(code: EventCode): CodeTraits | undefined {
  return TRAITS.get(code);
}

function earlier(a: TimedEvent, b: TimedEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function cleanText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * Oldest first; ties broken by id then code so any input order gives the same timeline. Events
 * with an unknown code or an invalid time are dropped (they cannot be placed); of several events
 * with one id the earliest is kept.
 */
export function buildTimeline(events: readonly PitfallEvent[]): TimedEvent[] {
  const out: TimedEvent[] = [];
  let sorted = true;
  for (const e of events) {
    if (!e) continue;
    const traits = TRAITS.get(e.code);
    const at = e.occurredAt instanceof Date ? e.occurredAt.getTime() : NaN;
    if (!traits || !Number.isFinite(at)) continue;
    const timed: TimedEvent = { id: String(e.id), at, code: e.code, traits, location: cleanText(e.location), carrier: cleanText(e.carrier) };
    if (sorted && out.length > 0 && earlier(out[out.length - 1], timed) > 0) sorted = false;
    out.push(timed);
  }
  if (!sorted) out.sort(earlier);
  return out.length < 2 ? out : out.length <= 32 ? dedupeSmall(out) : dedupeLarge(out);
}

// A shipment has a handful of events: comparing ids pairwise beats building a Set.
function dedupeSmall(out: TimedEvent[]): TimedEvent[] {
  let w = 0;
  outer: for (let r = 0; r < out.length; r++) {
    const id = out[r].id;
    for (let k = 0; k < w; k++) if (out[k].id === id) continue outer;
    out[w++] = out[r];
  }
  out.length = w;
  return out;
}

function dedupeLarge(out: TimedEvent[]): TimedEvent[] {
  const seen = new Set<string>();
  let w = 0;
  for (let r = 0; r < out.length; r++) {
    const e = out[r];
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out[w++] = e;
  }
  out.length = w;
  return out;
}

/** Index of the first event of the unbroken run at the end of the timeline that satisfies `belongs` (length when none). */
export function trailingRun(events: readonly TimedEvent[], belongs: (e: TimedEvent) => boolean): number {
  let i = events.length;
  while (i > 0 && belongs(events[i - 1])) i--;
  return i;
}
