import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, classifyByKeywords } from "../../tracking/normalize";
import { easyPostCode } from "./codes";
import { parse } from "./parse";
import { thrown } from "../fixture-files";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name));


describe("easypost Tracker (GET /trackers/{id})", () => {
  const [t] = parse(fixture("tracker-delivered.json"));

  it("maps each status/status_detail pair, oldest first", () => {
    expect(t.trackingNumber).toBe("397280491672");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      classifyByKeywords("Shipment arriving On-Time"), // unknown/status_update: the words decide
      "in_transit.arrived_at_delivery_facility",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
  });

  it("keeps the local offset EasyPost gives and UTC where it gives Z", () => {
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-09-09T17:54:00.000Z", utcOffset: "+00:00", location: "US" });
    expect(t.events[1]).toMatchObject({ occurredAt: "2024-09-09T22:01:00.000Z", utcOffset: "-07:00", location: "CITY OF INDUSTRY, CA, US" });
    expect(t.events[7]).toMatchObject({
      occurredAt: "2024-09-12T19:19:41.000Z",
      milestone: "delivered",
      rawCode: "delivered/arrived_at_destination",
      location: "OCEANSIDE, CA, US",
    });
  });

  it("lets the words decide an unknown/status_update scan and records it", () => {
    expect(t.unmapped).toEqual([
      { rawCode: "unknown/status_update", rawText: "Shipment arriving On-Time", guessed: t.events[4].code },
    ]);
  });

  it("reads a midnight-UTC estimate as the date it stands for", () => {
    expect(t.eta).toBe("2024-09-12");
  });

  it("orders by instant whatever order the details arrive in", () => {
    const body = json("tracker-delivered.json");
    body.tracking_details.reverse();
    expect(parse(body)[0].events.map((e) => e.code)).toEqual(t.events.map((e) => e.code));
  });
});

describe("easypost webhook Event (tracker.updated)", () => {
  it("reads the Tracker in result: weather delay, failed attempt, held at an access point", () => {
    const [t] = parse(fixture("event-tracker-updated-attempt.json"));
    expect(t.trackingNumber).toBe("1Z999AA10123456784");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.arrived_at_facility",
      "in_transit.delay_weather",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.attempted",
      "available_for_pickup.at_carrier_facility",
    ]);
    expect(t.events[2].pitfall).toBe("weather");
    expect(t.events[4]).toMatchObject({ occurredAt: "2025-01-09T21:10:00.000Z", utcOffset: "-07:00", location: "AURORA, CO, US" });
    expect(t.eta).toBeNull();
    expect(t.unmapped).toEqual([]);
  });

  it("follows a refused parcel back to its sender", () => {
    const [t] = parse(json("event-return-to-sender.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.refused_at_door",
      "returning.return_to_sender",
      // "in_transit" detail on a return_to_sender status is still the return leg
      "returning.return_to_sender",
      "returned.returned_to_sender",
    ]);
    expect(t.events[5]).toMatchObject({ occurredAt: "2024-11-18T05:00:00.000Z", location: "US" });
    expect(t.events[6]).toMatchObject({ milestone: "returned", pitfall: "returned", occurredAt: "2024-11-22T15:04:00.000Z" });
    expect(t.eta).toBe("2024-11-15");
  });

  it("rejects an Event that does not carry a Tracker", () => {
    const body = { object: "Event", description: "batch.updated", result: { object: "Batch", id: "batch_1" } };
    expect(thrown(() => parse(body))).toMatchObject({ field: "result.object" });
  });
});

describe("easypost tracker list", () => {
  const [pre, lost] = parse(fixture("trackers-list.json"));

  it("returns one tracking per tracker", () => {
    expect([pre.trackingNumber, lost.trackingNumber]).toEqual(["EZ1000000001", "420902109405511899223197428490"]);
  });

  it("reads pre_transit/status_update as label created without guessing", () => {
    expect(pre.events.map((e) => e.code)).toEqual(["info_received.label_created", "info_received.label_created"]);
    expect(pre.events[0].location).toBeNull();
    expect(pre.events[1].location).toBe("HOUSTON, TX");
    expect(pre.unmapped).toEqual([]);
    // No est_delivery_date: the carrier's local estimate date.
    expect(pre.eta).toBe("2024-07-05");
  });

  it("maps a lost parcel to the lost exception", () => {
    expect(lost.events.at(-1)).toMatchObject({ code: "exception.lost", pitfall: "lost", rawCode: "failure/lost" });
    expect(lost.events[1].utcOffset).toBe("-04:00");
    expect(lost.eta).toBe("2024-08-06");
  });
});

describe("easypost errors", () => {
  it("turns error bodies into CarrierErrorResponse with EasyPost's code", () => {
    expect(thrown(() => parse(fixture("error-not-found.json")))).toMatchObject({ source: "easypost", code: "NOT_FOUND" });
    const err = thrown(() => parse(json("error-parameter-required.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ code: "PARAMETER.REQUIRED" });
  });

  it("names the field of a truncated or malformed body", () => {
    expect(thrown(() => parse(fixture("tracker-delivered.json").slice(0, 700)))).toMatchObject({ field: "body" });
    expect(thrown(() => parse({ foo: 1 }))).toMatchObject({ field: "object" });
    expect(thrown(() => parse({ error: "nope" }))).toMatchObject({ field: "error" });

    const noTime = json("event-tracker-updated-attempt.json");
    noTime.result.tracking_details[4].datetime = null;
    expect(thrown(() => parse(noTime))).toMatchObject({ field: "result.tracking_details[4].datetime" });

    const badTime = json("trackers-list.json");
    badTime.trackers[1].tracking_details[0].datetime = "2024-02-30T10:00:00Z";
    expect(thrown(() => parse(badTime))).toMatchObject({ field: "trackers[1].tracking_details[0].datetime" });

    const noCode = json("tracker-delivered.json");
    delete noCode.tracking_code;
    noCode.object = "Tracker";
    expect(thrown(() => parse(noCode))).toMatchObject({ field: "tracking_code" });
  });
});

describe("easypost code table", () => {
  it("lets delivered, returning and cancelled statuses outrank a progress detail", () => {
    expect(easyPostCode("delivered", "arrived_at_destination")).toBe("delivered.delivered");
    expect(easyPostCode("return_to_sender", "departed_facility")).toBe("returning.return_to_sender");
    expect(easyPostCode("cancelled", "status_update")).toBe("exception.cancelled");
  });

  it("uses the detail under other statuses and the pair where it is more precise", () => {
    expect(easyPostCode("in_transit", "missorted")).toBe("in_transit.missorted");
    expect(easyPostCode("in_transit", "address_correction")).toBe("in_transit.address_corrected");
    expect(easyPostCode("failure", "damaged")).toBe("exception.damaged");
    expect(easyPostCode("delivered", "damaged")).toBe("delivered.damaged");
    expect(easyPostCode("return_to_sender", "damaged")).toBe("returning.damaged");
  });

  it("has no answer when neither half says anything", () => {
    expect(easyPostCode("unknown", "unknown")).toBeUndefined();
    expect(easyPostCode("error", null)).toBeUndefined();
    expect(easyPostCode(null, "constructor")).toBeUndefined();
  });
});
