import { describe, expect, it } from "vitest";
import { isoDay } from "./days";
import { predictEta } from "./predict";
import { asOf, at, dayOf, event, FIRST_MONDAY, laneHistory, US_CALENDAR } from "./testing/journeys";
import { trainEtaModel } from "./train";
import type { ShipmentHistory } from "./types";

const nextBusinessDay = (day: number, n: number) => US_CALENDAR.day(US_CALENDAR.index(day) + n);
const MONDAY = FIRST_MONDAY + 14; // 17 Nov 2025

/** A fresh parcel on the lane, labelled Monday 17 Nov at 10:00 and collected at 17:00. */
function parcel(h: ShipmentHistory, extra: ShipmentHistory["events"] = []) {
  const [label, pickup, hub] = laneHistory(1, { days: 1, carrier: h.carrier, service: h.service, origin: h.origin, destination: h.destination })[0].events;
  const shift = (e: (typeof h.events)[number]) => ({ ...e, occurredAt: new Date(Date.parse(e.occurredAt) + 14 * 86_400_000).toISOString() });
  return { ...h, shippedAt: shift(label).occurredAt, promisedBy: null, events: [shift(label), shift(pickup), shift(hub), ...extra], carrierEtas: [] };
}

describe("predictEta: history", () => {
  const model = trainEtaModel([...laneHistory(300, { days: 3 }), ...laneHistory(300, { days: 1, destination: { country: "US", region: "NJ" } })]);

  it("predicts the lane's usual delivery day with a tight range", () => {
    const p = predictEta(model, asOf(parcel(laneHistory(1, { days: 3 })[0]), at(MONDAY, 20)), at(MONDAY, 20));
    expect(dayOf(p.mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 3)));
    expect(p.confidence).toBeGreaterThan(0.8);
    expect(dayOf(p.from)).toBe(isoDay(nextBusinessDay(MONDAY, 3)));
    expect(p.basis).toMatch(/^lane history \(300 deliveries\)/);
  });

  it("falls back to the country pair for a lane without history, and to everything for an unknown carrier", () => {
    const state = asOf(parcel({ ...laneHistory(1, { days: 3 })[0], destination: { country: "US", region: "TX" } }), at(MONDAY, 20));
    const p = predictEta(model, state, at(MONDAY, 20));
    expect(p.basis).toMatch(/^country pair history \(600 deliveries\)/);
    // Half the pair's history takes 1 day, half 3: either is as likely, nothing else.
    expect([isoDay(nextBusinessDay(MONDAY, 1)), isoDay(nextBusinessDay(MONDAY, 3))]).toContain(dayOf(p.mostLikely));
    expect(p.confidence).toBeLessThan(0.6);
    const unknown = predictEta(model, { ...state, carrier: "fastfreight" }, at(MONDAY, 20));
    expect(unknown.basis).toMatch(/^all carriers history/);
  });

  it("lets a thin lane lean on its parents and a well-known one speak for itself", () => {
    const thin = trainEtaModel([...laneHistory(300, { days: 1 }), ...laneHistory(3, { days: 4, destination: { country: "US", region: "CA" } })]);
    const state = (region: string) => asOf(parcel({ ...laneHistory(1, { days: 1 })[0], destination: { country: "US", region } }), at(MONDAY, 20));
    const few = predictEta(thin, state("CA"), at(MONDAY, 20));
    expect(few.basis).toMatch(/^country pair history/);
    const many = trainEtaModel([...laneHistory(300, { days: 1 }), ...laneHistory(200, { days: 4, destination: { country: "US", region: "CA" } })]);
    expect(dayOf(predictEta(many, state("CA"), at(MONDAY, 20)).mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 4)));
    expect(predictEta(many, state("CA"), at(MONDAY, 20)).basis).toMatch(/^lane history \(200 deliveries\)/);
  });

  it("survives an empty history", () => {
    const empty = trainEtaModel([]);
    const p = predictEta(empty, asOf(parcel(laneHistory(1, { days: 3 })[0]), at(MONDAY, 20)), at(MONDAY, 20));
    expect(p.mostLikely.getTime()).toBeGreaterThanOrEqual(at(MONDAY, 20));
    expect(p.to.getTime() - p.from.getTime()).toBeGreaterThan(3 * 86_400_000);
    expect(p.confidence).toBeLessThan(0.5);
    expect(p.basis).toMatch(/^all carriers history \(0 deliveries\)/);
  });

  it("is plain JSON: a model read back predicts the same", () => {
    const copy = JSON.parse(JSON.stringify(model));
    const state = asOf(parcel(laneHistory(1, { days: 3 })[0]), at(MONDAY, 20));
    expect(predictEta(copy, state, at(MONDAY, 20))).toEqual(predictEta(model, state, at(MONDAY, 20)));
  });
});

