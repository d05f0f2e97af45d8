// Small pure helpers every surface uses to lay out a TrackingView. The view arrives localized;
// these only fill label templates, pick numbers for the progress bar and format the one instant
// the server leaves raw (lastUpdated).
import type { ShipmentView, TrackingView, ViewLabels } from "../../../app/tracking/view/types";

/** Replaces `{name}` placeholders; unknown placeholders stay as written. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "Shipment 2 of 3" (labels.shipmentOf: {n} of {total}) when an order has several, else null. */
export function shipmentPosition(labels: ViewLabels, index: number, count: number): string | null {
  return count > 1 ? fillLabel(labels.shipmentOf, { n: index + 1, total: count }) : null;
}

/** Filled steps out of all steps, or null for off-track states (exception, return, ...). */
export function progressOf(shipment: ShipmentView): { value: number; max: number } | null {
  const { step, steps } = shipment.progress;
  if (step < 0 || steps <= 0) return null;
  return { value: Math.min(step + 1, steps), max: steps };
}

export function isOffTrack(shipment: ShipmentView): boolean {
  return shipment.progress.step < 0;
}

/** Formats an ISO instant in the view's zone and language; anything unparsable is shown as given. */
export function formatInstant(value: string, view: Pick<TrackingView, "locale" | "timeZone">): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat(view.locale, { ...options, timeZone: view.timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(view.locale, options).format(date);
  }
}

/** "Label: value" with the colon the language writes (French puts a no-break space before it). */
export function labelled(label: string, value: string, locale: string): string {
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  if (language === "fr") return `${label}\u00a0: ${value}`;
  if (language === "ja" || language === "zh") return `${label}：${value}`;
  return `${label}: ${value}`;
}

/** An id usable in the DOM for a shipment's timeline (aria-controls target). */
export function timelineDomId(shipment: Pick<ShipmentView, "id">): string {
  return `porchlight-timeline-${shipment.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
