import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => ownFixture("mydhl", name);
const shared = (name: string) => sharedFixture("mydhl", name);


describe("mydhl: shared responses", () => {
  it("orders the newest-first events oldest first and maps them", () => {
    const [t] = parse(shared("TrackingResponse.json"));
    expect(t.trackingNumber).toBe("9356579890");
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["PU", "in_transit.picked_up"],
      ["OK", "delivered.delivered"],
    ]);
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-01-15T08:00:00.000Z", utcOffset: null, location: "Los Angeles, CA" });
  });

  it("keeps only the date of an estimate given as local time without zone", () => {
    expect(parse(shared("TrackingResponse.json"))[0].eta).toBe("2024-01-15");
  });

  it("a problem-details body answers CarrierErrorResponse with its status", () => {
    const e = thrown(() => parse(shared("ErrorResponse.json")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("404");
    expect((e as CarrierErrorResponse).message).toContain("No shipments found");
  });

  it("a proof-of-delivery body is not a tracking response", () => {
    expect((thrown(() => parse(shared("ProofOfDeliveryResponse.json"))) as CarrierFormatError).field).toBe("shipments");
  });
});

describe("mydhl: own fixtures", () => {
  it("applies each event's GMTOffset to its local time and keeps the offset", () => {
    const [t] = parse(own("international-journey.json"));
    expect(t.events).toHaveLength(8);
    expect(t.events[0]).toMatchObject({ rawCode: "PU", occurredAt: "2024-10-21T07:04:00.000Z", utcOffset: "+08:00", location: "Shenzhen-CN" });
    expect(t.events[3]).toMatchObject({ rawCode: "AF", occurredAt: "2024-10-22T13:45:00.000Z", utcOffset: "-07:00" });
    expect(t.events.at(-1)).toMatchObject({ rawCode: "OK", occurredAt: "2024-10-25T15:26:00.000Z", utcOffset: "-04:00" });
    expect(t.eta).toBe("2024-10-25");
  });

  it("orders by instant, not by local clock, across zones", () => {
    // 02:10 in Hong Kong (18:10Z) comes before 06:45 in Cincinnati (13:45Z the same day).
    const [t] = parse(own("international-journey.json"));
    expect(t.events.map((e) => e.rawCode)).toEqual(["PU", "PL", "DF", "AF", "CR", "WC", "NH", "OK"]);
  });

  it("reads the clearance release, the courier, the missed delivery and the delivery", () => {
    const [t] = parse(own("international-journey.json"));
    const codes = new Map(t.events.map((e) => [e.rawCode, e.code]));
    expect(codes.get("CR")).toBe("in_transit.customs_cleared");
    expect(codes.get("WC")).toBe("out_for_delivery.out_for_delivery");
    expect(codes.get("NH")).toBe("failed_attempt.recipient_unavailable");
    expect(codes.get("OK")).toBe("delivered.delivered");
  });

  it("reads a recipient who moved and the return to the shipper", () => {
    const [t] = parse(own("returned.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "in_transit.picked_up",
      "out_for_delivery.out_for_delivery",
      "exception.recipient_moved",
      "returning.return_to_sender",
    ]);
    expect(t.events.at(-1)!.pitfall).toBe("returned");
  });

  it("a shipment with a label but no scan yet has no events", () => {
    const [t] = parse(own("label-created.json"));
    expect(t).toMatchObject({ trackingNumber: "6610042875", events: [], eta: "2024-12-05", unmapped: [] });
  });

  it("a type code the table lacks falls back to the description", () => {
    const body = JSON.parse(own("returned.json"));
    body.shipments[0].events[0].typeCode = "QQ";
    const [t] = parse(body);
    const e = t.events.find((x) => x.rawCode === "QQ")!;
    expect(e.code).toBe("returning.return_to_sender");
    expect(t.unmapped).toEqual([{ rawCode: "QQ", rawText: "Returned to shipper", guessed: "returning.return_to_sender" }]);
  });

  it("drops an event repeated in the same response", () => {
    const body = JSON.parse(own("returned.json"));
    body.shipments[0].events.push({ ...body.shipments[0].events[0] });
    expect(parse(body)[0].events).toHaveLength(4);
  });
});

describe("mydhl: errors", () => {
  it("an unauthorized body answers CarrierErrorResponse 401", () => {
    const e = thrown(() => parse(own("unauthorized.json")));
    expect((e as CarrierErrorResponse).code).toBe("401");
    expect((e as CarrierErrorResponse).message).toContain("Invalid Credentials");
  });

  it("truncated JSON is a format error on the body", () => {
    const text = own("international-journey.json");
    expect((thrown(() => parse(text.slice(0, 900))) as CarrierFormatError).field).toBe("body");
  });

  it("an event without a date names it; a broken offset names GMTOffset", () => {
    const body = JSON.parse(own("international-journey.json"));
    delete body.shipments[0].events[2].date;
    expect((thrown(() => parse(body)) as CarrierFormatError).field).toBe("shipments[0].events[2].date");
    const other = JSON.parse(own("international-journey.json"));
    other.shipments[0].events[1].GMTOffset = "CET";
    expect((thrown(() => parse(other)) as CarrierFormatError).field).toBe("shipments[0].events[1].GMTOffset");
  });

});