describe("predictEta: progress", () => {
  const model = trainEtaModel(laneHistory(400, { days: 3, delay: { every: 4, code: "in_transit.delay_weather", days: 2 } }));
  const base = laneHistory(1, { days: 3 })[0];

  it("says today once the parcel is out for delivery this morning", () => {
    const ofd = event(at(MONDAY + 3, 8), "out_for_delivery.out_for_delivery", "Brooklyn, NY, US");
    const p = predictEta(model, asOf(parcel(base, [ofd]), at(MONDAY + 3, 9)), at(MONDAY + 3, 9));
    expect(dayOf(p.mostLikely)).toBe(isoDay(MONDAY + 3));
    expect(p.confidence).toBeGreaterThan(0.9);
    expect(p.mostLikely.getTime()).toBeGreaterThanOrEqual(at(MONDAY + 3, 9));
  });

  it("moves to the next delivery day when the van came back without delivering", () => {
    const ofd = event(at(MONDAY + 4, 8), "out_for_delivery.out_for_delivery", "Brooklyn, NY, US");
    // Friday 22:00: nothing more today; Saturday and Sunday are no delivery days.
    const p = predictEta(model, asOf(parcel(base, [ofd]), at(MONDAY + 4, 22)), at(MONDAY + 4, 22));
    expect(dayOf(p.mostLikely)).toBe(isoDay(MONDAY + 7));
  });

  it("shifts the estimate after a pitfall scan, as the lane's history of that pitfall says", () => {
    const now = at(MONDAY + 1, 11);
    const plain = predictEta(model, asOf(parcel(base), now), now);
    const weather = predictEta(model, asOf(parcel(base, [event(at(MONDAY + 1, 10), "in_transit.delay_weather", "Secaucus, NJ, US")]), now), now);
    expect(dayOf(plain.mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 3)));
    expect(dayOf(weather.mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 5)));
    expect(weather.basis).toMatch(/weather/);
  });

  it("reads silence: days without a scan push the estimate out and widen it", () => {
    const fresh = predictEta(model, asOf(parcel(base), at(MONDAY, 20)), at(MONDAY, 20));
    const silent = predictEta(model, asOf(parcel(base), at(MONDAY + 4, 20)), at(MONDAY + 4, 20));
    expect(silent.mostLikely.getTime()).toBeGreaterThan(fresh.mostLikely.getTime());
    expect(silent.mostLikely.getTime()).toBeGreaterThan(at(MONDAY + 4, 20));
    expect(silent.basis).toMatch(/no scan for 96h\+/);
  });

  it("ignores scans later than `now`", () => {
    const future = parcel(base, [event(at(MONDAY + 3, 8), "out_for_delivery.out_for_delivery", "Brooklyn, NY, US")]);
    const now = at(MONDAY, 20);
    expect(predictEta(model, future, now)).toEqual(predictEta(model, asOf(future, now), now));
  });

  it("reports a delivery as done, and no date for a parcel on its way back", () => {
    const delivered = parcel(base, [event(at(MONDAY + 3, 14), "delivered.delivered", "Brooklyn, NY, US")]);
    const p = predictEta(model, { ...delivered, promisedBy: new Date(at(MONDAY + 2, 23, 59)) }, at(MONDAY + 3, 15));
    expect(p).toMatchObject({ confidence: 1, missProbability: 1, basis: "delivered" });
    expect(p.mostLikely.toISOString()).toBe(new Date(at(MONDAY + 3, 14)).toISOString());
    const back = parcel(base, [event(at(MONDAY + 3, 14), "returning.refused", "Brooklyn, NY, US")]);
    const q = predictEta(model, { ...back, promisedBy: new Date(at(MONDAY + 4, 23, 59)) }, at(MONDAY + 3, 15));
    expect(q).toMatchObject({ confidence: 0, missProbability: 1 });
    expect(q.basis).toMatch(/no delivery expected \(returning\.refused\)/);
  });
});

