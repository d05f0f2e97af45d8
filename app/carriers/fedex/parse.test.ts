import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, type ParsedTracking } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { parse } from "./parse";

const own = (name: string) => parse(ownFixture("fedex", name));
const shared = (name: string) => parse(sharedFixture("fedex", name));
const only = (result: ParsedTracking[]) => {
  expect(result).toHaveLength(1);
  return result[0];
};

function scanBody(scan: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    transactionId: "t-1",
    output: { completeTrackResults: [{ trackingNumber: "794612345099", trackResults: [{ scanEvents: [scan], ...extra }] }] },
  };
}


describe("fedex parse: journeys", () => {
  it("reads a label-only shipment as info received, keeping the scan's offset", () => {
    const t = only(own("label-created.json"));
    expect(t.trackingNumber).toBe("794612345010");
    expect(t.events).toEqual([
      expect.objectContaining({
        occurredAt: "2024-05-13T20:30:57.000Z",
        utcOffset: "-05:00",
        code: "info_received.label_created",
        milestone: "info_received",
        rawCode: "OC",
        location: "US",
      }),
    ]);
    expect(t.eta).toBeNull();
  });

  it("orders an in-transit shipment oldest first and takes ESTIMATED_DELIVERY as the ETA", () => {
    const t = only(own("in-transit.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.picked_up",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.departed_facility",
      "in_transit.in_transit",
    ]);
    expect(t.events[4]).toMatchObject({ occurredAt: "2024-05-14T09:40:00.000Z", utcOffset: "-04:00", location: "INDIANAPOLIS, IN, US" });
    // 2024-05-16T20:00:00-04:00
    expect(t.eta).toBe("2024-05-17T00:00:00.000Z");
  });

  it("falls back to the estimated window's end when there is no ESTIMATED_DELIVERY", () => {
    const t = only(own("out-for-delivery.json"));
    expect(t.events[t.events.length - 1]).toMatchObject({ code: "out_for_delivery.out_for_delivery", rawText: "On FedEx vehicle for delivery" });
    expect(t.eta).toBe("2024-05-15T21:30:00.000Z");
  });

  it("lets the exception code or wording say why a delivery failed", () => {
    const t = only(own("failed-attempt.json"));
    const tail = t.events.slice(-5);
    expect(tail.map((e) => e.code)).toEqual([
      "failed_attempt.recipient_unavailable", // DE / 08
      "in_transit.arrived_at_facility",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.access_issue", // DE without a code: "No access to recipient's address"
      "available_for_pickup.at_carrier_facility", // HP
    ]);
    expect(tail[0].rawText).toBe("Delivery exception: Customer not available or business closed");
    expect(tail[4].location).toBe("HACKENSACK, NJ, US");
  });

  it("maps shipment exceptions by their wording and guesses an unknown event type from its text", () => {
    const t = only(own("exception.json"));
    const [weather, damaged, customs, unknown] = t.events.slice(-4);
    expect([weather.rawCode, weather.pitfall]).toEqual(["SE", "weather"]); // "Local weather delay"
    expect([damaged.rawCode, damaged.pitfall]).toEqual(["SE", "damage"]); // "Package damaged"
    expect(customs.code).toBe("exception.customs_hold"); // CD
    expect([unknown.rawCode, unknown.milestone]).toEqual(["ZZ", "exception"]); // not in the table
    expect(t.unmapped).toEqual([{ rawCode: "ZZ", rawText: "Incorrect address - recipient moved", guessed: unknown.code }]);
  });

  it("follows a refused shipment into return to shipper", () => {
    const t = only(own("return.json"));
    expect(t.events.slice(-2).map((e) => e.code)).toEqual(["exception.refused", "returning.return_to_sender"]);
  });
});

