// The surfaces receive TrackingView JSON over the network; this checks the shape they rely on
// before rendering, so a wrong or truncated body becomes an error state instead of a crash.
import type { TrackingView } from "../../../app/tracking/view/types";

const LABEL_KEYS = [
  "title",
  "trackingNumber",
  "carrier",
  "estimatedDelivery",
  "showDetails",
  "hideDetails",
  "trackOnCarrier",
  "shipmentOf",
  "noTracking",
  "lastUpdated",
] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isShipment(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { progress, carrier, timeline, banner } = value;
  return (
    typeof value.id === "string" &&
    typeof value.headline === "string" &&
    typeof value.milestoneLabel === "string" &&
    typeof value.trackingNumber === "string" &&
    isObject(carrier) &&
    typeof carrier.name === "string" &&
    isObject(progress) &&
    typeof progress.step === "number" &&
    typeof progress.steps === "number" &&
    Array.isArray(timeline) &&
    timeline.every((entry) => isObject(entry) && typeof entry.message === "string" && typeof entry.when === "string") &&
    (banner === null || (isObject(banner) && typeof banner.title === "string" && typeof banner.message === "string"))
  );
}

export function isTrackingView(value: unknown): value is TrackingView {
  if (!isObject(value) || !isObject(value.labels) || !Array.isArray(value.shipments)) return false;
  const labels = value.labels;
  return (
    typeof value.locale === "string" &&
    typeof value.timeZone === "string" &&
    LABEL_KEYS.every((key) => typeof labels[key] === "string") &&
    value.shipments.every(isShipment)
  );
}
