import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, type ParsedTracking } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => parse(ownFixture("ups", name));
const only = (result: ParsedTracking[]) => {
  expect(result).toHaveLength(1);
  return result[0];
};
const codes = (t: ParsedTracking) => t.events.map((e) => e.code);

function activityBody(activity: Record<string, unknown>): string {
  return JSON.stringify({
    trackResponse: { shipment: [{ inquiryNumber: "1Z999AA10123456784", package: [{ trackingNumber: "1Z999AA10123456784", activity: [activity] }] }] },
  });
}


describe("ups parse: journeys", () => {
  it("reads a delivered package oldest first, with UTC instants from the gmt fields and the local offset kept", () => {
    const t = only(own("delivered.json"));
    expect(t.trackingNumber).toBe("1Z81WV380316886844");
    expect(t.events).toHaveLength(10);
    expect(codes(t)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.processed_at_facility",
      "out_for_delivery.with_courier",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
    // 2024-03-04 17:34:05 in Salem, OR (-08:00)
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-03-05T01:34:05.000Z", utcOffset: "-08:00", rawCode: "MP", location: "US" });
    // Hodgkins, IL is on -06:00 and Paramus, NJ on -05:00: each scan keeps its own offset.
    expect(t.events[3]).toMatchObject({ occurredAt: "2024-03-06T10:12:00.000Z", utcOffset: "-06:00", location: "Hodgkins, IL, US" });
    expect(t.events[9]).toMatchObject({
      occurredAt: "2024-03-08T17:04:35.000Z",
      utcOffset: "-05:00",
      milestone: "delivered",
      location: "Paramus, NJ, US",
      rawCode: "FS",
      rawText: "DELIVERED",
    });
    // only a DEL date: a delivered package has no estimate
    expect(t.eta).toBeNull();
    expect(t.unmapped).toEqual([]);
  });

  it("takes the rescheduled delivery date over the scheduled one as the ETA", () => {
    expect(only(own("in-transit.json")).eta).toBe("2024-03-09");
    expect(only(own("label-created.json")).eta).toBe("2024-03-08");
  });

  it("reads a label-only package as info received", () => {
    const t = only(own("label-created.json"));
    expect(t.events.map((e) => e.milestone)).toEqual(["info_received"]);
  });

  it("tells loading on the vehicle from being out for delivery", () => {
    const t = only(own("out-for-delivery.json"));
    expect(t.events.slice(-2).map((e) => [e.rawCode, e.code])).toEqual([
      ["OF", "out_for_delivery.with_courier"],
      ["OT", "out_for_delivery.out_for_delivery"],
    ]);
  });

  it("guesses an activity code missing from the tables within its status type, and records it", () => {
    const t = only(own("in-transit.json"));
    const last = t.events[t.events.length - 1];
    expect(last).toMatchObject({ rawCode: "AF", milestone: "in_transit" });
    expect(t.unmapped).toEqual([{ rawCode: "AF", rawText: "Arrived at Facility", guessed: last.code }]);
  });

  it("maps failed attempts, the final attempt and the move to an Access Point", () => {
    const t = only(own("failed-attempt.json"));
    const tail = t.events.slice(-5).map((e) => e.code);
    // X / 48 with the generic 013: the description decides, bounded by type X
    expect(t.events[t.events.length - 5].milestone).toBe("failed_attempt");
    expect(tail.slice(1)).toEqual([
      "out_for_delivery.out_for_delivery",
      "failed_attempt.final_attempt", // 024
      "in_transit.forwarded_to_pickup_point", // 057
      "available_for_pickup.at_pickup_point", // 040
    ]);
    expect(t.unmapped.map((u) => u.rawCode)).toEqual(["48"]);
  });

  it("maps weather delay, incomplete address and damage exceptions by status code", () => {
    const t = only(own("exception.json"));
    expect(t.events.slice(-3).map((e) => [e.code, e.pitfall])).toEqual([
      ["in_transit.delay_weather", "weather"],
      ["exception.address_incomplete", "address"],
      ["exception.damaged", "damage"],
    ]);
    expect(t.eta).toBe("2024-03-11");
  });

  it("follows a refused package back to the shipper", () => {
    const t = only(own("return.json"));
    expect(t.events.slice(-3).map((e) => e.code)).toEqual([
      "exception.refused",
      "returning.return_to_sender",
      "returned.returned_to_sender",
    ]);
    // back in Oregon after the DST switch: 10:05 at -07:00
    expect(t.events[t.events.length - 1]).toMatchObject({ occurredAt: "2024-03-18T17:05:00.000Z", utcOffset: "-07:00" });
  });
});

describe("ups parse: time", () => {
  it("keeps local time without a zone when there are no gmt fields", () => {
    const t = only(own("local-time-only.json"));
    expect(t.events.map((e) => [e.occurredAt, e.utcOffset])).toEqual([
      ["2022-01-26T15:16:41.000Z", null],
      ["2022-01-26T16:30:00.000Z", null],
    ]);
  });

  it("reads gmtTime without its leading zero (\"74700\" is 07:47:00 UTC)", () => {
    const [t] = parse(
      activityBody({ status: { type: "I", code: "AR", statusCode: "005" }, date: "20240202", time: "024700", gmtDate: "20240202", gmtTime: "74700", gmtOffset: "-05:00" }),
    );
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-02-02T07:47:00.000Z", utcOffset: "-05:00" });
  });

  it("applies gmtOffset to the local time when gmtDate/gmtTime are absent", () => {
    const [t] = parse(activityBody({ status: { type: "I", code: "DP" }, date: "20240202", time: "194500", gmtOffset: "-08:00" }));
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-02-03T03:45:00.000Z", utcOffset: "-08:00" });
  });

  it("uses the gmt instant with an unknown offset when gmtOffset is missing", () => {
    const [t] = parse(activityBody({ status: { type: "I", code: "DP" }, date: "20240201", time: "194500", gmtDate: "20240202", gmtTime: "03:45:00" }));
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-02-02T03:45:00.000Z", utcOffset: null });
  });
});

describe("ups parse: shared reference responses", () => {
  it("reads UPS's documented example: a customs release, local time only", () => {
    const t = only(parse(sharedFixture("ups", "TrackingResponseJSON.json")));
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({
      occurredAt: "2021-02-10T07:13:56.000Z",
      utcOffset: null,
      code: "in_transit.customs_cleared",
      location: "Wayne, NJ, US",
      rawCode: "SR",
    });
    // its deliveryDate holds the placeholder "string": no estimate
    expect(t.eta).toBeNull();
  });

  it("turns the invalid-number and not-found bodies into carrier errors with UPS's codes", () => {
    const invalid = thrown(() => parse(sharedFixture("ups", "InvalidTrackingNumberResponseJSON.json")));
    expect(invalid).toBeInstanceOf(CarrierErrorResponse);
    expect(invalid).toMatchObject({ source: "ups", code: "TV1002" });
    const notFound = thrown(() => parse(sharedFixture("ups", "TrackingNumberNotFoundResponseJSON.json")));
    expect(notFound).toMatchObject({ name: "CarrierErrorResponse", code: "TW0001" });
    expect(thrown(() => own("auth-error.json"))).toMatchObject({ name: "CarrierErrorResponse", code: "250002" });
  });
});

describe("ups parse: malformed bodies", () => {
  it("names the body when the text is cut off", () => {
    const text = ownFixture("ups", "delivered.json");
    const err = thrown(() => parse(text.slice(0, text.length / 2)));
    expect(err).toBeInstanceOf(CarrierFormatError);
    expect(err).toMatchObject({ field: "body" });
  });

  it("names the missing envelope and wrongly typed arrays", () => {
    expect(thrown(() => parse({ foo: 1 }))).toMatchObject({ name: "CarrierFormatError", field: "trackResponse" });
    expect(thrown(() => parse({ trackResponse: { shipment: {} } }))).toMatchObject({ field: "trackResponse.shipment" });
    const body = JSON.parse(ownFixture("ups", "delivered.json"));
    body.trackResponse.shipment[0].package[0].activity = "none";
    expect(thrown(() => parse(body))).toMatchObject({ field: "trackResponse.shipment[0].package[0].activity" });
  });

  it("refuses a scan whose date or time is missing or not a calendar value, naming that field", () => {
    const path = "trackResponse.shipment[0].package[0].activity[0]";
    expect(thrown(() => parse(activityBody({ status: { type: "I" }, date: "20240230", time: "101010" })))).toMatchObject({
      name: "CarrierFormatError",
      field: `${path}.date`,
    });
    expect(thrown(() => parse(activityBody({ status: { type: "I" }, date: "20240202" })))).toMatchObject({ field: `${path}.time` });
    expect(thrown(() => parse(activityBody({ status: { type: "I" }, date: "20240202", time: "256000" })))).toMatchObject({
      field: `${path}.time`,
    });
    expect(thrown(() => parse(activityBody({ status: { type: "I" }, date: 20240202, time: "101010" })))).toMatchObject({ field: `${path}.date` });
  });

  it("does not change the object it is given", () => {
    const body = JSON.parse(ownFixture("ups", "return.json"));
    const before = JSON.stringify(body);
    parse(body);
    expect(JSON.stringify(body)).toBe(before);
  });
});
