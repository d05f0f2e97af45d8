// The view for a caller who may know how the order is doing but not where it is: a guest on the
// Thank-you page, whose session token names no customer. Status, estimate and what happens next
// stay; tracking numbers, carrier links and the scans' places and times go.
import type { TrackingView } from "./types";

export function statusOnly(view: TrackingView): TrackingView {
  return {
    ...view,
    shipments: view.shipments.map((s) => ({
      ...s,
      trackingNumber: "",
      carrier: { ...s.carrier, trackingUrl: null },
      banner: s.banner && { ...s.banner, action: s.banner.action?.url ? null : s.banner.action },
      timeline: [],
    })),
  };
}
