// Test support (not app code): shipments and events on a fixed clock.
import { codeInfo, type EventCode } from "../../taxonomy";
import { evaluatePitfalls } from "../engine";
import { DEFAULT_SETTINGS, resolveSettings } from "../settings";
import { DAY, HOUR } from "../time";
import type { ActiveAlert, PitfallEvent, PitfallSettings, RuleId, ShipmentFacts } from "../types";

/** Monday 2026-03-02 08:00 UTC: hour 0 of every scenario. */
export const T0 = Date.UTC(2026, 2, 2, 8);
export const at = (hours: number): Date => new Date(T0 + hours * HOUR);
export { DAY, HOUR };

export function ev(id: string, hours: number, code: EventCode, extra: { location?: string | null; carrier?: string | null } = {}): PitfallEvent {
  return { id, occurredAt: at(hours), code, milestone: codeInfo(code).milestone, location: extra.location ?? null, carrier: extra.carrier };
}

export interface Scenario {
  facts: ShipmentFacts;
  events: PitfallEvent[];
  now: Date;
}

/**
 * A shipment whose milestone, status code and last event time follow its newest event unless
 * given. Created at hour 0; everything else empty.
 */
export function scenario(events: PitfallEvent[], nowHours: number, over: Partial<ShipmentFacts> = {}): Scenario {
  const newest = [...events].sort((a, b) => +a.occurredAt - +b.occurredAt).at(-1);
  const facts: ShipmentFacts = {
    id: "shp_1",
    carrier: "ups",
    service: null,
    trackingNumber: "1Z999AA10123456784",
    trackingNumberValid: true,
    milestone: newest?.milestone ?? "pending",
    statusCode: newest?.code ?? "pending.awaiting_info",
    createdAt: at(0),
    shippedAt: null,
    lastEventAt: newest?.occurredAt ?? null,
    deliveredAt: newest?.milestone === "delivered" ? newest.occurredAt : null,
    carrierEta: null,
    carrierEtaHistory: [],
    predicted: null,
    promisedBy: null,
    orderCancelled: false,
    parcelsInOrder: 1,
    parcelsDelivered: 0,
    originCountry: "US",
    destinationCountry: "US",
    destinationTimeZoneOffsetMinutes: null,
    laneTransitP95Hours: null,
    carriersSeen: [],
    ...over,
  };
  return { facts, events, now: at(nowHours) };
}

export function evaluate(s: Scenario, settings: PitfallSettings = DEFAULT_SETTINGS): ActiveAlert[] {
  return evaluatePitfalls(s.facts, s.events, settings, s.now);
}

export function alertsOf(rule: RuleId, s: Scenario, settings: PitfallSettings = DEFAULT_SETTINGS): ActiveAlert[] {
  return evaluate(s, settings).filter((a) => a.rule === rule);
}

export function settingsWith(rule: RuleId, patch: Record<string, unknown>): PitfallSettings {
  return resolveSettings({ [rule]: patch });
}

