import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { answersSafely, mutatedPayload } from "../shared/fuzz";
import { parse } from "./parse";

const own = (name: string) => ownFixture("dhl_parcel_de", name);
const shared = (name: string) => sharedFixture("dhl_parcel_de", name);


describe("dhl_parcel_de: piece detail", () => {
  it("reads the shared delivered piece: posting at a Packstation to delivery", () => {
    const [t] = parse(shared("TrackingResponseXML.xml"));
    expect(t.trackingNumber).toBe("00340434161094015902");
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["ES", "in_transit.dropped_off"],
      ["AA", "in_transit.processed_at_facility"],
      ["AE", "in_transit.picked_up"],
      ["AA", "in_transit.processed_at_facility"],
      ["EE", "in_transit.arrived_at_destination_facility"],
      ["PO", "out_for_delivery.out_for_delivery"],
      ["ZU", "delivered.delivered"],
    ]);
  });

  it("reads German local time without zone and joins location and country", () => {
    const [t] = parse(shared("TrackingResponseXML.xml"));
    expect(t.events.at(-1)).toMatchObject({ occurredAt: "2016-03-18T10:02:00.000Z", utcOffset: null, location: "Bonn, Germany" });
    expect(t.events[5].location).toBeNull();
  });

  it("reads data received, a missed delivery, damage and the return by their event and reason codes", () => {
    const [t] = parse(own("attempt-damage-return.xml"));
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.processed_at_facility",
      "in_transit.arrived_at_destination_facility",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.attempted",
      "exception.damaged",
      "returning.return_to_sender",
    ]);
    expect(t.events[4]).toMatchObject({ rawCode: "NTDEL", location: "Karlsruhe, Germany" });
    expect(t.unmapped).toEqual([]);
  });

  it("an event whose codes are all unknown falls back to its wording", () => {
    const xml = own("attempt-damage-return.xml").replace('ice="RETRN"\n        ric="OTHER"\n        event-location="Bruchsal"', 'ice="QQQQQ"\n        ric="OTHER"\n        event-location="Bruchsal"');
    const [t] = parse(xml);
    expect(t.events.at(-1)).toMatchObject({ rawCode: "QQQQQ", code: "returning.return_to_sender" });
    expect(t.unmapped).toHaveLength(1);
  });

  it("answers an unknown piece with CarrierErrorResponse 100", () => {
    const e = thrown(() => parse(shared("TrackingErrorResponseXML.xml")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("100");
    expect((e as CarrierErrorResponse).message).toContain("No data found");
  });

  it("a truncated document is a format error on the body; a bad timestamp names its field", () => {
    const xml = own("attempt-damage-return.xml");
    expect((thrown(() => parse(xml.slice(0, xml.lastIndexOf("</data>")))) as CarrierFormatError).field).toBe("body");
    const bad = xml.replace('event-timestamp="10.09.2024 03:30"', 'event-timestamp="2024-09-10 03:30"');
    expect((thrown(() => parse(bad)) as CarrierFormatError).field).toBe("data.data[0].data[0].data[2].event-timestamp");
  });

  it("answers an already parsed document with any node mistyped or removed only with results or carrier errors", () => {
    const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => n === "data" }).parse(own("attempt-damage-return.xml"));
    fc.assert(fc.property(mutatedPayload(doc), (input) => answersSafely(parse, input)), { numRuns: 300 });
  });
});
