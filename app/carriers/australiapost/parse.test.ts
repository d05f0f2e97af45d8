import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { australiaPostCode, phraseKey } from "./codes";
import { parse } from "./parse";

const shared = (name: string) => sharedFixture("australiapost", name);
const own = (name: string) => ownFixture("australiapost", name);


describe("australiapost parse — shared Track API response", () => {
  const results = parse(shared("TrackingResponse.json"));

  it("returns one tracking per tracking_results entry, events oldest first", () => {
    expect(results.map((r) => r.trackingNumber)).toEqual(["ET123456789AU", "LX123456789US", "00123456789000123400"]);
    expect(results.map((r) => r.events.length)).toEqual([8, 9, 10]);
    for (const r of results) {
      const times = r.events.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort());
    }
  });

  it("reads events nested in a consignment's items and keeps their +11:00 offset", () => {
    const [first] = results[0].events;
    expect(first.rawText).toBe("Shipping information received by Australia Post");
    expect(first.code).toBe("info_received.label_created");
    expect(first.occurredAt).toBe("2021-01-26T13:22:43.000Z");
    expect(first.utcOffset).toBe("+11:00");
    expect(results[0].events.at(-1)!.code).toBe("in_transit.at_airport");
  });

  it("maps Australia Post phrases precisely", () => {
    const byText = new Map(results.flatMap((r) => r.events).map((e) => [e.rawText, e.code]));
    expect(byText.get("Shipping information approved by Australia Post")).toBe("info_received.manifest_received");
    expect(byText.get("Received by Australia Post")).toBe("in_transit.accepted");
    expect(byText.get("Cleared and awaiting international departure")).toBe("in_transit.export_cleared");
    expect(byText.get("In transit to next facility in SUNSHINE WEST VIC")).toBe("in_transit.in_transit");
    expect(byText.get("Arrived awaiting clearance (Inbound)")).toBe("in_transit.arrived_in_destination_country");
    expect(byText.get("Item is in Customs")).toBe("in_transit.customs_processing");
    expect(byText.get("Item cleared by Customs")).toBe("in_transit.customs_cleared");
    expect(byText.get("Arrived in New Zealand")).toBe("in_transit.arrived_in_destination_country");
    expect(byText.get("Despatch Parcels from Export Facility")).toBe("in_transit.departed_origin_country");
    expect(byText.get("Onboard for delivery")).toBe("out_for_delivery.out_for_delivery");
    expect(results.every((r) => r.unmapped.length === 0)).toBe(true);
  });

  it("ends the safe-place delivery with location and milestone", () => {
    const last = results[1].events.at(-1)!;
    expect(last).toMatchObject({
      code: "delivered.safe_place",
      milestone: "delivered",
      pitfall: "delivered_elsewhere",
      location: "KEW VIC",
      occurredAt: "2021-01-21T00:04:27.000Z",
    });
    expect(results[1].events[0]).toMatchObject({ location: "US-60199, UNITED STATES", code: "in_transit.accepted" });
    expect(results[2].events.at(-1)!.code).toBe("delivered.delivered");
    expect(results[1].eta).toBeNull();
  });

  it("leaves an event without location as null", () => {
    const inTransit = results[1].events.find((e) => e.rawText?.startsWith("In transit to next facility"))!;
    expect(inTransit.location).toBeNull();
  });
});

describe("australiapost parse — own fixtures", () => {
  it("follows a card left, collection and delivery across the AEDT -> AEST change", () => {
    const [t] = parse(own("card-left-collected.json"));
    expect(t.trackingNumber).toBe("33LPH5012345");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "info_received.manifest_received",
      "in_transit.accepted",
      "in_transit.processed_at_facility",
      "in_transit.in_transit",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.notice_left",
      "available_for_pickup.at_post_office",
      "delivered.delivered",
    ]);
    const transit = t.events[4];
    expect(transit).toMatchObject({ occurredAt: "2024-04-06T11:14:37.000Z", utcOffset: "+11:00" });
    const card = t.events[6];
    expect(card).toMatchObject({ occurredAt: "2024-04-08T01:20:44.000Z", utcOffset: "+10:00", milestone: "failed_attempt" });
  });

  it("prefers the Australia Post phrase table over the generic keywords", () => {
    // Generic keywords would read "held" as a carrier hold and "departure" as a departure scan.
    expect(australiaPostCode("Card left - Item will be held at KEW POST SHOP for collection")).toBe("failed_attempt.notice_left");
    expect(australiaPostCode("Cleared and awaiting international departure")).toBe("in_transit.export_cleared");
  });

  it("dedupes a repeated scan, reads an access failure and ends returning to sender", () => {
    const [t] = parse(own("attempted-returned.json"));
    expect(t.events).toHaveLength(7);
    expect(t.events.filter((e) => e.rawText === "Arrived at sorting facility")).toHaveLength(1);
    const codes = t.events.map((e) => e.code);
    expect(codes).toContain("failed_attempt.access_issue");
    expect(t.events.find((e) => e.rawText === "Awaiting collection at INALA HEIGHTS LPO")!.code).toBe(
      "available_for_pickup.at_post_office",
    );
    expect(t.events.at(-1)).toMatchObject({ code: "returning.return_to_sender", milestone: "returning", location: "BRISBANE QLD" });
  });

  it("skips a failed number next to a good one, maps a customs hold and falls back for unknown wording", () => {
    const results = parse(own("customs-held.json"));
    expect(results.map((r) => r.trackingNumber)).toEqual(["LX987654321US"]);
    const [t] = results;
    expect(t.events.find((e) => e.rawText === "Held by Customs")!).toMatchObject({
      code: "exception.customs_hold",
      milestone: "exception",
      pitfall: "customs",
    });
    const weather = t.events.at(-1)!;
    expect(weather.rawText).toBe("Delayed due to severe weather");
    expect(weather.code).toBe("exception.weather");
    expect(t.unmapped).toEqual([{ rawCode: "", rawText: "Delayed due to severe weather", guessed: "exception.weather" }]);
  });
});

