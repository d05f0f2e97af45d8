import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { answersSafely, mutatedPayload } from "../shared/fuzz";
import { zoneOffset } from "../shared/zone-abbreviations";
import { parse } from "./parse";

const own = (name: string) => ownFixture("canadapost", name);
const shared = (name: string) => sharedFixture("canadapost", name);


describe("canadapost: shared tracking details", () => {
  const [t] = parse(shared("TrackingResponseXml.xml"));

  it("reads the pin, the expected delivery date and every significant event", () => {
    expect(t.trackingNumber).toBe("7023210039414604");
    expect(t.eta).toBe("2011-04-05");
    expect(t.events).toHaveLength(6);
  });

  it("applies the EST zone to the local event time", () => {
    const out = t.events.find((e) => e.rawCode === "0174")!;
    expect(out).toMatchObject({ occurredAt: "2011-02-03T13:27:43.000Z", utcOffset: "-05:00", location: "SAINTE-FOY, QC" });
  });

  it("maps identifiers with leading zeros and the signature event", () => {
    const codes = t.events.map((e) => [e.rawCode, e.code]);
    expect(codes).toContainEqual(["0174", "out_for_delivery.out_for_delivery"]);
    expect(codes).toContainEqual(["0100", "in_transit.processed_at_facility"]);
    expect(codes).toContainEqual(["1496", "delivered.delivered"]);
    expect(codes).toContainEqual(["0173", "in_transit.address_corrected"]);
    expect(codes).toContainEqual(["20", "delivered.signed"]);
    expect(t.unmapped).toEqual([]);
  });

  it("orders the newest-first history oldest first", () => {
    const instants = t.events.map((e) => e.occurredAt);
    expect([...instants].sort()).toEqual(instants);
    expect(t.events[0].occurredAt).toBe("2011-02-01T12:59:52.000Z");
  });

  it("answers an unknown pin with CarrierErrorResponse 004", () => {
    const e = thrown(() => parse(shared("UnknownTrackingNumberResponse.xml")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("004");
    expect((e as CarrierErrorResponse).message).toContain("No Pin History");
  });
});

describe("canadapost: own fixtures", () => {
  it("reads label, acceptance, out for delivery, notice card, pickup and collection in order", () => {
    const [t] = parse(own("notice-card-pickup.xml"));
    expect(t.trackingNumber).toBe("1371134583769923");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.dropped_off",
      "in_transit.processed_at_facility",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.notice_left",
      "available_for_pickup.at_post_office",
      "delivered.picked_up",
    ]);
    expect(t.eta).toBe("2024-07-09");
  });

  it("converts each Canadian zone abbreviation to its offset", () => {
    const [t] = parse(own("notice-card-pickup.xml"));
    const at = new Map(t.events.map((e) => [e.rawCode, [e.occurredAt, e.utcOffset]]));
    expect(at.get("3000")).toEqual(["2024-07-05T01:03:44.000Z", "-04:00"]); // EDT
    expect(at.get("1302")).toEqual(["2024-07-05T19:18:09.000Z", "-02:30"]); // NDT
    expect(at.get("0100")).toEqual(["2024-07-07T05:17:50.000Z", "-06:00"]); // MDT
    expect(at.get("0174")).toEqual(["2024-07-09T15:02:31.000Z", "-07:00"]); // PDT
  });

  it("joins site and province; an event with neither has no location", () => {
    const [t] = parse(own("notice-card-pickup.xml"));
    expect(t.events[0].location).toBeNull();
    expect(t.events[1].location).toBe("ST. JOHN'S, NL");
  });

  it("reads a customs hold, a refusal and the item's arrival back at the sender", () => {
    const [t] = parse(own("refused-returned.xml"));
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["4202", "in_transit.departed_origin_country"],
      ["0810", "exception.customs_hold"],
      ["0910", "in_transit.customs_cleared"],
      ["0174", "out_for_delivery.out_for_delivery"],
      ["1417", "returning.refused"],
      ["1496", "returned.returned_to_sender"],
    ]);
    expect(t.events[1].pitfall).toBe("customs");
    expect(t.eta).toBe("2024-11-22");
  });

  it("leaves an event from abroad without zone as local time with no offset", () => {
    const [t] = parse(own("refused-returned.xml"));
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-11-16T05:12:00.000Z", utcOffset: null, location: "USCHIA" });
  });

  it("reads the French wording of a delivery back to the sender as returned, entities decoded", () => {
    const xml = own("refused-returned.xml").replace(
      "Item successfully returned to sender",
      "L&apos;article a &#233;t&#xE9; renvoy&#233; avec succ&#232;s &#224; l&apos;exp&#233;diteur.",
    );
    const last = parse(xml)[0].events.at(-1)!;
    expect(last.rawText).toBe("L'article a été renvoyé avec succès à l'expéditeur.");
    expect(last.code).toBe("returned.returned_to_sender");
  });

  it("an identifier the table lacks falls back to the description", () => {
    const xml = own("refused-returned.xml").replace("<event-identifier>0810</event-identifier>", "<event-identifier>9811</event-identifier>");
    const [t] = parse(xml);
    expect(t.events[1]).toMatchObject({ rawCode: "9811", code: "exception.customs_hold" });
    expect(t.unmapped).toEqual([{ rawCode: "9811", rawText: "Item held by Customs", guessed: "exception.customs_hold" }]);
  });

  it("a wrapped document and an already parsed object read the same", () => {
    const xml = own("notice-card-pickup.xml");
    const wrapped = `<wrapper>${xml.replace(/^<\?xml[^>]*>\s*/, "")}</wrapper>`;
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(xml);
    expect(parse(wrapped)).toEqual(parse(xml));
    expect(parse(doc)).toEqual(parse(xml));
  });

  it("reads North American generic zones by the daylight-saving rule of the date", () => {
    expect(zoneOffset("ET", Date.UTC(2024, 2, 10, 1, 59))).toBe("-05:00");
    expect(zoneOffset("ET", Date.UTC(2024, 2, 10, 2, 0))).toBe("-04:00");
    expect(zoneOffset("PT", Date.UTC(2024, 10, 3, 2, 0))).toBe("-08:00");
    expect(zoneOffset("CT", Date.UTC(2006, 3, 1, 12, 0))).toBe("-06:00");
    expect(zoneOffset("CT", Date.UTC(2006, 3, 2, 12, 0))).toBe("-05:00");
    expect(zoneOffset("ISRAEL", Date.UTC(2024, 0, 1))).toBeNull();
  });
});

describe("canadapost: errors", () => {
  it("a rejected request answers CarrierErrorResponse with the message code", () => {
    const e = thrown(() => parse(own("unauthorized.xml")));
    expect((e as CarrierErrorResponse).code).toBe("E002");
    expect((e as CarrierErrorResponse).message).toContain("AA004");
    expect((thrown(() => parse(own("no-pin-history.xml"))) as CarrierErrorResponse).code).toBe("004");
  });

  it("a truncated document is a format error on the body", () => {
    const xml = own("notice-card-pickup.xml");
    expect((thrown(() => parse(xml.slice(0, xml.length - 40))) as CarrierFormatError).field).toBe("body");
  });

  it("an occurrence without a date names that field", () => {
    const xml = own("notice-card-pickup.xml").replace("<event-date>2024-07-10</event-date>", "<event-date/>");
    expect((thrown(() => parse(xml)) as CarrierFormatError).field).toBe("tracking-detail[0].significant-events.occurrence[1].event-date");
  });

  it("answers an already parsed document with any node mistyped or removed only with results or carrier errors", () => {
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(own("refused-returned.xml"));
    fc.assert(fc.property(mutatedPayload(doc), (input) => answersSafely(parse, input)), { numRuns: 300 });
  });
});
