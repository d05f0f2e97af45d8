// Test support (not app code): fast-check generators for shipments, events and settings.
import fc from "fast-check";
import { CODES, MILESTONES, codeInfo, type EventCode } from "../../taxonomy";
import { RULE_IDS, SETTING_SPECS, resolveSettings, type AnySpec } from "../settings";
import type { PitfallEvent, PitfallSettings, ShipmentFacts } from "../types";
import { HOUR, T0 } from "./fixtures";

const ALL_CODES = [...CODES.keys()] as EventCode[];

/** Instants over three weeks around the scenarios' clock, on half hours so ties happen. */
export const instant = fc.integer({ min: -48, max: 1000 }).map((h) => new Date(T0 + h * (HOUR / 2)));
/** Also invalid and far-off dates: what a corrupted row could hold. */
const anyDate = fc.oneof({ weight: 6, arbitrary: instant }, { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const oddNumber = fc.oneof(fc.integer({ min: -3, max: 6 }), fc.double(), fc.constant(NaN));

export const eventList = (maxLength = 14): fc.Arbitrary<PitfallEvent[]> =>
  fc
    .array(
      fc.record({
        code: fc.constantFrom(...ALL_CODES),
        occurredAt: instant,
        location: fc.constantFrom(null, "Louisville, KY, US", "louisville, ky, us", "Leipzig, DE", ""),
        carrier: fc.constantFrom(undefined, null, "ups", "usps", "DHL"),
      }),
      { maxLength },
    )
    .map((rows) => rows.map((r, i) => ({ id: `e${i}`, milestone: codeInfo(r.code).milestone, ...r })));

export const facts = (dates: fc.Arbitrary<Date> = instant): fc.Arbitrary<ShipmentFacts> =>
  fc.record({
    id: fc.constant("shp"),
    carrier: fc.constantFrom(null, "ups", "usps", "dhl"),
    service: fc.constantFrom(null, "ground"),
    trackingNumber: fc.constantFrom("1Z999AA10123456784", "", "RB123456785US"),
    trackingNumberValid: fc.boolean(),
    milestone: fc.constantFrom(...MILESTONES),
    statusCode: fc.constantFrom(...ALL_CODES),
    createdAt: dates,
    shippedAt: maybe(dates),
    lastEventAt: maybe(dates),
    deliveredAt: maybe(dates),
    carrierEta: maybe(dates),
    carrierEtaHistory: fc.array(fc.record({ at: dates, eta: dates }), { maxLength: 4 }),
    predicted: maybe(fc.record({ from: dates, to: dates, missProbability: maybe(fc.oneof(fc.double({ min: 0, max: 1 }), oddNumber)) })),
    promisedBy: maybe(dates),
    orderCancelled: fc.boolean(),
    parcelsInOrder: oddNumber,
    parcelsDelivered: oddNumber,
    originCountry: fc.constantFrom(null, "US"),
    destinationCountry: fc.constantFrom(null, "DE"),
    destinationTimeZoneOffsetMinutes: maybe(fc.oneof(fc.integer({ min: -720, max: 840 }), oddNumber)),
    laneTransitP95Hours: maybe(fc.oneof(fc.integer({ min: 1, max: 400 }), oddNumber)),
    carriersSeen: fc.array(fc.constantFrom("ups", "usps", "DHL", " ", ""), { maxLength: 3 }),
  });

export const anyFacts = facts(anyDate);

function specValue(spec: AnySpec): fc.Arbitrary<unknown> {
  if (spec.kind === "number") return fc.oneof(fc.double({ min: spec.min, max: spec.max, noNaN: true }), fc.constant(spec.default));
  if (spec.kind === "flag") return fc.boolean();
  return fc.constantFrom("info", "low", "medium", "high", "critical");
}

const mostlyOn = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

/** Any valid merchant settings: every rule on or off, every threshold anywhere in its bounds. */
export const settings: fc.Arbitrary<PitfallSettings> = fc
  .tuple(
    ...RULE_IDS.map((rule) => {
      const keys = Object.entries(SETTING_SPECS[rule].thresholds as Record<string, AnySpec>);
      return fc.record(Object.fromEntries([["enabled", mostlyOn], ...keys.map(([k, spec]) => [k, specValue(spec)])]) as Record<string, fc.Arbitrary<unknown>>);
    }),
  )
  .map((values) => resolveSettings(Object.fromEntries(RULE_IDS.map((rule, i) => [rule, values[i]]))));

/** Events and facts that agree, mostly: the shipment's milestone is its newest event's. */
export const shipment: fc.Arbitrary<{ facts: ShipmentFacts; events: PitfallEvent[] }> = fc
  .tuple(facts(), eventList(), fc.nat(3))
  .map(([f, events, dice]) => {
    const newest = [...events].sort((a, b) => +a.occurredAt - +b.occurredAt || (a.id < b.id ? -1 : 1)).at(-1);
    if (!newest || dice === 0) return { facts: f, events };
    return { facts: { ...f, milestone: newest.milestone, lastEventAt: newest.occurredAt, deliveredAt: newest.milestone === "delivered" ? newest.occurredAt : null }, events };
  });
