// Which scans changed a shipment's milestone — the moments worth telling Shopify, Flow and the
// shopper about. Pure: events in (any order), the changes out, oldest first.
import type { Milestone } from "../taxonomy";

export interface TimedEvent {
  id: string;
  occurredAt: Date | string;
  milestone: string;
  code: string;
}

export function milestoneChanges<E extends TimedEvent>(events: readonly E[], previous: Milestone | null = null): E[] {
  const sorted = [...events].sort((a, b) => +new Date(a.occurredAt) - +new Date(b.occurredAt));
  const changes: E[] = [];
  let current: string | null = previous;
  for (const e of sorted) {
    if (e.milestone !== current) changes.push(e);
    current = e.milestone;
  }
  return changes;
}

/** "City, Region, CC" back into parts; the last part counts as a country only when it is a 2-letter code. */
export function splitLocation(location: string | null): { city?: string; province?: string; country?: string } {
  if (!location) return {};
  const parts = location.split(",").map((p) => p.trim()).filter(Boolean);
  const out: { city?: string; province?: string; country?: string } = {};
  if (parts.length > 1 && /^[A-Z]{2}$/.test(parts[parts.length - 1])) out.country = parts.pop();
  if (parts.length) out.city = parts[0];
  if (parts.length > 1) out.province = parts[1];
  return out;
}