describe("fedex parse: shared reference responses", () => {
  it("keeps, of a reused tracking number, only the most recently scanned shipment", () => {
    const t = only(shared("DuplicateTrackingResponse.json"));
    expect(t.trackingNumber).toBe("776094337676");
    // the second result (delivered 2024-04-26) wins over the first (last scan 2024-04-26 07:50 at a facility)
    expect(t.events).toHaveLength(8);
    expect(t.events[t.events.length - 1]).toMatchObject({ code: "delivered.delivered", occurredAt: "2024-04-26T16:26:00.000Z", utcOffset: "-07:00" });
    expect(t.events.some((e) => e.rawCode === "HP")).toBe(false);
    expect(t.events.map((e) => e.code)).toContain("in_transit.forwarded_to_pickup_point"); // DE / A47
  });

  it("reads a scan without an offset as local time of unknown zone, without failing the response", () => {
    const t = only(shared("InconsistentDateTimeResponse.json"));
    expect(t.events).toHaveLength(17);
    expect(t.events[0]).toMatchObject({ rawCode: "PU", occurredAt: "2024-08-15T00:00:00.000Z", utcOffset: null });
    expect(t.events[1]).toMatchObject({ rawCode: "OC", occurredAt: "2024-08-15T15:36:00.000Z", utcOffset: "-05:00" });
    expect(t.events[16]).toMatchObject({ code: "delivered.delivered", location: "Blue Point, NY, US" });
  });

  it("skips a not-found result beside a found one and reads the documented example", () => {
    const t = only(shared("TrackingResponse.json"));
    expect(t.trackingNumber).toBe("123456789012");
    expect(t.events).toEqual([
      expect.objectContaining({ code: "in_transit.picked_up", occurredAt: "2018-02-02T19:01:00.000Z", location: "SEATTLE, WA, US" }),
    ]);
    expect(t.eta).toBe("2021-10-15T06:00:00.000Z");
  });

  it("turns error bodies into carrier errors with FedEx's code", () => {
    expect(thrown(() => shared("ErrorResponse.json"))).toMatchObject({ name: "CarrierErrorResponse", code: "TRACKING.TRACKINGNUMBER.EMPTY" });
    const notFound = thrown(() => own("not-found.json"));
    expect(notFound).toBeInstanceOf(CarrierErrorResponse);
    expect(notFound).toMatchObject({ source: "fedex", code: "TRACKING.TRACKINGNUMBER.NOTFOUND" });
    expect(thrown(() => own("auth-error.json"))).toMatchObject({ code: "NOT.AUTHORIZED.ERROR" });
  });

  it("names the missing results of a proof-of-delivery body", () => {
    const err = thrown(() => shared("ProofOfDeliveryResponse.json"));
    expect(err).toBeInstanceOf(CarrierFormatError);
    expect(err).toMatchObject({ field: "output.completeTrackResults" });
  });
});

describe("fedex parse: malformed scans", () => {
  const path = "output.completeTrackResults[0].trackResults[0].scanEvents[0]";

  it("names a scan date that is missing or not a date", () => {
    expect(thrown(() => parse(scanBody({ eventType: "PU" })))).toMatchObject({ name: "CarrierFormatError", field: `${path}.date` });
    expect(thrown(() => parse(scanBody({ date: "2024-13-02T10:00:00-05:00", eventType: "PU" })))).toMatchObject({ field: `${path}.date` });
    expect(thrown(() => parse(scanBody({ date: 1714000000, eventType: "PU" })))).toMatchObject({ field: `${path}.date` });
  });

  it("names the body when the text is cut off", () => {
    const text = ownFixture("fedex", "in-transit.json");
    expect(thrown(() => parse(text.slice(0, 500)))).toMatchObject({ name: "CarrierFormatError", field: "body" });
  });

  it("reads the derived status code when the event type is missing", () => {
    const [t] = parse(scanBody({ date: "2024-05-15T10:00:00-04:00", derivedStatusCode: "DL", eventDescription: "Delivered" }));
    expect(t.events[0]).toMatchObject({ code: "delivered.delivered", rawCode: "DL" });
  });
});
