import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, type ParsedTracking } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => parse(ownFixture("usps", name));
const only = (result: ParsedTracking[]) => {
  expect(result).toHaveLength(1);
  return result[0];
};

function eventBody(event: Record<string, unknown>): Record<string, unknown> {
  return { trackingNumber: "9400111899223344556699", trackingEvents: [event] };
}


describe("usps parse: journeys", () => {
  it("reads USPS's delivered example oldest first, placing local times with GMTOffset", () => {
    const t = only(parse(sharedFixture("usps", "TrackingResponse.json")));
    expect(t.trackingNumber).toBe("9400109104250532908587");
    expect(t.events).toHaveLength(12);
    expect(t.events[0]).toMatchObject({
      code: "info_received.label_created",
      rawCode: "GX",
      occurredAt: "2024-11-15T16:32:00.000Z", // 11:32 at -05:00
      utcOffset: "-05:00",
      location: "SPRINGFIELD GARDENS, NY",
    });
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "in_transit.arrived_at_delivery_facility",
      "out_for_delivery.out_for_delivery",
      "delivered.parcel_locker",
    ]);
    expect(t.events[11]).toMatchObject({ occurredAt: "2024-11-22T18:58:00.000Z", location: "HERNANDO, FL", rawText: "Delivered, Parcel Locker" });
    expect(t.unmapped).toEqual([]);
  });

  it("reads the international folder's copy the same way", () => {
    const t = only(parse(sharedFixture("usps_international", "TrackingResponse.json")));
    expect(t.events[t.events.length - 1].code).toBe("delivered.parcel_locker");
  });

  it("reads a label-only item as info received with its expected delivery", () => {
    const t = only(own("label-created.json"));
    expect(t.events.map((e) => e.code)).toEqual(["info_received.label_created"]);
    expect(t.eta).toBe("2026-10-15T04:00:00.000Z");
  });

  it("maps the network scans of an item in transit", () => {
    const t = only(own("in-transit.json"));
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["GX", "info_received.label_created"],
      ["03", "in_transit.accepted"],
      ["A1", "in_transit.arrived_at_facility"],
      ["T1", "in_transit.departed_facility"],
      ["TL", "in_transit.in_transit"],
    ]);
    expect(t.events[4].location).toBeNull();
    expect(t.eta).toBe("2026-10-15T21:00:00.000Z");
  });

  it("reads out for delivery", () => {
    const t = only(own("out-for-delivery.json"));
    expect(t.events[t.events.length - 1]).toMatchObject({ code: "out_for_delivery.out_for_delivery", occurredAt: "2026-10-15T12:41:00.000Z" });
  });

  it("follows a notice left into a pickup at the post office", () => {
    const t = only(own("failed-attempt.json"));
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "failed_attempt.recipient_unavailable", // 56
      "available_for_pickup.at_post_office", // 16
      "delivered.picked_up", // 01 "Delivered, Individual Picked Up at Post Office"
    ]);
  });

  it("maps refusals and delays, and guesses an unknown event code from its words", () => {
    const t = only(own("exception.json"));
    const byCode = Object.fromEntries(t.events.map((e) => [e.rawCode, e]));
    expect(byCode.DX.code).toBe("exception.missing_scans");
    expect(byCode["04"].code).toBe("exception.refused");
    expect(byCode.MX.pitfall).toBe("weather"); // not in the table: the words decide
    expect(t.unmapped).toEqual([{ rawCode: "MX", rawText: "Delivery Exception, Local Weather Delay", guessed: byCode.MX.code }]);
  });

  it("follows a return to sender until it is delivered back", () => {
    const t = only(own("return.json"));
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "returning.undeliverable", // 25 Addressee Unknown
      "returning.return_to_sender", // 09
      "returned.returned_to_sender", // 01 "Delivered, To Original Sender"
    ]);
  });
});

describe("usps parse: time", () => {
  it("keeps the offset unknown when only the local timestamp is given", () => {
    const t = only(own("local-time-only.json"));
    expect(t.events.map((e) => [e.occurredAt, e.utcOffset, e.code])).toEqual([
      ["2026-10-13T15:22:00.000Z", null, "in_transit.accepted"],
      ["2026-10-15T12:55:00.000Z", null, "delivered.safe_place"],
    ]);
  });

  it("infers the offset from GMTTimestamp when GMTOffset is missing (PST, then PDT)", () => {
    const t = only(own("gmt-timestamp-only.json"));
    expect(t.events.map((e) => [e.occurredAt, e.utcOffset])).toEqual([
      ["2026-03-06T23:22:00.000Z", "-08:00"],
      ["2026-03-10T20:12:00.000Z", "-07:00"],
    ]);
  });

  it("uses an offset written into eventTimestamp itself", () => {
    const [t] = parse(eventBody({ eventType: "Arrived at Post Office", eventTimestamp: "2026-10-15T06:02:00-04:00", eventCode: "07" }));
    expect(t.events[0]).toMatchObject({ occurredAt: "2026-10-15T10:02:00.000Z", utcOffset: "-04:00" });
  });

  it("names eventTimestamp when it is missing or not a date", () => {
    const field = "trackingEvents[0].eventTimestamp";
    expect(thrown(() => parse(eventBody({ eventType: "Out for Delivery", eventCode: "OF" })))).toMatchObject({ name: "CarrierFormatError", field });
    expect(thrown(() => parse(eventBody({ eventTimestamp: "yesterday", eventCode: "OF" })))).toMatchObject({ field });
  });
});

describe("usps parse: errors and batches", () => {
  it("turns API and OAuth error bodies into carrier errors", () => {
    expect(thrown(() => own("not-found.json"))).toMatchObject({ name: "CarrierErrorResponse", source: "usps", code: "404" });
    const auth = thrown(() => parse(sharedFixture("usps", "AuthErrorResponse.json")));
    expect(auth).toBeInstanceOf(CarrierErrorResponse);
    expect(auth).toMatchObject({ code: "invalid_client", message: "usps: invalid_client: Client authentication failed." });
    expect(thrown(() => parse(sharedFixture("usps", "ErrorResponse.json")))).toBeInstanceOf(CarrierErrorResponse);
  });

  it("reads a batch, leaving out the numbers USPS could not find", () => {
    const result = own("batch.json");
    expect(result.map((t) => [t.trackingNumber, t.events.length])).toEqual([["9400111899223344556689", 2]]);
  });

  it("names a missing tracking number and a cut-off body", () => {
    expect(thrown(() => parse({ trackingEvents: [] }))).toMatchObject({ name: "CarrierFormatError", field: "trackingNumber" });
    const text = ownFixture("usps", "return.json");
    const err = thrown(() => parse(text.slice(0, 300)));
    expect(err).toBeInstanceOf(CarrierFormatError);
    expect(err).toMatchObject({ field: "body" });
  });
});
