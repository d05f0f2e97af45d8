import { describe, expect, it } from "vitest";
import { dayNumber, localDay, parseOffset, weekdayOf } from "../../tracking/eta/days";
import { isHoliday } from "../../tracking/eta/holidays";
import { detectCarrier } from "../../tracking/detect";
import { codeInfo, isEventCode } from "../../tracking/taxonomy";
import { onWeekdays } from "./calendar";
import { CARRIERS } from "./carriers";
import { crossesCustoms, DEFAULT_LANES } from "./lanes";
import { PITFALL_KINDS, type PitfallKind, type PitfallRates } from "./pitfalls";
import { DEFAULT_START, simulate } from "./simulate";
import type { SimulatedShipment } from "./types";

const run = (shipments: number, seed: number, extra: Partial<Parameters<typeof simulate>[0]> = {}) =>
  [...simulate({ shipments, days: 30, seed, start: DEFAULT_START, ...extra })];

/** The local calendar day of an event, by its own offset. */
const eventDay = (e: { occurredAt: string; utcOffset: string | null }) => localDay(Date.parse(e.occurredAt), parseOffset(e.utcOffset) ?? 0);
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("simulate: determinism", () => {
  it("gives the same world for the same seed and another for another seed", () => {
    const a = JSON.stringify(run(300, 11));
    expect(JSON.stringify(run(300, 11))).toBe(a);
    expect(JSON.stringify(run(300, 12))).not.toBe(a);
  });

  it("streams: a huge run yields its first shipments at once", () => {
    const iterator = simulate({ shipments: 1_000_000_000, days: 365, seed: 1, start: DEFAULT_START })[Symbol.iterator]();
    const first = [iterator.next().value, iterator.next().value, iterator.next().value] as SimulatedShipment[];
    expect(first.map((s) => s.trackingNumber)).toHaveLength(3);
    expect(new Set(first.map((s) => s.trackingNumber)).size).toBe(3);
  });

  it("spreads shipments over the days from start, mostly on weekdays", () => {
    const world = run(2000, 3, { days: 28 });
    const first = Math.min(...world.map((s) => s.shippedAt.getTime()));
    const last = Math.max(...world.map((s) => s.shippedAt.getTime()));
    expect(first).toBeGreaterThanOrEqual(DEFAULT_START.getTime() - 86_400_000);
    expect(last).toBeLessThan(DEFAULT_START.getTime() + 29 * 86_400_000);
    const weekend = world.filter((s) => [0, 6].includes(weekdayOf(eventDay(s.events[0])))).length;
    expect(weekend / world.length).toBeLessThan(0.15);
  });

  it("rejects impossible options", () => {
    expect(() => run(-1, 1)).toThrow(RangeError);
    expect(() => run(10, 1, { days: 0 })).toThrow(RangeError);
    expect(() => run(10, 1, { pitfallRates: { lost: 1.5 } })).toThrow(/lost/);
  });
});

