// One pass over the timeline, oldest first, that every event-driven rule reads from: which
// problem episodes are still open, which delivery attempts are unresolved, and the landmarks
// the time-based rules need (first label, first movement, delivery, problems after delivery).
import type { Severity } from "../taxonomy/types";
import { HOUR } from "./time";
import { EVENT_RULES } from "./rules/event-specs";
import { severityRank, type TimedEvent } from "./timeline";
import type { PitfallSettings } from "./types";

/** A run of events raising one rule, from the event that started it until something ends it. */
export interface Episode {
  /** Index into EVENT_RULES. */
  rule: number;
  start: TimedEvent;
  last: TimedEvent;
  severity: number;
  count: number;
  /** Raised by a final state (delivered/returned) or a "never" rule: nothing later ends it. */
  sticky: boolean;
}

/** One delivery attempt: consecutive failed-attempt scans close together are the same attempt. */
export interface Attempt {
  number: number;
  start: TimedEvent;
  last: TimedEvent;
  severity: number;
}

export interface Scan {
  episodes: Episode[];
  /** Attempts not yet settled by a delivery or return. */
  attempts: Attempt[];
  firstLabel: TimedEvent | null;
  /** The first scan that shows the carrier has the parcel. */
  firstMoving: TimedEvent | null;
  tracked: boolean;
  invalidNumber: TimedEvent | null;
  lastDelivered: TimedEvent | null;
  /** The first exception or return after a delivery. */
  problemAfterDelivery: TimedEvent | null;
  /** A carrier-reported partial delivery not yet followed by a complete one. */
  partial: TimedEvent | null;
}

/** Scans of one attempt (e.g. "attempted" then "notice left") come minutes apart. */
export const SAME_ATTEMPT_WITHIN = 4 * HOUR;

export function scanTimeline(events: readonly TimedEvent[], settings: PitfallSettings, finished: boolean): Scan {
  const ruleCount = EVENT_RULES.length;
  const minRank: number[] = new Array(ruleCount);
  for (let r = 0; r < ruleCount; r++) {
    const s = settings[EVENT_RULES[r].rule] as { enabled: boolean; minSeverity?: Severity };
    minRank[r] = !s.enabled ? Infinity : s.minSeverity ? severityRank(s.minSeverity) : 0;
  }
  const open: Array<Episode | null> = new Array(ruleCount).fill(null);
  let openCount = 0;
  let attempts: Attempt[] = [];
  let attemptNumber = 0;
  const scan: Scan = {
    episodes: [],
    attempts,
    firstLabel: null,
    firstMoving: null,
    tracked: false,
    invalidNumber: null,
    lastDelivered: null,
    problemAfterDelivery: null,
    partial: null,
  };

  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const t = e.traits;
    const milestone = t.info.milestone;

    if (openCount > 0 && t.progress) {
      for (let r = 0; r < ruleCount; r++) {
        const ep = open[r];
        if (!ep || ep.sticky) continue;
        const how = EVENT_RULES[r].resolution;
        if (how === "progress" || (how === "delivery" && t.settles)) {
          open[r] = null;
          openCount--;
        }
      }
    }
    if (t.settles && attempts.length > 0) attempts = [];

    for (const r of t.eventRules) {
      if (t.severity < minRank[r]) continue;
      const ep = open[r];
      if (ep) {
        ep.last = e;
        ep.count++;
        if (t.severity > ep.severity) ep.severity = t.severity;
      } else {
        open[r] = { rule: r, start: e, last: e, severity: t.severity, count: 1, sticky: t.terminal || EVENT_RULES[r].resolution === "never" };
        openCount++;
      }
    }

    if (t.attempt) {
      const current = attempts[attempts.length - 1];
      const previous = events[i - 1];
      if (current && previous === current.last && e.at - previous.at <= SAME_ATTEMPT_WITHIN) {
        current.last = e;
        if (t.severity > current.severity) current.severity = t.severity;
      } else {
        attempts.push({ number: ++attemptNumber, start: e, last: e, severity: t.severity });
      }
    }

    if (t.tracked) scan.tracked = true;
    if (milestone === "info_received") scan.firstLabel ??= e;
    else if (t.tracked && milestone !== "expired" && milestone !== "pending") scan.firstMoving ??= e;
    if (e.code === "pending.invalid_number") scan.invalidNumber = e;

    if (milestone === "delivered") {
      scan.lastDelivered = e;
      if (e.code === "delivered.partial") scan.partial ??= e;
      else scan.partial = null;
    } else if (scan.lastDelivered && !scan.problemAfterDelivery && t.info.pitfall !== null && (milestone === "exception" || milestone === "returning")) {
      scan.problemAfterDelivery = e;
    }
  }

  if (finished) attempts = [];
  for (const ep of open) if (ep && (ep.sticky || !finished)) scan.episodes.push(ep);
  scan.attempts = attempts;
  return scan;
}
