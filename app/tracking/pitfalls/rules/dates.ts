// Rules about dates: the carrier's ETA slipping or passing, the date promised to the shopper at
// risk or missed, a delivery day that ended without a delivery.
import { raise, type Context } from "../context";
import { DAY, HOUR, deadlineOf, earliestOf, endOfLocalDay, hoursBetween, iso, ms } from "../time";
import { trailingRun } from "../timeline";

/** Not delivered and not on its way back: a delivery date still means something. */
function awaitingDelivery(ctx: Context): boolean {
  const m = ctx.milestone;
  return !ctx.delivered && m !== "returning" && m !== "returned" && m !== "expired";
}

function etaHistory(ctx: Context): Array<{ at: number; eta: number }> {
  const raw = Array.isArray(ctx.facts.carrierEtaHistory) ? ctx.facts.carrierEtaHistory : [];
  const out: Array<{ at: number; eta: number }> = [];
  for (const entry of raw) {
    const at = ms(entry?.at);
    const eta = ms(entry?.eta);
    if (at !== null && eta !== null) out.push({ at, eta });
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].at > out[i].at) return out.sort((a, b) => a.at - b.at || a.eta - b.eta);
  }
  return out;
}

/**
 * The latest ETA is at least `hours` later than the first one seen. The cause is the update that
 * crossed the threshold, so a further slip keeps the alert and a slip after a recovery is new.
 */
export function etaMovedLaterRule(ctx: Context): void {
  const s = ctx.settings.eta_moved_later;
  if (!s.enabled || !awaitingDelivery(ctx)) return;
  const history = etaHistory(ctx);
  if (history.length < 2) return;
  const original = history[0].eta;
  const limit = s.hours * HOUR;
  let k = history.length;
  while (k > 1 && history[k - 1].eta - original >= limit) k--;
  if (k === history.length) return;
  const crossed = history[k];
  const latest = history[history.length - 1];
  raise(ctx, "eta_moved_later", `etaMovedAt:${iso(crossed.at)}`, "low", null, {
    hoursLater: hoursBetween(original, latest.eta),
    originalEta: iso(original),
    currentEta: iso(latest.eta),
  });
}

export function etaPassedRule(ctx: Context): void {
  const s = ctx.settings.eta_passed;
  if (!s.enabled || ctx.carrierEta === null || !awaitingDelivery(ctx)) return;
  const deadline = deadlineOf(ctx.carrierEta, ctx.offsetMs);
  if (ctx.now < deadline + s.graceHours * HOUR) return;
  raise(ctx, "eta_passed", `eta:${iso(ctx.carrierEta)}`, "medium", null, {
    eta: iso(ctx.carrierEta),
    hoursPastEta: hoursBetween(deadline, ctx.now),
  });
}

/** Before the promised day ends: the prediction starts after it, a miss is likely, or the carrier's ETA is later. */
export function promiseAtRiskRule(ctx: Context): void {
  const s = ctx.settings.promise_at_risk;
  if (!s.enabled || ctx.promisedBy === null || !awaitingDelivery(ctx) || ctx.facts.orderCancelled === true) return;
  const deadline = deadlineOf(ctx.promisedBy, ctx.offsetMs);
  if (ctx.now >= deadline) return;
  const margin = s.marginHours * HOUR;
  const predicted = ctx.facts.predicted;
  const predictedFrom = predicted ? ms(predicted.from) : null;
  const probability = predicted && typeof predicted.missProbability === "number" && Number.isFinite(predicted.missProbability) ? predicted.missProbability : null;
  let reason: string | null = null;
  let expected: number | null = null;
  if (predictedFrom !== null && predictedFrom > deadline + margin) {
    reason = "predicted_after_promise";
    expected = predictedFrom;
  } else if (probability !== null && probability >= s.missProbability) {
    reason = "miss_probability";
    expected = predictedFrom;
  } else if (s.useCarrierEta && ctx.carrierEta !== null && earliestOf(ctx.carrierEta, ctx.offsetMs) > deadline + margin) {
    reason = "carrier_eta_after_promise";
    expected = earliestOf(ctx.carrierEta, ctx.offsetMs);
  }
  if (reason === null) return;
  raise(ctx, "promise_at_risk", `promisedBy:${iso(ctx.promisedBy)}`, "medium", null, {
    reason,
    promisedBy: iso(ctx.promisedBy),
    expectedFrom: expected === null ? null : iso(expected),
    hoursLate: expected === null ? null : Math.max(0, hoursBetween(deadline, expected)),
    missProbability: probability,
  });
}

export function promiseMissedRule(ctx: Context): void {
  const s = ctx.settings.promise_missed;
  const m = ctx.milestone;
  if (!s.enabled || ctx.promisedBy === null || ctx.delivered || m === "returning" || m === "returned" || ctx.facts.orderCancelled === true) return;
  const deadline = deadlineOf(ctx.promisedBy, ctx.offsetMs);
  if (ctx.now < deadline + s.graceHours * HOUR) return;
  raise(ctx, "promise_missed", `promisedBy:${iso(ctx.promisedBy)}`, "high", null, {
    promisedBy: iso(ctx.promisedBy),
    hoursLate: hoursBetween(deadline, ctx.now),
    daysLate: Math.floor((ctx.now - deadline) / DAY),
  });
}

/**
 * Out for delivery, and the destination's local day of the latest delivery run ended (plus
 * grace) without anything else happening. Each delivery day is its own cause.
 */
export function outForDeliveryNotDeliveredRule(ctx: Context): void {
  const s = ctx.settings.out_for_delivery_not_delivered;
  if (!s.enabled || ctx.milestone !== "out_for_delivery") return;
  const events = ctx.events;
  const from = trailingRun(events, (e) => e.traits.info.milestone === "out_for_delivery");
  if (from === events.length) return;
  const latest = events[events.length - 1];
  const dayEnd = endOfLocalDay(latest.at, ctx.offsetMs);
  let first = from;
  while (endOfLocalDay(events[first].at, ctx.offsetMs) !== dayEnd) first++;
  const start = events[first];
  if (ctx.now < dayEnd + s.graceHours * HOUR) return;
  raise(ctx, "out_for_delivery_not_delivered", start.id, "medium", start.id, {
    outForDeliveryAt: iso(start.at),
    hoursSince: hoursBetween(start.at, ctx.now),
    location: latest.location,
  });
}
