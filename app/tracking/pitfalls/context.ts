// Everything a rule reads, computed once per evaluation: clean instants from the facts, the
// timeline, the scan, and the shipment's state.
import type { Milestone, Severity } from "../taxonomy/types";
import { RULE_META } from "./catalogue";
import { scanTimeline, type Scan } from "./scan";
import { HOUR, ms } from "./time";
import { buildTimeline, type TimedEvent } from "./timeline";
import type { ActiveAlert, DetailValue, PitfallEvent, PitfallSettings, RuleId, ShipmentFacts } from "./types";

export interface Context {
  facts: ShipmentFacts;
  settings: PitfallSettings;
  now: number;
  events: TimedEvent[];
  scan: Scan;
  milestone: Milestone;
  /** The newest scan we know of: facts.lastEventAt or the newest event, whichever is later. */
  lastSeenAt: number | null;
  createdAt: number | null;
  shippedAt: number | null;
  deliveredAt: number | null;
  carrierEta: number | null;
  promisedBy: number | null;
  /** This parcel reached the shopper (milestone delivered, or a delivery time is known). */
  delivered: boolean;
  /** Delivered or returned: the journey is over. */
  finished: boolean;
  /** Destination's offset from UTC in ms (0 when unknown). */
  offsetMs: number;
  out: ActiveAlert[];
}

const MAX_OFFSET_MINUTES = 14 * 60;

function offsetOf(minutes: number | null): number {
  if (typeof minutes !== "number" || !Number.isFinite(minutes)) return 0;
  return Math.max(-MAX_OFFSET_MINUTES, Math.min(MAX_OFFSET_MINUTES, minutes)) * 60_000;
}

export function buildContext(facts: ShipmentFacts, events: readonly PitfallEvent[], settings: PitfallSettings, now: number): Context {
  const timeline = buildTimeline(Array.isArray(events) ? events : []);
  const milestone = facts.milestone;
  const deliveredAt = ms(facts.deliveredAt);
  const finished = milestone === "delivered" || milestone === "returned";
  const newest = timeline.length > 0 ? timeline[timeline.length - 1].at : null;
  const lastEventAt = ms(facts.lastEventAt);
  return {
    facts,
    settings,
    now,
    events: timeline,
    scan: scanTimeline(timeline, settings, finished),
    milestone,
    lastSeenAt: newest === null ? lastEventAt : lastEventAt === null ? newest : Math.max(newest, lastEventAt),
    createdAt: ms(facts.createdAt),
    shippedAt: ms(facts.shippedAt),
    deliveredAt,
    carrierEta: ms(facts.carrierEta),
    promisedBy: ms(facts.promisedBy),
    delivered: milestone === "delivered" || deliveredAt !== null,
    finished,
    offsetMs: offsetOf(facts.destinationTimeZoneOffsetMinutes),
    out: [],
  };
}

/** Adds an alert with the rule's family and title. */
export function raise(
  ctx: Context,
  rule: RuleId,
  causeKey: string,
  severity: Severity,
  triggeredBy: string | null,
  details: Record<string, DetailValue>,
): void {
  const meta = RULE_META[rule];
  ctx.out.push({ rule, family: meta.family, severity, causeKey, details, triggeredBy, title: meta.title });
}

/** True when `since` is at least `hours` before now (hours ≤ 0 always passes). */
export function heldFor(ctx: Context, since: number, hours: number): boolean {
  return hours <= 0 || ctx.now - since >= hours * HOUR;
}
