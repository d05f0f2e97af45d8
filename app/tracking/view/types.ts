// The shopper's view of an order's parcels: one model for every surface (order-status block,
// Thank-you block, storefront tracking page). Already localized: surfaces only lay it out.
import type { Locale, Milestone, PitfallFamily, Severity } from "../taxonomy";

export interface TrackingView {
  order: { name: string; placedAt: string };
  locale: Locale;
  /** IANA zone the times below are shown in. */
  timeZone: string;
  shipments: ShipmentView[];
  /** Labels the surfaces need, in the view's locale. */
  labels: ViewLabels;
}

export interface ShipmentView {
  id: string;
  trackingNumber: string;
  carrier: { id: string | null; name: string; trackingUrl: string | null };
  milestone: Milestone;
  milestoneLabel: string;
  /** Index of the milestone on the progress bar (0..progressSteps-1), -1 for off-track states. */
  progress: { step: number; steps: number };
  /** "Arriving Thursday", "Delayed by weather — new estimate Mon–Tue", "Delivered Tuesday". */
  headline: string;
  /** Predicted delivery range, as dates in the view's zone ("2026-11-26"); null when unknown or delivered. */
  estimate: { from: string; to: string; text: string; confidence: number | null } | null;
  deliveredAt: string | null;
  banner: BannerView | null;
  /** Newest first. */
  timeline: TimelineEntry[];
  lastUpdated: string | null;
}

export interface BannerView {
  tone: "info" | "warning" | "critical" | "success";
  family: PitfallFamily;
  severity: Severity;
  title: string;
  /** What happens next. */
  message: string;
  /** What the shopper can do, when there is something. */
  action: { label: string; url: string | null } | null;
}

export interface TimelineEntry {
  at: string;
  /** Date and time formatted in the view's zone and locale. */
  when: string;
  code: string;
  milestone: Milestone;
  message: string;
  location: string | null;
}

export interface ViewLabels {
  title: string;
  trackingNumber: string;
  carrier: string;
  estimatedDelivery: string;
  showDetails: string;
  hideDetails: string;
  trackOnCarrier: string;
  shipmentOf: string;
  noTracking: string;
  lastUpdated: string;
}
