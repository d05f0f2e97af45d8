// The alert lifecycle: evaluate a shipment's pitfalls and reconcile them with its Alert rows.
// A new cause opens an alert (once: (shipment, rule, causeKey) is unique); a cause that no
// longer holds is resolved with the event that resolved it. A resolved cause never reopens.
import { db, isUniqueViolation } from "../db.server";
import { queue } from "../jobs/index.server";
import { evaluatePitfalls, reconcileAlerts } from "../tracking/pitfalls";
import { pitfallSettingsOf } from "./shop-settings.server";
import { factsFor, pitfallEvents } from "./shipment-facts.server";
import { predictShipment } from "./eta.server";

/** Rules whose opening means "running late" for Flow's Shipment delayed trigger. */
const DELAY_RULES = new Set([
  "promise_at_risk",
  "promise_missed",
  "eta_moved_later",
  "eta_passed",
  "silent_carrier",
  "stuck_at_facility",
  "transit_beyond_lane",
]);

export interface AlertChanges {
  opened: string[];
  resolved: string[];
}


export async function evaluateShipmentAlerts(shipmentId: string, now = new Date()): Promise<AlertChanges> {
  const prisma = db();
  // A fresh prediction first: the "promise at risk" rule reads its miss probability.
  await predictShipment(shipmentId, now);
  const s = await prisma.shipment.findUnique({
    where: { id: shipmentId },
    include: { order: true, shop: true, events: true, alerts: true },
  });
  if (!s || s.shop.uninstalledAt) return { opened: [], resolved: [] };
  const siblings = await prisma.shipment.findMany({
    where: { orderId: s.orderId },
    select: { id: true, milestone: true, retiredAt: true },
  });
  const facts = factsFor(s, s.order, siblings, s.carrier ? [s.carrier] : []);
  const events = pitfallEvents(s.events);
  const active = s.retiredAt ? [] : evaluatePitfalls(facts, events, pitfallSettingsOf(s.shop.settings), now);
  const latest = events.reduce<{ id: string; at: number } | null>(
    (best, e) => (!best || e.occurredAt.getTime() >= best.at ? { id: e.id, at: e.occurredAt.getTime() } : best),
    null,
  );
  const open = s.alerts.filter((a) => a.status === "open").map((a) => ({ rule: a.rule, causeKey: a.causeKey }));
  const closed = s.alerts.filter((a) => a.status !== "open").map((a) => ({ rule: a.rule, causeKey: a.causeKey }));
  const { toOpen, toResolve } = reconcileAlerts(open, active, latest?.id ?? null, closed);

  const changes: AlertChanges = { opened: [], resolved: [] };
  for (const a of toOpen) {
    try {
      const row = await prisma.alert.create({
        data: {
          shopId: s.shopId,
          shipmentId: s.id,
          rule: a.rule,
          family: a.family,
          severity: a.severity,
          causeKey: a.causeKey,
          details: JSON.stringify({ title: a.title, triggeredBy: a.triggeredBy, ...a.details }),
          openedAt: now,
        },
      });
      changes.opened.push(row.id);
      if (DELAY_RULES.has(a.rule) && latest) {
        await queue().enqueue({
          name: "shopify.flow-trigger",
          payload: { eventId: a.triggeredBy ?? latest.id, handle: "shipment-delayed" },
          dedupeKey: `flow-alert:${row.id}`,
        });
      }
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  for (const r of toResolve) {
    const row = s.alerts.find((a) => a.rule === r.rule && a.causeKey === r.causeKey && a.status === "open");
    if (!row) continue;
    await prisma.alert.update({ where: { id: row.id }, data: { status: "resolved", resolvedAt: now, resolvedByEventId: r.resolvedByEventId } });
    changes.resolved.push(row.id);
  }
  return changes;
}