describe("predictEta: promises", () => {
  const model = trainEtaModel(laneHistory(400, { days: 3, delay: { every: 10, code: "in_transit.delay_operational", days: 1 } }));
  const base = laneHistory(1, { days: 3 })[0];
  const now = at(MONDAY, 20);
  const promise = (n: number) => new Date(at(nextBusinessDay(MONDAY, n) + 1, 0) - 1);

  it("gives the probability of missing the promise", () => {
    const state = asOf(parcel(base), now);
    expect(predictEta(model, { ...state, promisedBy: null }, now).missProbability).toBeNull();
    const tight = predictEta(model, { ...state, promisedBy: promise(2) }, now).missProbability!;
    const usual = predictEta(model, { ...state, promisedBy: promise(3) }, now).missProbability!;
    const loose = predictEta(model, { ...state, promisedBy: promise(6) }, now).missProbability!;
    expect(tight).toBeGreaterThan(0.9);
    expect(usual).toBeGreaterThan(0.03);
    expect(usual).toBeLessThan(0.25);
    expect(loose).toBeLessThan(0.02);
  });

  it("counts a promise whose time has passed without a delivery as missed", () => {
    const state = asOf(parcel(base), at(nextBusinessDay(MONDAY, 3) + 1, 9));
    expect(predictEta(model, { ...state, promisedBy: promise(3) }, at(nextBusinessDay(MONDAY, 3) + 1, 9)).missProbability).toBe(1);
  });

  it("reads the promise as an instant: deliveries later on the promised day miss a midday promise", () => {
    const ofd = event(at(MONDAY + 3, 8), "out_for_delivery.out_for_delivery", "Brooklyn, NY, US");
    const state = asOf(parcel(base, [ofd]), at(MONDAY + 3, 9));
    const noon = predictEta(model, { ...state, promisedBy: new Date(at(MONDAY + 3, 12)) }, at(MONDAY + 3, 9)).missProbability!;
    const evening = predictEta(model, { ...state, promisedBy: new Date(at(MONDAY + 3, 23, 59)) }, at(MONDAY + 3, 9)).missProbability!;
    expect(noon).toBeGreaterThan(0.9);
    expect(evening).toBeLessThan(0.1);
  });
});

describe("predictEta: carrier estimates", () => {
  // All take 3 days; "sure" announces the right day, "vague" anything within ±3 days, "hasty" always a day early.
  const shifted = (d: number, n: number) => isoDay(US_CALENDAR.day(US_CALENDAR.index(d) + n));
  const sure = laneHistory(300, { days: 3, carrier: "sure", eta: (d) => isoDay(d) });
  const vague = laneHistory(300, { days: 3, carrier: "vague", eta: (d, i) => shifted(d, ((i * 3) % 7) - 3) });
  const hasty = laneHistory(300, { days: 3, carrier: "hasty", eta: (d) => shifted(d, -1) });
  const model = trainEtaModel([...sure, ...vague, ...hasty]);

  it("learns how far each carrier's estimates can be trusted", () => {
    expect(model.etaWeight["sure|ground|early"]).toBeGreaterThan(0.6);
    expect(model.etaWeight["vague|ground|early"] ?? 0).toBeLessThan(model.etaWeight["sure|ground|early"]);
  });

  it("follows a reliable carrier's revised estimate and discounts an unreliable one", () => {
    const now = at(MONDAY, 20);
    const revised = isoDay(nextBusinessDay(MONDAY, 5));
    const usual = isoDay(nextBusinessDay(MONDAY, 3));
    const withEta = (h: ShipmentHistory) => ({ ...asOf(parcel(h), now), carrierEta: { at: new Date(at(MONDAY, 19)).toISOString(), eta: revised } });
    const fromSure = predictEta(model, withEta(sure[0]), now);
    const fromVague = predictEta(model, withEta(vague[0]), now);
    expect(dayOf(fromSure.mostLikely)).toBe(revised);
    expect(fromSure.basis).toMatch(/carrier ETA/);
    expect(dayOf(fromVague.mostLikely)).toBe(usual);
    const none = predictEta(model, asOf(parcel(sure[0]), now), now);
    expect(dayOf(none.mostLikely)).toBe(usual);
  });

  it("corrects a carrier whose estimates run early by its usual error", () => {
    const now = at(MONDAY, 20);
    const state = { ...asOf(parcel(hasty[0]), now), carrierEta: { at: new Date(at(MONDAY, 19)).toISOString(), eta: isoDay(nextBusinessDay(MONDAY, 4)) } };
    expect(dayOf(predictEta(model, state, now).mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 5)));
  });

  it("ignores an estimate published after `now` or withdrawn", () => {
    const now = at(MONDAY, 20);
    const state = asOf(parcel(sure[0]), now);
    const later = predictEta(model, { ...state, carrierEta: { at: new Date(now + 3_600_000).toISOString(), eta: isoDay(nextBusinessDay(MONDAY, 6)) } }, now);
    const withdrawn = predictEta(model, { ...state, carrierEta: { at: new Date(at(MONDAY, 19)).toISOString(), eta: null } }, now);
    expect(dayOf(later.mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 3)));
    expect(dayOf(withdrawn.mostLikely)).toBe(isoDay(nextBusinessDay(MONDAY, 3)));
  });
});
