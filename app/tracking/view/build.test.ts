import { describe, expect, it } from "vitest";
import { LOCALES, pitfallLabel, pitfallNext, shopperMessage } from "../taxonomy";
import { buildTrackingView, type ViewShipmentInput } from "./build";
import { safeTimeZone } from "./format";
import { statusOnly } from "./status-only";
import { VIEW_STRINGS } from "./strings";

const now = new Date("2026-11-24T15:00:00Z"); // Tuesday
const base: ViewShipmentInput = {
  id: "s1",
  trackingNumber: "1Z5R89390357567127",
  carrier: "ups",
  carrierName: "UPS",
  trackingUrl: "https://www.ups.com/track?tracknum=1Z5R89390357567127",
  milestone: "in_transit",
  statusCode: "in_transit.departed_facility",
  deliveredAt: null,
  lastEventAt: new Date("2026-11-24T06:00:00Z"),
  carrierEta: null,
  predicted: { from: new Date("2026-11-26T15:00:00Z"), to: new Date("2026-11-27T15:00:00Z"), confidence: 0.8 },
  events: [
    { occurredAt: new Date("2026-11-23T10:00:00Z"), code: "in_transit.picked_up", location: "Newark, NJ, US" },
    { occurredAt: new Date("2026-11-24T06:00:00Z"), code: "in_transit.departed_facility", location: "Newark, NJ, US" },
  ],
  openAlerts: [],
};
const view = (s: Partial<ViewShipmentInput>, locale: (typeof LOCALES)[number] = "en", tz = "America/New_York") =>
  buildTrackingView({ order: { name: "#1001", placedAt: new Date("2026-11-22T12:00:00Z") }, shipments: [{ ...base, ...s }] }, locale, tz, now).shipments[0];

