import { describe, expect, it } from "vitest";
import { fillLabel, formatInstant, labelled, progressOf, shipmentPosition, timelineDomId } from "./format";
import { viewFixture } from "./view-fixtures";

describe("fillLabel", () => {
  it("fills named placeholders and leaves unknown ones as written", () => {
    expect(fillLabel("Shipment {n} of {total}", { n: 2, total: 3 })).toBe("Shipment 2 of 3");
    expect(fillLabel("Track on {carrier} ({mode})", { carrier: "UPS" })).toBe("Track on UPS ({mode})");
    expect(fillLabel("Last updated", { time: "now" })).toBe("Last updated");
  });
});

describe("shipmentPosition", () => {
  const fr = viewFixture("multi-shipment.fr");
  it("numbers shipments only when an order has several", () => {
    expect(shipmentPosition(fr.labels, 1, 2)).toBe("Envoi 2 sur 2");
    expect(shipmentPosition(fr.labels, 0, 1)).toBeNull();
  });
});

describe("progressOf", () => {
  const shipment = viewFixture("in-transit.en").shipments[0];
  it("counts the current milestone as a filled step", () => {
    expect(progressOf({ ...shipment, progress: { step: 0, steps: 4 } })).toEqual({ value: 1, max: 4 });
    expect(progressOf({ ...shipment, progress: { step: 3, steps: 4 } })).toEqual({ value: 4, max: 4 });
  });
  it("has no bar for off-track states or a malformed step count", () => {
    expect(progressOf(viewFixture("customs-hold.en").shipments[0])).toBeNull();
    expect(progressOf({ ...shipment, progress: { step: 1, steps: 0 } })).toBeNull();
    expect(progressOf({ ...shipment, progress: { step: 9, steps: 4 } })).toEqual({ value: 4, max: 4 });
  });
});

describe("formatInstant", () => {
  const instant = "2026-11-25T04:30:00.000Z";
  it("shows the instant in the view's zone and language", () => {
    const en = formatInstant(instant, { locale: "en", timeZone: "America/New_York" });
    const fr = formatInstant(instant, { locale: "fr", timeZone: "Europe/Paris" });
    expect(en).toMatch(/Nov 24, 2026/);
    expect(en).toMatch(/11:30\s?PM/);
    expect(fr).toMatch(/25 nov\. 2026/);
    expect(fr).toMatch(/05:30/);
  });
  it("falls back to the runtime zone for an unknown zone and shows unparsable text as given", () => {
    expect(formatInstant(instant, { locale: "en", timeZone: "Mars/Olympus" })).toMatch(/2026/);
    expect(formatInstant("yesterday", { locale: "en", timeZone: "UTC" })).toBe("yesterday");
  });
});

describe("labelled", () => {
  it("uses each language's colon", () => {
    expect(labelled("Carrier", "UPS", "en")).toBe("Carrier: UPS");
    expect(labelled("Transporteur", "DPD", "fr-CA")).toBe("Transporteur\u00a0: DPD");
    expect(labelled("配送業者", "ヤマト運輸", "ja")).toBe("配送業者：ヤマト運輸");
  });
});

describe("timelineDomId", () => {
  it("turns a Shopify gid into a valid, stable element id", () => {
    const id = timelineDomId({ id: "gid://shopify/Fulfillment/5102" });
    expect(id).toBe("porchlight-timeline-gid---shopify-Fulfillment-5102");
    expect(id).toMatch(/^[A-Za-z][\w-]*$/);
  });
});
