// The shopper view of an order, built once for every surface: headline, estimate, banner and
// timeline, in the shopper's language and zone. Pure: `now` is a parameter.
import { milestoneLabel, pitfallLabel, pitfallNext, shopperMessage, isEventCode, MILESTONES, type Locale, type Milestone, type PitfallFamily, type Severity } from "../taxonomy";
import { dayDiff, dayText, dayTimeText, localDate } from "./format";
import { fill, VIEW_STRINGS, type ViewStrings } from "./strings";
import type { BannerView, ShipmentView, TimelineEntry, TrackingView } from "./types";

export interface ViewAlert {
  family: PitfallFamily;
  severity: Severity;
  /** The event code that raised it, when an event did. */
  code: string | null;
}

export interface ViewShipmentInput {
  id: string;
  trackingNumber: string;
  carrier: string | null;
  carrierName: string | null;
  trackingUrl: string | null;
  milestone: string;
  statusCode: string;
  deliveredAt: Date | null;
  lastEventAt: Date | null;
  carrierEta: Date | null;
  predicted: { from: Date; to: Date; confidence: number | null } | null;
  events: Array<{ occurredAt: Date; code: string; location: string | null }>;
  openAlerts: ViewAlert[];
}

export interface ViewInput {
  order: { name: string; placedAt: Date };
  shipments: ViewShipmentInput[];
}

const STEPS: Partial<Record<Milestone, number>> = {
  pending: 0,
  info_received: 0,
  in_transit: 1,
  out_for_delivery: 2,
  available_for_pickup: 2,
  failed_attempt: 2,
  delivered: 3,
};
const SEVERITY_RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const DELAY_FAMILIES = new Set<PitfallFamily>(["delay", "weather", "capacity", "force_majeure", "customs", "lost", "held", "no_tracking"]);

function asMilestone(m: string): Milestone {
  return (MILESTONES as readonly string[]).includes(m) ? (m as Milestone) : "pending";
}

function message(code: string, locale: Locale): string {
  return isEventCode(code) ? shopperMessage(code, locale) : "";
}

function banner(s: ViewShipmentInput, t: ViewStrings, locale: Locale): BannerView | null {
  const shown = s.openAlerts.filter((a) => SEVERITY_RANK[a.severity] >= SEVERITY_RANK.low);
  if (!shown.length) return null;
  const top = shown.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
  const tone = top.severity === "critical" || top.severity === "high" ? "critical" : top.severity === "medium" ? "warning" : "info";
  const action =
    top.family === "address" || top.family === "payment" || top.family === "damage" || top.family === "lost"
      ? { label: t.actionContactStore, url: null }
      : top.family === "held" || top.family === "recipient_unavailable"
        ? { label: s.milestone === "available_for_pickup" ? t.actionPickup : t.actionCarrier, url: s.trackingUrl }
        : s.trackingUrl
          ? { label: t.actionCarrier, url: s.trackingUrl }
          : null;
  return {
    tone,
    family: top.family,
    severity: top.severity,
    title: pitfallLabel(top.family, locale),
    // The raising scan's message already says what happens next; a pitfall no scan raised (a silent
    // carrier, a missed date) gets its family's — never the last scan's, which may read as good news.
    message: (top.code && message(top.code, locale)) || pitfallNext(top.family, locale),
    action,
  };
}

/** The delivery window still ahead: a window that has passed is no estimate ("overdue"), and one
 *  that started before today starts today. */
function estimateOf(s: ViewShipmentInput, t: ViewStrings, locale: Locale, timeZone: string, now: Date) {
  let from = s.predicted?.from ?? s.carrierEta;
  const to = s.predicted?.to ?? s.carrierEta;
  if (!from || !to || s.milestone === "delivered") return null;
  const today = localDate(now, timeZone);
  const b = localDate(to, timeZone);
  if (b < today) return "overdue" as const;
  if (localDate(from, timeZone) < today) from = now;
  const a = localDate(from, timeZone);
  const text = a === b ? dayText(from, locale, timeZone) : fill(t.estimateRange, { from: dayText(from, locale, timeZone), to: dayText(to, locale, timeZone) });
  return { from: a, to: b, text, confidence: s.predicted?.confidence ?? null, fromAt: from, toAt: to };
}