describe("buildTrackingView", () => {
  it("gives the predicted range as local dates and a headline with weekdays", () => {
    const v = view({});
    expect(v.estimate).toMatchObject({ from: "2026-11-26", to: "2026-11-27", confidence: 0.8 });
    expect(v.headline).toBe("Arriving Thursday, November 26–Friday, November 27");
    expect(v.progress).toEqual({ step: 1, steps: 4 });
  });

  it("says today/tomorrow in the shopper's zone", () => {
    expect(view({ predicted: { from: new Date("2026-11-25T18:00:00Z"), to: new Date("2026-11-25T20:00:00Z"), confidence: 0.9 } }).headline).toBe("Arriving tomorrow");
    // 03:00 UTC on the 25th is still the 24th in New York, but already the 25th in Tokyo.
    const early = { predicted: { from: new Date("2026-11-25T03:00:00Z"), to: new Date("2026-11-25T03:00:00Z"), confidence: 0.9 } };
    expect(view(early, "en", "America/New_York").headline).toBe("Arriving today");
    expect(view(early, "en", "Asia/Tokyo").headline).toBe("Arriving today");
    expect(view({ milestone: "out_for_delivery", statusCode: "out_for_delivery.out_for_delivery" }).headline).toBe("Arriving today");
  });

  it("leads with the delay and the new estimate when a weather pitfall is open", () => {
    const v = view({ statusCode: "in_transit.delay_weather", openAlerts: [{ family: "weather", severity: "medium", code: "in_transit.delay_weather" }] });
    expect(v.headline).toBe("Weather delay — new estimate Thursday, November 26 – Friday, November 27");
    expect(v.banner).toMatchObject({ tone: "warning", family: "weather" });
    expect(v.banner!.message.length).toBeGreaterThan(10);
    expect(v.banner!.action?.url).toBe(base.trackingUrl);
  });

  it("asks the shopper to contact the store for an address problem, with a critical tone", () => {
    const v = view({ milestone: "exception", statusCode: "exception.address_incorrect", openAlerts: [{ family: "address", severity: "high", code: "exception.address_incorrect" }] });
    expect(v.banner).toMatchObject({ tone: "critical", family: "address", action: { label: "Contact the store", url: null } });
    expect(v.progress.step).toBe(-1);
  });

  it("says in the banner what happens next: the raising scan's words, or the family's when no scan raised it", () => {
    const weather = view({ statusCode: "in_transit.delay_weather", openAlerts: [{ family: "weather", severity: "medium", code: "in_transit.delay_weather" }] }, "de");
    expect(weather.banner!.message).toBe(shopperMessage("in_transit.delay_weather", "de"));
    const silent = view({ openAlerts: [{ family: "no_tracking", severity: "medium", code: null }] });
    expect(silent.banner!.message).toBe(pitfallNext("no_tracking", "en"));
    expect(silent.banner!.message).not.toContain(shopperMessage("in_transit.departed_facility", "en"));
  });

  it("never promises a day that has passed: a window that started earlier starts today, one that ended is overdue", () => {
    const started = view({ predicted: { from: new Date("2026-11-22T15:00:00Z"), to: new Date("2026-11-26T15:00:00Z"), confidence: 0.7 } });
    expect(started.estimate).toMatchObject({ from: "2026-11-24", to: "2026-11-26" });
    expect(started.headline).toBe("Arriving Tuesday, November 24–Thursday, November 26");
    const ended = view({ predicted: { from: new Date("2026-11-20T15:00:00Z"), to: new Date("2026-11-23T15:00:00Z"), confidence: 0.7 } });
    expect(ended.estimate).toBeNull();
    expect(ended.headline).toBe("Delay — we're on it");
    const endedWithBanner = view({ carrierEta: null, predicted: { from: new Date("2026-11-20T15:00:00Z"), to: new Date("2026-11-23T15:00:00Z"), confidence: 0.7 }, openAlerts: [{ family: "weather", severity: "medium", code: null }] }, "fr");
    expect(endedWithBanner.estimate).toBeNull();
    expect(endedWithBanner.headline).toBe(`${pitfallLabel("weather", "fr")} — nous nous en occupons`);
  });

  it("shows delivered with the delivery day and no estimate", () => {
    const v = view({ milestone: "delivered", statusCode: "delivered.delivered", deliveredAt: new Date("2026-11-24T14:00:00Z") });
    expect(v.headline).toBe("Delivered Tuesday, November 24");
    expect(v.estimate).toBeNull();
  });

  it("lists the timeline newest first with localized messages", () => {
    const fr = view({}, "fr", "Europe/Paris");
    expect(fr.timeline.map((e) => e.code)).toEqual(["in_transit.departed_facility", "in_transit.picked_up"]);
    expect(fr.headline).toContain("jeudi 26 novembre");
    expect(fr.timeline[0].message).not.toBe(view({}).timeline[0].message);
  });

  it("takes the first valid zone: the shopper's, else the shop's, else UTC", () => {
    expect(safeTimeZone("Asia/Tokyo", "America/Chicago")).toBe("Asia/Tokyo");
    expect(safeTimeZone("Not/AZone", "America/Chicago")).toBe("America/Chicago");
    expect(safeTimeZone(null, "America/Chicago")).toBe("America/Chicago");
    expect(safeTimeZone("Not/AZone", "")).toBe("UTC");
  });

  it("reduces a view to its status for a guest: no tracking number, carrier link or scans", () => {
    const full = buildTrackingView(
      { order: { name: "#1001", placedAt: new Date("2026-11-22T12:00:00Z") }, shipments: [{ ...base, statusCode: "in_transit.delay_weather", openAlerts: [{ family: "weather", severity: "medium", code: "in_transit.delay_weather" }] }] },
      "en",
      "America/New_York",
      now,
    );
    const limited = statusOnly(full);
    const [s] = limited.shipments;
    expect(s).toMatchObject({ headline: full.shipments[0].headline, estimate: full.shipments[0].estimate, milestone: "in_transit", trackingNumber: "", timeline: [] });
    expect(s.carrier).toEqual({ id: "ups", name: "UPS", trackingUrl: null });
    expect(s.banner).toMatchObject({ family: "weather", message: full.shipments[0].banner!.message, action: null }); // its action was the carrier link
    expect(JSON.stringify(limited)).not.toContain(base.trackingNumber);
    expect(full.shipments[0].trackingNumber).toBe(base.trackingNumber); // the full view is untouched
  });

  it("has every label in every locale", () => {
    for (const l of LOCALES) for (const [k, v] of Object.entries(VIEW_STRINGS[l])) expect(v, `${l}.${k}`).toMatch(/\S/);
    for (const l of LOCALES.filter((x) => x !== "en")) expect(VIEW_STRINGS[l].arrivingToday).not.toBe(VIEW_STRINGS.en.arrivingToday);
  });
});
