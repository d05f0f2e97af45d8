// Adaptive polling: when to ask the carrier again, from what the shipment is doing. Parcels
// about to arrive are checked often, labels sparsely, finished ones never; shipments the carrier
// pushes to us only as a safety net. Jitter spreads checks so they never arrive in bursts.
import type { Milestone } from "./taxonomy";

const HOUR = 3_600_000;

const BASE_HOURS: Record<Milestone, number | null> = {
  pending: 6,
  info_received: 12,
  in_transit: 4,
  out_for_delivery: 0.5,
  available_for_pickup: 12,
  failed_attempt: 2,
  exception: 2,
  returning: 12,
  delivered: null,
  returned: null,
  expired: null,
};

export interface PollState {
  milestone: Milestone;
  createdAt: Date;
  lastEventAt: Date | null;
  pushSubscribed: boolean;
  /** Consecutive polls that brought nothing new. */
  quietChecks?: number;
}

/** Give up on tracking after this long (carriers purge history; the "expired" rules take over). */
export const MAX_TRACKING_DAYS = 60;

/** The next check time, or null to stop. `random` in [0, 1) spreads checks ±15 %. */
export function nextCheckAt(state: PollState, now: Date, random: number): Date | null {
  const base = BASE_HOURS[state.milestone];
  if (base === null) return null;
  if (now.getTime() - state.createdAt.getTime() > MAX_TRACKING_DAYS * 24 * HOUR) return null;
  let hours = base;
  // A label nobody scanned for days: check less and less often (capped at a day).
  if (state.milestone === "pending" || state.milestone === "info_received") {
    const ageDays = (now.getTime() - state.createdAt.getTime()) / (24 * HOUR);
    hours = Math.min(24, base * (1 + Math.floor(ageDays)));
  }
  // Back off while the carrier has nothing new, up to 4x.
  hours *= Math.min(4, 1 + (state.quietChecks ?? 0) * 0.5);
  // Pushes bring news: polling is only a safety net then.
  if (state.pushSubscribed) hours = Math.max(hours * 4, 12);
  const jitter = 0.85 + 0.3 * random;
  return new Date(now.getTime() + hours * jitter * HOUR);
}