type Estimate = Exclude<ReturnType<typeof estimateOf>, "overdue" | null>;

function headline(
  s: ViewShipmentInput,
  milestone: Milestone,
  est: Estimate | null,
  overdue: boolean,
  ban: BannerView | null,
  t: ViewStrings,
  locale: Locale,
  timeZone: string,
  now: Date,
): string {
  switch (milestone) {
    case "delivered":
      return s.deliveredAt ? fill(t.deliveredOn, { date: dayText(s.deliveredAt, locale, timeZone) }) : milestoneLabel("delivered", locale);
    case "returning":
    case "returned":
      return t.returning;
    case "expired":
      return t.trackingEnded;
    case "available_for_pickup":
      return t.readyForPickup;
    case "failed_attempt":
      return t.attemptFailed;
  }
  if (ban && DELAY_FAMILIES.has(ban.family)) {
    return est ? fill(t.delayedReason, { reason: ban.title, range: est.text }) : fill(t.delayedNoEstimate, { reason: ban.title });
  }
  if (overdue) return fill(t.delayedNoEstimate, { reason: pitfallLabel("delay", locale) });
  if (milestone === "out_for_delivery") return t.arrivingToday;
  if (!est) return milestone === "pending" || milestone === "info_received" ? t.preparing : milestoneLabel(milestone, locale);
  const today = localDate(now, timeZone);
  if (est.from === est.to) {
    const days = dayDiff(today, est.from);
    if (days <= 0) return t.arrivingToday;
    if (days === 1) return t.arrivingTomorrow;
    return fill(t.arrivingOn, { date: est.text });
  }
  return fill(t.arrivingBetween, { from: dayText(est.fromAt, locale, timeZone), to: dayText(est.toAt, locale, timeZone) });
}

function shipmentView(s: ViewShipmentInput, locale: Locale, timeZone: string, now: Date): ShipmentView {
  const t = VIEW_STRINGS[locale];
  const milestone = asMilestone(s.milestone);
  const estimate = estimateOf(s, t, locale, timeZone, now);
  const est = estimate === "overdue" ? null : estimate;
  const ban = banner(s, t, locale);
  const timeline: TimelineEntry[] = [...s.events]
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
    .map((e) => ({
      at: e.occurredAt.toISOString(),
      when: dayTimeText(e.occurredAt, locale, timeZone),
      code: e.code,
      milestone: asMilestone(e.code.slice(0, e.code.indexOf("."))),
      message: message(e.code, locale),
      location: e.location,
    }));
  return {
    id: s.id,
    trackingNumber: s.trackingNumber,
    carrier: { id: s.carrier, name: s.carrierName ?? s.carrier ?? "", trackingUrl: s.trackingUrl },
    milestone,
    milestoneLabel: milestoneLabel(milestone, locale),
    progress: { step: STEPS[milestone] ?? -1, steps: 4 },
    headline: headline(s, milestone, est, estimate === "overdue", ban, t, locale, timeZone, now),
    estimate: est ? { from: est.from, to: est.to, text: est.text, confidence: est.confidence } : null,
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
    banner: ban,
    timeline,
    lastUpdated: s.lastEventAt?.toISOString() ?? null,
  };
}

export function buildTrackingView(input: ViewInput, locale: Locale, timeZone: string, now: Date): TrackingView {
  const t = VIEW_STRINGS[locale];
  return {
    order: { name: input.order.name, placedAt: input.order.placedAt.toISOString() },
    locale,
    timeZone,
    shipments: input.shipments.map((s) => shipmentView(s, locale, timeZone, now)),
    labels: {
      title: t.title,
      trackingNumber: t.trackingNumber,
      carrier: t.carrier,
      estimatedDelivery: t.estimatedDelivery,
      showDetails: t.showDetails,
      hideDetails: t.hideDetails,
      trackOnCarrier: t.trackOnCarrier,
      shipmentOf: t.shipmentOf,
      noTracking: t.noTracking,
      lastUpdated: t.lastUpdated,
    },
  };
}
