import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => ownFixture("dhl_ecommerce", name);


describe("dhl_ecommerce: tracking/v4/package", () => {
  const [t] = parse(own("delivered.json"));

  it("identifies the package by its tracking id and reads the expected delivery date", () => {
    expect(t.trackingNumber).toBe("9261290339161800731625");
    expect(t.eta).toBe("2024-03-13");
  });

  it("reads the journey from label to delivery, oldest first", () => {
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "info_received.awaiting_dropoff",
      "in_transit.accepted",
      "in_transit.processed_at_facility",
      "in_transit.departed_facility",
      "in_transit.arrived_at_destination_facility",
      "in_transit.handed_to_postal_operator",
      "in_transit.arrived_at_facility",
      "in_transit.arrived_at_delivery_facility",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
    expect(t.events.at(-1)).toMatchObject({ rawCode: "600", rawText: "DELIVERED", location: "Henderson, NV, US" });
  });

  it("resolves generic US zones by daylight saving on each date", () => {
    const at = new Map(t.events.map((e) => [e.rawText, [e.occurredAt, e.utcOffset]]));
    // ET before the 2024-03-10 switch is EST.
    expect(at.get("LABEL CREATED")).toEqual(["2024-03-05T19:05:23.000Z", "-05:00"]);
    // PT before the switch is PST, after it PDT.
    expect(at.get("ARRIVAL DESTINATION DHL ECOMMERCE FACILITY")).toEqual(["2024-03-08T18:51:20.000Z", "-08:00"]);
    expect(at.get("ARRIVED USPS SORT FACILITY")).toEqual(["2024-03-12T05:02:00.000Z", "-07:00"]);
  });

  it("reads explicit and generic Central zones around the autumn change", () => {
    const [p] = parse(own("notice-left-pickup.json"));
    expect(p.events.map((e) => [e.code, e.occurredAt, e.utcOffset])).toEqual([
      ["out_for_delivery.out_for_delivery", "2024-11-02T13:15:00.000Z", "-05:00"],
      ["failed_attempt.notice_left", "2024-11-02T20:44:00.000Z", "-05:00"],
      ["available_for_pickup.at_pickup_point", "2024-11-04T16:02:00.000Z", "-06:00"],
    ]);
  });

  it("reads visible damage and the return to the sender", () => {
    const [p] = parse(own("damaged-returned.json"));
    expect(p.trackingNumber).toBe("GM2951173218004410");
    expect(p.events.map((e) => [e.code, e.pitfall])).toEqual([
      ["in_transit.departed_facility", null],
      ["exception.damaged", "damage"],
      ["returning.return_to_sender", "returned"],
    ]);
    expect(p.eta).toBeNull();
  });

  it("an event neither its id nor its wording is known for falls back by keywords", () => {
    const body = JSON.parse(own("damaged-returned.json"));
    body.packages[0].events[1] = { ...body.packages[0].events[1], primaryEventId: 655, primaryEventDescription: "UNDELIVERABLE AS ADDRESSED" };
    const [p] = parse(body);
    expect(p.events[1]).toMatchObject({ rawCode: "655", code: "exception.address_incorrect" });
    expect(p.unmapped).toEqual([{ rawCode: "655", rawText: "UNDELIVERABLE AS ADDRESSED", guessed: "exception.address_incorrect" }]);
  });

  it("an unknown zone abbreviation keeps local time with no offset", () => {
    const body = JSON.parse(own("damaged-returned.json"));
    body.packages[0].events[0].timeZone = "LT";
    const [p] = parse(body);
    expect(p.events.at(-1)).toMatchObject({ occurredAt: "2024-08-19T09:40:00.000Z", utcOffset: null });
  });

  it("drops a repeated event", () => {
    const body = JSON.parse(own("damaged-returned.json"));
    body.packages[0].events.push({ ...body.packages[0].events[2] });
    expect(parse(body)[0].events).toHaveLength(3);
  });
});

describe("dhl_ecommerce: errors", () => {
  it("a problem body answers CarrierErrorResponse with the error type's code", () => {
    const e = thrown(() => parse(own("error-not-found.json")));
    expect(e).toBeInstanceOf(CarrierErrorResponse);
    expect((e as CarrierErrorResponse).code).toBe("404.0000001");
    const auth = thrown(() => parse(own("error-unauthorized.json"))) as CarrierErrorResponse;
    expect(auth.code).toBe("401.0000001");
    expect(auth.message).toContain("access token is invalid");
  });

  it("truncated JSON is a format error on the body; a body of another kind names packages", () => {
    expect((thrown(() => parse(own("delivered.json").slice(0, 700))) as CarrierFormatError).field).toBe("body");
    expect((thrown(() => parse({ shipments: [] })) as CarrierFormatError).field).toBe("packages");
  });

  it("an event without a date names that field", () => {
    const body = JSON.parse(own("delivered.json"));
    body.packages[0].events[3].date = null;
    expect((thrown(() => parse(body)) as CarrierFormatError).field).toBe("packages[0].events[3].date");
  });

});
