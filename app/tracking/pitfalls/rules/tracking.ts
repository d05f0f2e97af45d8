// Rules about whether the parcel can be tracked at all and who carries it.
import { heldFor, raise, type Context } from "../context";
import { HOUR, hoursBetween, iso } from "../time";

/** Pending with no real scan since fulfillment. Left to tracking_number_invalid when that explains it and is on. */
export function noTrackingInfoRule(ctx: Context): void {
  const s = ctx.settings.no_tracking_info;
  if (!s.enabled || ctx.milestone !== "pending" || ctx.scan.tracked || ctx.createdAt === null) return;
  if (ctx.settings.tracking_number_invalid.enabled && numberLooksInvalid(ctx)) return;
  if (ctx.now - ctx.createdAt < s.hours * HOUR) return;
  raise(ctx, "no_tracking_info", `createdAt:${iso(ctx.createdAt)}`, "medium", null, {
    hoursWithoutTracking: hoursBetween(ctx.createdAt, ctx.now),
    carrier: ctx.facts.carrier,
  });
}

function numberLooksInvalid(ctx: Context): boolean {
  return ctx.facts.trackingNumberValid !== true || ctx.scan.invalidNumber !== null;
}

export function trackingNumberInvalidRule(ctx: Context): void {
  const s = ctx.settings.tracking_number_invalid;
  if (!s.enabled || ctx.milestone !== "pending" || ctx.scan.tracked || !numberLooksInvalid(ctx)) return;
  const since = ctx.scan.invalidNumber?.at ?? ctx.createdAt;
  if (since === null || !heldFor(ctx, since, s.afterHours)) return;
  raise(ctx, "tracking_number_invalid", `trackingNumber:${String(ctx.facts.trackingNumber)}`, "high", ctx.scan.invalidNumber?.id ?? null, {
    trackingNumber: String(ctx.facts.trackingNumber),
    carrier: ctx.facts.carrier,
    rejectedByCarrier: ctx.scan.invalidNumber !== null,
  });
}

/** A label (or a fulfillment) exists, and no scan shows the carrier has the parcel. */
export function labelNotPickedUpRule(ctx: Context): void {
  const s = ctx.settings.label_not_picked_up;
  if (!s.enabled || ctx.scan.firstMoving !== null) return;
  const label = ctx.scan.firstLabel;
  if (ctx.milestone !== "info_received" && !(ctx.milestone === "pending" && label)) return;
  const since = label?.at ?? ctx.createdAt;
  if (since === null || ctx.now - since < s.hours * HOUR) return;
  raise(ctx, "label_not_picked_up", `labelCreatedAt:${iso(since)}`, "medium", label?.id ?? null, {
    hoursSinceLabel: hoursBetween(since, ctx.now),
    carrier: ctx.facts.carrier,
  });
}

const carrierId = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const id = value.trim().toLowerCase();
  return id === "" ? null : id;
};

/**
 * One alert per scanning carrier other than the one the parcel started with (the shipment's own
 * carrier when it scanned, else the first to scan), until the parcel is delivered or returned.
 */
export function carrierChangedRule(ctx: Context): void {
  const s = ctx.settings.carrier_changed;
  if (!s.enabled || ctx.finished) return;
  const firstScan = new Map<string, { id: string; at: number } | null>();
  for (const e of ctx.events) {
    const id = carrierId(e.carrier);
    if (id !== null && !firstScan.has(id)) firstScan.set(id, { id: e.id, at: e.at });
  }
  const seen = Array.isArray(ctx.facts.carriersSeen) ? ctx.facts.carriersSeen : [];
  for (const c of seen) {
    const id = carrierId(c);
    if (id !== null && !firstScan.has(id)) firstScan.set(id, null);
  }
  if (firstScan.size < 2) return;
  const declared = carrierId(ctx.facts.carrier);
  const original = declared !== null && firstScan.has(declared) ? declared : firstScan.keys().next().value!;
  for (const [id, scan] of firstScan) {
    if (id === original) continue;
    const since = scan?.at ?? ctx.lastSeenAt ?? ctx.createdAt;
    if (since === null || !heldFor(ctx, since, s.afterHours)) continue;
    raise(ctx, "carrier_changed", `carrier:${id}`, "low", scan?.id ?? null, { from: original, to: id });
  }
}
