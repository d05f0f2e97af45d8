// Alert lifecycle: which alerts to open and which to resolve, given those already open and those
// the rules say hold now. Pure; the caller applies the result.
//
// An alert's identity is (rule, causeKey); the Alert table keeps it unique per shipment. Once an
// alert is resolved, the caller never re-opens that (rule, causeKey): a cause that comes back is
// the same old cause, and a genuinely new problem has a new causeKey (a new event id, a new
// silence start). Pass the resolved identities as `closed` to have them left out of toOpen, or
// insert with "do nothing on conflict" so the unique key drops them.
import type { ActiveAlert, AlertIdentity, Reconciliation } from "./types";

const identity = (a: AlertIdentity) => `${a.rule}\u0000${a.causeKey}`;

/**
 * `latestEventId` is the newest event of the shipment: what resolves an alert is the event that
 * changed the picture (for a time-based alert whose condition simply lapsed, it is still the
 * newest event, or null when there is none).
 */
export function reconcileAlerts(
  open: readonly AlertIdentity[],
  active: readonly ActiveAlert[],
  latestEventId: string | null,
  closed: readonly AlertIdentity[] = [],
): Reconciliation {
  const activeKeys = new Set<string>();
  for (const a of active) activeKeys.add(identity(a));
  const known = new Set<string>();
  const toResolve: Reconciliation["toResolve"] = [];
  for (const o of open) {
    const key = identity(o);
    if (known.has(key)) continue;
    known.add(key);
    if (!activeKeys.has(key)) toResolve.push({ rule: o.rule, causeKey: o.causeKey, resolvedByEventId: latestEventId });
  }
  for (const c of closed) known.add(identity(c));
  const toOpen: ActiveAlert[] = [];
  for (const a of active) {
    const key = identity(a);
    if (known.has(key)) continue;
    known.add(key);
    toOpen.push(a);
  }
  return { toOpen, toResolve };
}
