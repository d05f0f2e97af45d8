import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, type ParsedTracking } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => parse(ownFixture("dhl", name));
const only = (result: ParsedTracking[]) => {
  expect(result).toHaveLength(1);
  return result[0];
};

function eventBody(event: Record<string, unknown>): Record<string, unknown> {
  return { shipments: [{ id: "00340434161094042599", service: "parcel-de", events: [event] }] };
}


describe("dhl parse: journeys", () => {
  it("refines DHL Express transit scans by their wording, oldest first, local time without a zone", () => {
    const t = only(own("express-delivered.json"));
    expect(t.trackingNumber).toBe("1234567892");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.picked_up",
      "in_transit.processed_at_facility",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.customs_cleared",
      "in_transit.arrived_at_delivery_facility",
      "out_for_delivery.out_for_delivery",
      "delivered.signed",
    ]);
    expect(t.events[8]).toMatchObject({
      occurredAt: "2024-05-14T12:31:00.000Z",
      utcOffset: null,
      rawCode: "delivered",
      rawText: "Delivered - Signed for by : J SMITH",
      location: "LONDON - UK, GB",
    });
    expect(t.unmapped).toEqual([]);
  });

  it("reads info received with the estimated delivery as an instant", () => {
    const t = only(own("label-created.json"));
    expect(t.events.map((e) => e.milestone)).toEqual(["info_received"]);
    expect(t.eta).toBe("2024-05-15T22:59:00.000Z");
  });

  it("reads an express shipment in transit through customs", () => {
    const t = only(own("in-transit.json"));
    expect(t.events[t.events.length - 1].code).toBe("in_transit.customs_cleared");
    expect(t.eta).toBe("2024-05-14T22:59:00.000Z");
  });

  it("keeps Parcel DE offsets and tells a drop-off at a retail outlet from a pickup there", () => {
    const t = only(own("out-for-delivery.json"));
    expect(t.events[1]).toMatchObject({ code: "in_transit.dropped_off", occurredAt: "2024-11-18T16:45:00.000Z", utcOffset: "+01:00", location: "Bonn, DE" });
    expect(t.events[t.events.length - 1].code).toBe("out_for_delivery.out_for_delivery");
    expect(t.eta).toBe("2024-11-19T17:00:00.000Z");
  });

  it("reads delivered to a neighbour", () => {
    const t = only(own("delivered-neighbour.json"));
    expect(t.events[t.events.length - 1]).toMatchObject({ code: "delivered.neighbour", pitfall: "delivered_elsewhere" });
  });

  it("follows a missed delivery to a pickup at the retail outlet", () => {
    const t = only(own("failed-attempt.json"));
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "failed_attempt.recipient_unavailable",
      "available_for_pickup.at_pickup_point",
      "delivered.picked_up",
    ]);
  });

  it("maps failures by wording and guesses an 'unknown' status from its text, recording it", () => {
    const t = only(own("exception.json"));
    const [customs, unknown, address] = t.events.slice(-3);
    expect([customs.code, address.code]).toEqual(["exception.customs_hold", "exception.address_incorrect"]);
    expect([unknown.rawCode, unknown.pitfall]).toEqual(["unknown", "damage"]);
    expect(t.unmapped).toEqual([{ rawCode: "unknown", rawText: "Shipment damaged - repackaging in progress", guessed: unknown.code }]);
  });

  it("follows a refusal back to the sender", () => {
    const t = only(own("return.json"));
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "exception.refused",
      "returning.return_to_sender",
      "returned.returned_to_sender",
    ]);
  });

  it("never lets wording move a scan out of its statusCode's milestones", () => {
    // "delivered" wording on a pre-transit scan (DHL's own sample does this) stays info received.
    const t = only(parse(sharedFixture("dhl_universal", "TrackingResponseJSON.json")));
    expect(t.trackingNumber).toBe("7777777770");
    expect(t.events).toEqual([
      expect.objectContaining({
        code: "info_received.label_created",
        occurredAt: "2018-03-02T07:53:47.000Z",
        utcOffset: null,
        location: "Oderweg 2, AMSTERDAM, NL",
      }),
    ]);
    expect(t.eta).toBe("2018-08-03T00:00:00.000Z");
  });
});

describe("dhl parse: errors and malformed bodies", () => {
  it("turns problem documents into carrier errors with the HTTP status as code", () => {
    const notFound = thrown(() => parse(sharedFixture("dhl_universal", "TrackingErrorResponseJSON.json")));
    expect(notFound).toBeInstanceOf(CarrierErrorResponse);
    expect(notFound).toMatchObject({ source: "dhl", code: "404" });
    expect(thrown(() => own("auth-error.json"))).toMatchObject({ name: "CarrierErrorResponse", code: "401" });
  });

  it("uses the shipment status as the only scan when DHL sends no events", () => {
    const [t] = parse({
      shipments: [{ id: 1234567894, status: { timestamp: "2024-05-14T08:02:00Z", statusCode: "transit", status: "With delivery courier" } }],
    });
    expect(t.trackingNumber).toBe("1234567894");
    expect(t.events).toEqual([expect.objectContaining({ code: "out_for_delivery.out_for_delivery", utcOffset: "+00:00" })]);
  });

  it("names a missing or invalid timestamp and a missing shipment id", () => {
    expect(thrown(() => parse(eventBody({ statusCode: "transit", status: "Arrived" })))).toMatchObject({
      name: "CarrierFormatError",
      field: "shipments[0].events[0].timestamp",
    });
    expect(thrown(() => parse(eventBody({ timestamp: "2024-02-30T10:00:00", statusCode: "transit" })))).toMatchObject({
      field: "shipments[0].events[0].timestamp",
    });
    expect(thrown(() => parse({ shipments: [{ events: [] }] }))).toMatchObject({ field: "shipments[0].id" });
  });

  it("names the body when the text is cut off", () => {
    const err = thrown(() => parse(ownFixture("dhl", "return.json").slice(0, 200)));
    expect(err).toBeInstanceOf(CarrierFormatError);
    expect(err).toMatchObject({ field: "body" });
  });
});
