import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => ownFixture("royalmail", name);


describe("royalmail: events", () => {
  it("reads a Special Delivery item from pre-advice to signed delivery, oldest first", () => {
    const [t] = parse(own("events-delivered.json"));
    expect(t.trackingNumber).toBe("FQ087430672GB");
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["EVAIP", "info_received.label_created"],
      ["EVPPA", "in_transit.dropped_off"],
      ["EVDAV", "in_transit.accepted"],
      ["EVODO", "in_transit.departed_facility"],
      ["EVIMC", "in_transit.arrived_at_destination_facility"],
      ["EVGPD", "out_for_delivery.out_for_delivery"],
      ["EVKSP", "delivered.signed"],
    ]);
  });

  it("keeps the British Summer Time offset of each event", () => {
    const [t] = parse(own("events-delivered.json"));
    expect(t.events.at(-1)).toMatchObject({ occurredAt: "2024-10-18T11:41:00.000Z", utcOffset: "+01:00", location: "Stafford DO" });
  });

  it("takes the estimated delivery date, not the window", () => {
    expect(parse(own("events-delivered.json"))[0].eta).toBe("2024-10-18");
  });

  it("reads a missed delivery, the card, and collection from the delivery office", () => {
    const [t] = parse(own("events-missed-then-collected.json"));
    expect(t.events.map((e) => e.milestone)).toEqual([
      "in_transit",
      "in_transit",
      "out_for_delivery",
      "failed_attempt",
      "available_for_pickup",
      "delivered",
    ]);
    expect(t.events[3]).toMatchObject({ rawCode: "EVKNA", code: "failed_attempt.recipient_unavailable", utcOffset: "+00:00" });
    expect(t.events[4].code).toBe("available_for_pickup.after_failed_attempt");
    expect(t.events[5].code).toBe("delivered.picked_up");
  });

  it("reads customs, a fee to pay and a refusal returned to the sender", () => {
    const [t] = parse(own("events-fee-refused-returned.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "in_transit.arrived_in_destination_country",
      "in_transit.customs_processing",
      "in_transit.customs_cleared",
      "exception.payment_due",
      "returning.refused",
    ]);
    expect(t.events[3].pitfall).toBe("payment");
    expect(t.eta).toBeNull();
  });

  it("an event code the table lacks falls back to the event name", () => {
    const body = JSON.parse(own("events-missed-then-collected.json"));
    body.mailPieces.events[2].eventCode = "EVQQQ";
    const [t] = parse(body);
    expect(t.events.find((e) => e.rawCode === "EVQQQ")!.code).toBe("failed_attempt.attempted");
    expect(t.unmapped).toEqual([{ rawCode: "EVQQQ", rawText: "Delivery attempted - no answer", guessed: "failed_attempt.attempted" }]);
  });

  it("drops an event the response repeats", () => {
    const body = JSON.parse(own("events-delivered.json"));
    body.mailPieces.events.splice(1, 0, { ...body.mailPieces.events[0] });
    expect(parse(body)[0].events).toHaveLength(7);
  });
});

describe("royalmail: summary", () => {
  it("reads the last event of a found item and drops the unknown one", () => {
    const result = parse(own("summary-two-items.json"));
    expect(result).toHaveLength(1);
    expect(result[0].trackingNumber).toBe("FQ087430672GB");
    expect(result[0].events).toEqual([
      expect.objectContaining({ rawCode: "EVNMI", code: "in_transit.missorted", occurredAt: "2016-10-20T09:04:00.000Z" }),
    ]);
  });

  it("answers CarrierErrorResponse when every item is unknown", () => {
    const body = JSON.parse(own("summary-two-items.json"));
    body.mailPieces.shift();
    expect((thrown(() => parse(body)) as CarrierErrorResponse).code).toBe("E1142");
  });
});

describe("royalmail: errors", () => {
  it("an unknown barcode answers CarrierErrorResponse E1142", () => {
    const e = thrown(() => parse(own("error-not-found.json")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("E1142");
    expect((e as CarrierErrorResponse).message).toContain("isn't recognised");
  });

  it("an unregistered client answers CarrierErrorResponse 401", () => {
    const e = thrown(() => parse(own("error-unauthorized.json")));
    expect((e as CarrierErrorResponse).code).toBe("401");
    expect((e as CarrierErrorResponse).message).toContain("Unauthorized");
  });

  it("truncated JSON is a format error on the body", () => {
    expect((thrown(() => parse(own("events-delivered.json").slice(0, 1200))) as CarrierFormatError).field).toBe("body");
  });

  it("an event without a time, or with an impossible one, names eventDateTime", () => {
    const body = JSON.parse(own("events-delivered.json"));
    delete body.mailPieces.events[4].eventDateTime;
    expect((thrown(() => parse(body)) as CarrierFormatError).field).toBe("mailPieces.events[4].eventDateTime");
    body.mailPieces.events[4].eventDateTime = "2024-02-30T10:00:00Z";
    expect((thrown(() => parse(body)) as CarrierFormatError).field).toBe("mailPieces.events[4].eventDateTime");
  });

});
