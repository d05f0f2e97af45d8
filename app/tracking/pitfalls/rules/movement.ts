// Rules about a parcel that has stopped moving: silence, a facility it does not leave, a slow
// lane, an exception or a customs stage that goes on too long.
import type { EventCode } from "../../taxonomy/codes";
import type { Milestone } from "../../taxonomy/types";
import { raise, type Context } from "../context";
import { HOUR, hoursBetween, iso } from "../time";
import { trailingRun, type TimedEvent } from "../timeline";

/** Where the carrier has the parcel and owes us scans. Before pickup, at a pickup point and after the end, other rules speak. */
const SCANNED_EN_ROUTE: ReadonlySet<Milestone> = new Set<Milestone>(["in_transit", "out_for_delivery", "failed_attempt", "exception", "returning"]);

export function silentCarrierRule(ctx: Context): void {
  const s = ctx.settings.silent_carrier;
  if (!s.enabled || !SCANNED_EN_ROUTE.has(ctx.milestone) || ctx.lastSeenAt === null) return;
  if (ctx.now - ctx.lastSeenAt < s.hours * HOUR) return;
  const last = ctx.events[ctx.events.length - 1];
  raise(ctx, "silent_carrier", `lastEventAt:${iso(ctx.lastSeenAt)}`, "medium", null, {
    hoursSilent: hoursBetween(ctx.lastSeenAt, ctx.now),
    lastLocation: last?.location ?? null,
    lastCode: last?.code ?? null,
  });
}

const placeKey = (location: string) => location.toLowerCase();

/**
 * Routine in-transit scans keep coming from one place and the parcel does not leave it. Scans
 * without a location neither count nor break the run; any other milestone (an exception, a
 * customs hold) ends it, those have their own rules; a single scan followed by nothing is
 * silent_carrier's case.
 */
export function stuckAtFacilityRule(ctx: Context): void {
  const s = ctx.settings.stuck_at_facility;
  if (!s.enabled || ctx.milestone !== "in_transit") return;
  const events = ctx.events;
  let place: string | null = null;
  let start: TimedEvent | null = null;
  let scans = 0;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].traits.info.milestone !== "in_transit") break;
    const location = events[i].location;
    if (location === null) continue;
    const key = placeKey(location);
    if (place === null) place = key;
    else if (key !== place) break;
    start = events[i];
    scans++;
  }
  if (!start || scans < s.minScans || ctx.now - start.at < s.hours * HOUR) return;
  raise(ctx, "stuck_at_facility", start.id, "medium", start.id, {
    location: start.location,
    hoursAtLocation: hoursBetween(start.at, ctx.now),
    scans,
  });
}

const IN_FLIGHT: ReadonlySet<Milestone> = new Set<Milestone>(["in_transit", "out_for_delivery", "failed_attempt", "exception"]);

export function transitBeyondLaneRule(ctx: Context): void {
  const s = ctx.settings.transit_beyond_lane;
  const p95 = ctx.facts.laneTransitP95Hours;
  if (!s.enabled || ctx.delivered || !IN_FLIGHT.has(ctx.milestone)) return;
  if (typeof p95 !== "number" || !Number.isFinite(p95) || p95 <= 0) return;
  const since = ctx.shippedAt ?? ctx.scan.firstMoving?.at ?? null;
  if (since === null) return;
  const limitHours = p95 * s.factor + s.extraHours;
  if (ctx.now - since < limitHours * HOUR) return;
  raise(ctx, "transit_beyond_lane", `shippedAt:${iso(since)}`, "medium", null, {
    transitHours: hoursBetween(since, ctx.now),
    laneP95Hours: p95,
    hoursOver: Math.round(((ctx.now - since) / HOUR - p95) * 10) / 10,
  });
}

export function exceptionUnresolvedRule(ctx: Context): void {
  const s = ctx.settings.exception_unresolved;
  if (!s.enabled || ctx.milestone !== "exception") return;
  const events = ctx.events;
  const from = trailingRun(events, (e) => e.traits.info.milestone === "exception");
  if (from === events.length) return;
  const start = events[from];
  if (ctx.now - start.at < s.hours * HOUR) return;
  raise(ctx, "exception_unresolved", start.id, "high", start.id, {
    code: events[events.length - 1].code,
    hoursInException: hoursBetween(start.at, ctx.now),
  });
}

const CUSTOMS_STAGE: ReadonlySet<EventCode> = new Set<EventCode>([
  "in_transit.customs_processing",
  "in_transit.customs_inspection",
  "exception.customs_hold",
  "exception.customs_documents_required",
  "exception.customs_duties_due",
]);

/** The latest scans are all customs steps and the first of them is too long ago. */
export function longCustomsClearanceRule(ctx: Context): void {
  const s = ctx.settings.long_customs_clearance;
  if (!s.enabled || (ctx.milestone !== "in_transit" && ctx.milestone !== "exception")) return;
  const events = ctx.events;
  const from = trailingRun(events, (e) => CUSTOMS_STAGE.has(e.code));
  if (from === events.length) return;
  const start = events[from];
  if (ctx.now - start.at < s.hours * HOUR) return;
  raise(ctx, "long_customs_clearance", start.id, "high", start.id, {
    hoursInCustoms: hoursBetween(start.at, ctx.now),
    location: start.location,
    country: ctx.facts.destinationCountry,
  });
}