describe("simulate: scan streams", () => {
  const world = run(3000, 7, { days: 60 });

  it("uses only taxonomy codes, with milestone and pitfall from the taxonomy", () => {
    for (const s of world) {
      for (const e of s.events) {
        expect(isEventCode(e.code)).toBe(true);
        const info = codeInfo(e.code);
        expect(e.milestone).toBe(info.milestone);
        expect(e.pitfall).toBe(info.pitfall);
        expect(e.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
        expect(e.utcOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
        expect(e.location).toMatch(/^[^,]+, [^,]+, [A-Z]{2}$/);
      }
    }
  });

  it("orders events strictly in time, starting with the label at shippedAt", () => {
    for (const s of world) {
      expect(s.events[0].code).toBe("info_received.label_created");
      expect(s.events[0].occurredAt).toBe(s.shippedAt.toISOString());
      for (let i = 1; i < s.events.length; i++) expect(Date.parse(s.events[i].occurredAt)).toBeGreaterThan(Date.parse(s.events[i - 1].occurredAt));
    }
  });

  it("ends every delivered shipment with its delivered.* event, and no other with one", () => {
    for (const s of world) {
      const delivered = s.events.filter((e) => e.milestone === "delivered");
      if (s.outcome === "delivered") {
        expect(s.events.at(-1)?.milestone).toBe("delivered");
        expect(delivered).toHaveLength(1);
        expect(s.deliveredAt?.toISOString()).toBe(s.events.at(-1)?.occurredAt);
      } else {
        expect(delivered).toHaveLength(0);
        expect(s.deliveredAt).toBeNull();
      }
    }
    expect(world.filter((s) => s.outcome === "delivered").length / world.length).toBeGreaterThan(0.95);
  });

  it("hands out tracking numbers our detector attributes to the carrier", () => {
    for (const s of world.slice(0, 1000)) {
      expect(detectCarrier(s.trackingNumber, s.company).candidates.map((c) => c.carrier)).toContain(s.carrier);
    }
  });

  it("promises a day after shipping, in the destination's evening", () => {
    for (const s of world) {
      expect(s.promisedBy.getTime()).toBeGreaterThan(s.shippedAt.getTime() + 12 * 3_600_000);
      if (s.deliveredAt) expect(s.deliveredAt.getTime()).toBeGreaterThan(s.shippedAt.getTime());
    }
    const late = world.filter((s) => s.deliveredAt && s.deliveredAt > s.promisedBy).length / world.length;
    expect(late).toBeGreaterThan(0.03);
    expect(late).toBeLessThan(0.25);
  });

  it("publishes carrier estimates in time order, never after the delivery", () => {
    let withEtas = 0;
    for (const s of world) {
      if (s.carrierEtas.length) withEtas++;
      for (let i = 1; i < s.carrierEtas.length; i++) expect(Date.parse(s.carrierEtas[i].at)).toBeGreaterThanOrEqual(Date.parse(s.carrierEtas[i - 1].at));
      for (const e of s.carrierEtas) {
        if (s.deliveredAt) expect(Date.parse(e.at)).toBeLessThanOrEqual(s.deliveredAt.getTime());
        if (e.eta !== null) expect(Number.isFinite(Date.parse(e.eta))).toBe(true);
      }
    }
    expect(withEtas / world.length).toBeGreaterThan(0.6);
    expect(world.some((s) => s.carrier === "royalmail" && s.carrierEtas.length > 0)).toBe(false);
  });

  it("gives carriers no foresight: estimates made at collection miss most delays still to come", () => {
    const delayed = world.filter((s) => s.deliveredAt && (s.pitfalls.includes("weather") || s.pitfalls.includes("eta_slip")) && s.carrierEtas.length > 1);
    expect(delayed.length).toBeGreaterThan(20);
    const early = delayed.filter((s) => (s.carrierEtas[0].eta as string).slice(0, 10) < (s.deliveredAt as Date).toISOString().slice(0, 10)).length;
    expect(early / delayed.length).toBeGreaterThan(0.8);
  });
});

describe("simulate: calendars", () => {
  // Thanksgiving, Christmas, Boxing Day and New Year fall in this window.
  const world = run(6000, 5, { start: new Date("2025-11-17T00:00:00Z"), days: 50 });

  it("never delivers on a Sunday, on the destination's holidays, or on a carrier's day off", () => {
    let saturdays = 0;
    for (const s of world) {
      if (!s.deliveredAt) continue;
      const last = s.events.at(-1)!;
      const day = eventDay(last);
      expect(weekdayOf(day)).not.toBe(0);
      expect(isHoliday(s.destination.country, day)).toBe(false);
      if (last.code !== "delivered.picked_up") expect(onWeekdays(CARRIERS[s.carrier].deliveryDays, day)).toBe(true);
      if (weekdayOf(day) === 6) saturdays++;
    }
    expect(saturdays).toBeGreaterThan(0);
  });

  it("takes longer over a holiday: the Wednesday before Thanksgiving loses a day against the week before", () => {
    const lane = DEFAULT_LANES.find((l) => l.id === "US-NJ>US-NY")!;
    const upsGround = { ...lane, options: lane.options.filter((o) => o.carrier === "ups" && o.service === "ground") };
    const zero = Object.fromEntries(PITFALL_KINDS.map((k) => [k, 0])) as PitfallRates;
    const local = run(1500, 8, { start: new Date("2025-11-17T00:00:00Z"), days: 14, lanes: [upsGround], pitfallRates: zero });
    expect(new Set(local.map((s) => s.lane))).toEqual(new Set(["US-NJ>US-NY"]));
    // Collected the day the label was made: local days from then to delivery.
    const transit = (wednesday: string) =>
      local
        .filter((s) => s.events[1].code === "in_transit.picked_up" && eventDay(s.events[0]) === day(wednesday) && eventDay(s.events[1]) === day(wednesday))
        .map((s) => eventDay(s.events.at(-1)!) - day(wednesday));
    const before = transit("2025-11-19");
    const eve = transit("2025-11-26");
    expect(before.length).toBeGreaterThan(10);
    expect(eve.length).toBeGreaterThan(10);
    expect(new Set(before)).toEqual(new Set([1]));
    expect(new Set(eve)).toEqual(new Set([2]));
  });
});

describe("simulate: pitfalls", () => {
  const rates: PitfallRates = {
    weather: 0.1,
    customs_hold: 0.2,
    failed_attempt: 0.1,
    address_issue: 0.05,
    damaged: 0.04,
    lost: 0.03,
    returned_to_sender: 0.03,
    silent_gap: 0.1,
    eta_slip: 0.1,
  };
  const world = run(10_000, 21, { days: 60, pitfallRates: rates });
  const share = (kind: PitfallKind, among = world) => among.filter((s) => s.pitfalls.includes(kind)).length / among.length;

  it("meets each configured rate within sampling error", () => {
    // Only one door-step story per parcel: lost, then returned, then address issue, then a failed attempt.
    const expected: Record<PitfallKind, number> = {
      ...rates,
      returned_to_sender: rates.returned_to_sender * (1 - rates.lost),
      address_issue: rates.address_issue * (1 - rates.lost) * (1 - rates.returned_to_sender),
      failed_attempt: rates.failed_attempt * (1 - rates.lost) * (1 - rates.returned_to_sender) * (1 - rates.address_issue),
    };
    const customsLanes = world.filter((s) => crossesCustoms(s.origin.country, s.destination.country));
    expect(customsLanes.length).toBeGreaterThan(1000);
    for (const kind of PITFALL_KINDS) {
      const among = kind === "customs_hold" ? customsLanes : world;
      const p = expected[kind];
      const tolerance = 4 * Math.sqrt((p * (1 - p)) / among.length) + 0.1 * p;
      expect(Math.abs(share(kind, among) - p), kind).toBeLessThan(tolerance);
    }
    expect(world.filter((s) => s.pitfalls.includes("customs_hold") && !crossesCustoms(s.origin.country, s.destination.country))).toHaveLength(0);
  });

  it("shows each pitfall in the scans", () => {
    const codes = (s: SimulatedShipment) => s.events.map((e) => e.code as string);
    for (const s of world) {
      if (s.pitfalls.includes("customs_hold")) expect(codes(s).some((c) => c.startsWith("exception.customs"))).toBe(true);
      if (s.pitfalls.includes("failed_attempt")) expect(codes(s).some((c) => c.startsWith("failed_attempt."))).toBe(true);
      if (s.pitfalls.includes("address_issue")) expect(codes(s).some((c) => /address/.test(c))).toBe(true);
      if (s.pitfalls.includes("damaged")) expect(codes(s)).toContain("exception.damaged");
      if (s.pitfalls.includes("lost")) {
        expect(s.outcome).toBe("lost");
        expect(codes(s).some((c) => c.startsWith("out_for_delivery"))).toBe(false);
      }
      if (s.pitfalls.includes("returned_to_sender")) {
        expect(s.outcome).toBe("returned");
        expect(codes(s).at(-1)).toBe("returned.returned_to_sender");
      }
    }
    const weather = world.filter((s) => s.pitfalls.includes("weather"));
    expect(weather.filter((s) => codes(s).some((c) => c.includes("weather"))).length / weather.length).toBeGreaterThan(0.8);
  });

  it("makes the failed attempt a redelivery or a pickup-point collection", () => {
    const failed = world.filter((s) => s.pitfalls.includes("failed_attempt") && s.outcome === "delivered");
    const last = failed.map((s) => s.events.at(-1)!.code);
    expect(last.filter((c) => c === "delivered.picked_up").length / failed.length).toBeGreaterThan(0.25);
    expect(failed.filter((s) => s.events.some((e) => e.code === "out_for_delivery.redelivery")).length / failed.length).toBeGreaterThan(0.45);
  });

  it("draws nothing when every rate is zero", () => {
    const zero = Object.fromEntries(PITFALL_KINDS.map((k) => [k, 0])) as PitfallRates;
    const clean = run(1500, 21, { pitfallRates: zero });
    expect(clean.every((s) => s.pitfalls.length === 0 && s.outcome === "delivered")).toBe(true);
    expect(clean.flatMap((s) => s.events).filter((e) => e.milestone === "exception" || e.milestone === "failed_attempt")).toHaveLength(0);
  });

  it("keeps the default world's rates near their defaults", () => {
    const defaults = run(10_000, 4, { days: 60 });
    const lateShare = defaults.filter((s) => s.deliveredAt && s.deliveredAt > s.promisedBy).length / defaults.length;
    expect(lateShare).toBeGreaterThan(0.05);
    expect(share("weather", defaults)).toBeGreaterThan(0.02);
    expect(share("weather", defaults)).toBeLessThan(0.04);
    expect(share("lost", defaults)).toBeLessThan(0.01);
  });
});

describe("lanes", () => {
  it("serve every sandbox carrier, with sensible medians and promises", () => {
    const carriers = new Set(DEFAULT_LANES.flatMap((l) => l.options.map((o) => o.carrier)));
    expect([...carriers].sort()).toEqual(Object.keys(CARRIERS).sort());
    for (const lane of DEFAULT_LANES) {
      for (const o of lane.options) {
        expect(Number.isInteger(o.medianDays)).toBe(true);
        expect(o.medianDays).toBeGreaterThanOrEqual(1);
        expect(o.medianDays).toBeLessThanOrEqual(13);
        expect(o.advertisedDays).toBeGreaterThanOrEqual(o.medianDays);
      }
    }
    const days = (id: string, carrier: string, service: string) => DEFAULT_LANES.find((l) => l.id === id)!.options.find((o) => o.carrier === carrier && o.service === service)!.medianDays;
    expect(days("US-NJ>US-CA", "ups", "ground")).toBeGreaterThan(days("US-NJ>US-IL", "ups", "ground"));
    expect(days("US-NJ>US-CA", "ups", "express")).toBeLessThan(days("US-NJ>US-CA", "ups", "ground"));
    expect(days("US-NJ>AU-NSW", "usps", "international")).toBeGreaterThan(days("US-NJ>AU-NSW", "dhl_express", "express"));
  });
});
