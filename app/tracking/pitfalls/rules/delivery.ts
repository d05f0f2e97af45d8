// Rules about the end of the journey: a parcel waiting at a pickup point, an order only partly
// delivered, trouble after a delivery, an order cancelled while its parcel still travels.
import { heldFor, raise, type Context } from "../context";
import { DAY, HOUR, daysBetween, hoursBetween, iso } from "../time";
import { trailingRun } from "../timeline";

export function pickupNotCollectedRule(ctx: Context): void {
  const s = ctx.settings.pickup_not_collected;
  if (!s.enabled || ctx.milestone !== "available_for_pickup") return;
  const events = ctx.events;
  const from = trailingRun(events, (e) => e.traits.info.milestone === "available_for_pickup");
  if (from === events.length) return;
  const start = events[from];
  if (ctx.now - start.at < s.days * DAY) return;
  raise(ctx, "pickup_not_collected", start.id, "medium", start.id, {
    daysWaiting: daysBetween(start.at, ctx.now),
    location: events[events.length - 1].location ?? start.location,
  });
}

/**
 * Raised on the delivered parcel of a multi-parcel order while the others are still out (the
 * caller re-evaluates an order's delivered parcels when a sibling arrives), and on a carrier's
 * own "partially delivered" scan until a complete delivery follows.
 */
export function partialDeliveryRule(ctx: Context): void {
  const s = ctx.settings.partial_delivery;
  if (!s.enabled) return;
  const limit = s.hours * HOUR;
  const total = ctx.facts.parcelsInOrder;
  const delivered = ctx.facts.parcelsDelivered;
  const since = ctx.deliveredAt ?? ctx.scan.lastDelivered?.at ?? null;
  if (ctx.milestone === "delivered" && since !== null && total >= 2 && delivered >= 1 && delivered < total && ctx.now - since >= limit) {
    raise(ctx, "partial_delivery", `parcels:${iso(since)}`, "medium", null, {
      parcelsDelivered: delivered,
      parcelsInOrder: total,
      hoursSinceDelivery: hoursBetween(since, ctx.now),
    });
  }
  const partial = ctx.scan.partial;
  if (partial && ctx.now - partial.at >= limit) {
    raise(ctx, "partial_delivery", partial.id, "medium", partial.id, {
      code: partial.code,
      hoursSinceDelivery: hoursBetween(partial.at, ctx.now),
    });
  }
}

export function deliveredThenExceptionRule(ctx: Context): void {
  const s = ctx.settings.delivered_then_exception;
  const problem = ctx.scan.problemAfterDelivery;
  if (!s.enabled || !problem || !heldFor(ctx, problem.at, s.afterHours)) return;
  raise(ctx, "delivered_then_exception", problem.id, "high", problem.id, {
    code: problem.code,
    occurredAt: iso(problem.at),
  });
}

/**
 * The order was cancelled in Shopify while the parcel is still travelling (the carrier's own
 * cancellation scans are event rules). The facts carry no cancellation time, so it alerts at once.
 */
export function orderCancelledRule(ctx: Context): void {
  const s = ctx.settings.shipment_cancelled;
  const m = ctx.milestone;
  if (!s.enabled || ctx.facts.orderCancelled !== true || ctx.delivered || m === "returning" || m === "returned") return;
  raise(ctx, "shipment_cancelled", "orderCancelled", "high", null, { milestone: m, orderCancelled: true });
}
