import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { answersSafely, mutatedPayload } from "../shared/fuzz";
import { parse } from "./parse";

const own = (name: string) => ownFixture("dhl_express", name);
const shared = (name: string) => sharedFixture("dhl_express", name);


describe("dhl_express: shared XML Services responses", () => {
  const result = parse(shared("TrackingResponseXML.xml"));

  it("returns one tracking per AWBInfo", () => {
    expect(result.map((t) => t.trackingNumber)).toEqual(["3180831640", "7740842550", "1815115363"]);
  });

  it("keeps every checkpoint of the delivered waybill, oldest first", () => {
    const milan = result[0];
    expect(milan.events).toHaveLength(16);
    const instants = milan.events.map((e) => e.occurredAt);
    expect([...instants].sort()).toEqual(instants);
    expect(milan.events[0]).toMatchObject({ rawCode: "PU", code: "in_transit.picked_up", location: "Barcelona - Spain" });
    expect(milan.events.at(-1)).toMatchObject({ rawCode: "OK", code: "delivered.delivered", milestone: "delivered" });
  });

  it("maps the courier, arrival and departure checkpoints", () => {
    const byCode = new Map(result[0].events.map((e) => [e.rawCode, e.code]));
    expect(byCode.get("WC")).toBe("out_for_delivery.out_for_delivery");
    expect(byCode.get("AR")).toBe("in_transit.arrived_at_delivery_facility");
    expect(byCode.get("DF")).toBe("in_transit.departed_facility");
    expect(byCode.get("AF")).toBe("in_transit.arrived_at_facility");
    expect(byCode.get("PL")).toBe("in_transit.processed_at_facility");
  });

  it("reads local date and time without a zone as a wall clock with no offset", () => {
    const wc = result[0].events.find((e) => e.rawCode === "WC")!;
    expect(wc.occurredAt).toBe("2009-08-31T09:19:00.000Z");
    expect(wc.utcOffset).toBeNull();
  });

  it("collapses the line breaks DHL puts inside descriptions", () => {
    const leipzig = result[0].events.find((e) => e.location === "Leipzig - Germany" && e.rawCode === "AF")!;
    expect(leipzig.rawText).toBe("Arrived at DHL facility in Leipzig - Germany");
  });

  it("reads the estimated delivery from EstDlvyDate with its GMT offset", () => {
    const [kingston] = parse(shared("IntransitTrackingResponseXML.xml"));
    expect(kingston.eta).toBe("2021-05-08T03:59:00.000Z");
    expect(kingston.events).toHaveLength(1);
    expect(kingston.events[0].location).toBe("KINGSTON-JAM");
  });
});

describe("dhl_express: own fixtures", () => {
  it("a waybill with shipment data but no checkpoint yet has no events and an ETA", () => {
    const [t] = parse(own("label-created.xml"));
    expect(t.trackingNumber).toBe("1234567893");
    expect(t.events).toEqual([]);
    expect(t.eta).toBe("2024-09-04T11:59:00.000Z");
  });

  it("reads delivery attempts, a bad address, collection and delivery; drops the repeated scan", () => {
    const [t] = parse(own("delivery-attempts.xml"));
    expect(t.events.map((e) => e.rawCode)).toEqual(["PU", "AR", "WC", "NH", "WC", "BA", "CC", "OK"]);
    expect(t.events.map((e) => e.milestone)).toEqual([
      "in_transit",
      "in_transit",
      "out_for_delivery",
      "failed_attempt",
      "out_for_delivery",
      "exception",
      "available_for_pickup",
      "delivered",
    ]);
    const nh = t.events[3];
    expect(nh).toMatchObject({ code: "failed_attempt.recipient_unavailable", pitfall: "recipient_unavailable" });
    expect(t.events[5]).toMatchObject({ code: "exception.address_incorrect", pitfall: "address" });
  });

  it("reads a duties hold, a clearance delay and the return to the shipper", () => {
    const [t] = parse(own("customs-and-return.xml"));
    expect(t.events.map((e) => e.code)).toEqual([
      "in_transit.picked_up",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.customs_processing",
      "exception.customs_duties_due",
      "exception.customs_hold",
      "returning.return_to_sender",
    ]);
    expect(t.events.at(-1)!.location).toBe("LONDON-HEATHROW-GBR");
    expect(t.eta).toBe("2024-03-07T23:59:00.000Z");
  });

  it("an unknown waybill in a batch drops out when another one is found", () => {
    const result = parse(own("batch-one-unknown.xml"));
    expect(result.map((t) => t.trackingNumber)).toEqual(["4617329905"]);
  });

  it("falls back to the wording for a checkpoint code the table lacks and records it", () => {
    const xml = own("delivery-attempts.xml").replace("<EventCode>NH</EventCode>", "<EventCode>ZX</EventCode>");
    const [t] = parse(xml);
    const guessed = t.events.find((e) => e.rawCode === "ZX")!;
    expect(guessed.milestone).toBe("failed_attempt");
    expect(t.unmapped).toEqual([{ rawCode: "ZX", rawText: "Delivery attempted; recipient not home", guessed: guessed.code }]);
  });

  it("accepts an already parsed document", () => {
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(own("delivery-attempts.xml"));
    const [t] = parse(doc);
    expect(t.events).toHaveLength(8);
    expect(t.events[0].rawCode).toBe("PU");
  });
});

describe("dhl_express: errors", () => {
  it("an unknown waybill answers CarrierErrorResponse 103", () => {
    const e = thrown(() => parse(own("not-found.xml")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("103");
    expect((e as CarrierErrorResponse).message).toContain("No Shipments Found for AWBNumber 9999999999");
  });

  it("a rejected login answers CarrierErrorResponse with the condition code", () => {
    const e = thrown(() => parse(own("auth-error.xml")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("100");
  });

  it("a truncated document is a format error on the body", () => {
    const xml = shared("TrackingResponseXML.xml");
    const e = thrown(() => parse(xml.slice(0, xml.indexOf("</ShipmentEvent>", 5000))));
    expect(e).toBeInstanceOf(CarrierFormatError);
    expect((e as CarrierFormatError).field).toBe("body");
  });

  it("a checkpoint without a date names that field", () => {
    const xml = own("delivery-attempts.xml").replace("<Date>2024-06-18</Date>", "");
    const e = thrown(() => parse(xml));
    expect((e as CarrierFormatError).field).toBe("TrackingResponse.AWBInfo[0].ShipmentInfo.ShipmentEvent[1].Date");
  });

  it("an impossible time names the date field", () => {
    const xml = own("delivery-attempts.xml").replace("<Time>13:20:00</Time>", "<Time>25:20:00</Time>");
    expect((thrown(() => parse(xml)) as CarrierFormatError).field).toBe(
      "TrackingResponse.AWBInfo[0].ShipmentInfo.ShipmentEvent[3].Date",
    );
  });

  it("a document of another kind is a format error", () => {
    expect((thrown(() => parse("<Foo><Bar>1</Bar></Foo>")) as CarrierFormatError).field).toBe("TrackingResponse");
    expect((thrown(() => parse(42)) as CarrierFormatError).field).toBe("body");
  });

  it("answers an already parsed document with any node mistyped or removed only with results or carrier errors", () => {
    const doc = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(own("delivery-attempts.xml"));
    fc.assert(fc.property(mutatedPayload(doc), (input) => answersSafely(parse, input)), { numRuns: 300 });
  });
});
