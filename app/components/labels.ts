import type { Milestone } from "../tracking/taxonomy";

const LABELS: Record<Milestone, string> = {
  pending: "Pending",
  info_received: "Label created",
  in_transit: "In transit",
  out_for_delivery: "Out for delivery",
  available_for_pickup: "Ready for pickup",
  failed_attempt: "Delivery attempt failed",
  exception: "Exception",
  delivered: "Delivered",
  returning: "Returning to sender",
  returned: "Returned",
  expired: "Tracking stopped",
};

export function milestoneLabel(m: string): string {
  return LABELS[m as Milestone] ?? m;
}