describe("australiapost parse — errors", () => {
  it("turns the top-level errors body into a CarrierErrorResponse with Australia Post's code", () => {
    const err = thrown(() => parse(shared("ErrorResponse.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ source: "australiapost", code: "51101" });
  });

  it("turns a body whose only result failed into a CarrierErrorResponse", () => {
    const err = thrown(() => parse(shared("TrackingErrorResponse.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ code: "ESB-10001" });
  });

  it("names the field of a malformed or truncated body", () => {
    const text = shared("TrackingResponse.json");
    expect(thrown(() => parse(text.slice(0, 400)))).toMatchObject({ name: "CarrierFormatError", field: "body" });
    expect(thrown(() => parse({ tracking_results: {} }))).toMatchObject({ field: "tracking_results" });
    expect(thrown(() => parse({}))).toMatchObject({ field: "tracking_results" });

    const body = JSON.parse(text);
    delete body.tracking_results[1].trackable_items[0].events[2].date;
    expect(thrown(() => parse(body))).toMatchObject({ field: "tracking_results[1].trackable_items[0].events[2].date" });

    const bad = JSON.parse(text);
    bad.tracking_results[0].trackable_items[0].items[0].events[0].date = "29/01/2021 11:31";
    expect(thrown(() => parse(bad))).toMatchObject({
      field: "tracking_results[0].trackable_items[0].items[0].events[0].date",
    });
  });

  it("never throws anything but its own errors and never emits an event without a milestone", () => {
    const base = JSON.parse(shared("TrackingResponse.json"));
    const mutate = (value: unknown, pathKeys: string[], replacement: unknown): unknown => {
      const copy = structuredClone(value) as Record<string, unknown>;
      let node: Record<string, unknown> = copy;
      for (let i = 0; i < pathKeys.length - 1; i++) {
        const next = node[pathKeys[i]];
        if (typeof next !== "object" || next === null) return copy;
        node = next as Record<string, unknown>;
      }
      node[pathKeys.at(-1)!] = replacement;
      return copy;
    };
    const keyPath = fc.array(
      fc.oneof(fc.constantFrom("tracking_results", "trackable_items", "items", "events", "date", "description", "location", "tracking_id", "errors"), fc.nat(9).map(String)),
      { minLength: 1, maxLength: 7 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string()), keyPath, fc.anything(), fc.nat(6000), (junk, keys, replacement, cut) => {
        for (const input of [junk, mutate(base, keys, replacement), JSON.stringify(base).slice(0, cut)]) {
          try {
            for (const t of parse(input)) for (const e of t.events) expect(e.milestone).toBeTruthy();
          } catch (err) {
            if (!(err instanceof CarrierFormatError) && !(err instanceof CarrierErrorResponse)) throw err;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("australiapost phrase keys", () => {
  it("normalizes case, dashes, spacing and a closing full stop", () => {
    expect(phraseKey("  Delivered \u2013 Left in a  safe place. ")).toBe("delivered - left in a safe place");
    expect(australiaPostCode("Delivered \u2013 Left in a safe place.")).toBe("delivered.safe_place");
  });

  it("tells a parcel locker from a post office and leaves unknown wording unmapped", () => {
    expect(australiaPostCode("Awaiting collection at Parcel Locker 10112 MELBOURNE")).toBe("available_for_pickup.at_locker");
    expect(australiaPostCode("Awaiting collection at BOX HILL POST SHOP")).toBe("available_for_pickup.at_post_office");
    expect(australiaPostCode("constructor")).toBeUndefined();
    expect(australiaPostCode("Something else happened")).toBeUndefined();
  });
});
