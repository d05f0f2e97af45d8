// A shipment's status from its scans. Carriers resend old scans and deliver them late or out of
// order, so the status is a pure function of the set of scans: the latest by instant wins, and
// an older scan arriving late can never move a shipment backwards.
import { MILESTONES, type EventCode, type Milestone } from "../taxonomy";
import { eventKey } from "./build";
import type { NormalizedEvent } from "./types";

export interface ShipmentStatus {
  milestone: Milestone;
  code: EventCode;
  /** The deciding scan's UTC instant. */
  at: string;
}

const PROGRESS = new Map<Milestone, number>(MILESTONES.map((m, i) => [m, i]));

/**
 * Total order on scans: UTC instant, then (for scans in the same instant) the milestone further
 * along, then code and identity, so the result never depends on arrival order.
 */
export function compareEvents(a: NormalizedEvent, b: NormalizedEvent): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1;
  const progress = (PROGRESS.get(a.milestone) ?? 0) - (PROGRESS.get(b.milestone) ?? 0);
  if (progress !== 0) return progress;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ka = eventKey(a);
  const kb = eventKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Stored scans plus newly parsed ones, deduplicated by eventKey (a re-parsed scan replaces its stored copy), oldest first. */
export function mergeEvents(existing: readonly NormalizedEvent[], incoming: readonly NormalizedEvent[]): NormalizedEvent[] {
  const byKey = new Map<string, NormalizedEvent>();
  for (const e of existing) byKey.set(eventKey(e), e);
  for (const e of incoming) byKey.set(eventKey(e), e);
  return Array.from(byKey.values()).sort(compareEvents);
}

/** The latest scan's milestone and code; null before the first scan. */
export function currentStatus(events: readonly NormalizedEvent[]): ShipmentStatus | null {
  let latest: NormalizedEvent | undefined;
  for (const e of events) if (latest === undefined || compareEvents(e, latest) > 0) latest = e;
  return latest ? { milestone: latest.milestone, code: latest.code, at: latest.occurredAt } : null;
}
