import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, classifyByKeywords } from "../../tracking/normalize";
import { shippoCode } from "./codes";
import { parse } from "./parse";
import { thrown } from "../fixture-files";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name));


describe("shippo Track (GET /tracks/{carrier}/{number})", () => {
  const [t] = parse(fixture("track-delivered.json"));

  it("reads the history once: tracking_status repeats its newest entry", () => {
    expect(t.trackingNumber).toBe("9205590164917312751089");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.sorting",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
    expect(t.unmapped).toEqual([]);
  });

  it("keeps UTC status dates, locations and the order of scans at the same instant", () => {
    expect(t.events[3]).toMatchObject({ occurredAt: "2024-10-16T12:47:00.000Z", utcOffset: "+00:00", location: "Portland, OR, US", rawCode: "package_arrived" });
    expect(t.events[4]).toMatchObject({ occurredAt: "2024-10-16T12:47:00.000Z", location: null, rawText: "In Transit to Next Facility" });
    expect(t.events[6]).toMatchObject({ milestone: "delivered", rawText: "Delivered, In/At Mailbox" });
  });

  it("reads a midnight-UTC eta as a date", () => {
    expect(t.eta).toBe("2024-10-17");
  });

  it("adds tracking_status when the history does not hold it", () => {
    const body = json("track-delivered.json");
    body.tracking_history.pop();
    expect(parse(body)[0].events.at(-1)).toMatchObject({ code: "delivered.delivered", occurredAt: "2024-10-17T19:41:00.000Z" });
    expect(parse(body)[0].events).toHaveLength(7);
  });
});

describe("shippo track_updated webhook", () => {
  it("maps a weather delay, a failed attempt, an address issue and a held parcel", () => {
    const [t] = parse(fixture("webhook-track-updated-attempt.json"));
    expect(t.trackingNumber).toBe("1Z4V81E40312345675");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      classifyByKeywords("Severe weather conditions have delayed delivery."), // unknown substatus: the words decide
      "out_for_delivery.out_for_delivery",
      "failed_attempt.attempted",
      "exception.address_incorrect",
      "available_for_pickup.at_pickup_point",
    ]);
    expect(t.events[0].location).toBe("US");
    expect(t.events[2].pitfall).toBe("weather");
    expect(t.events[5]).toMatchObject({ pitfall: "address", location: "Columbus, OH, US", occurredAt: "2025-02-07T15:05:00.000Z" });
    expect(t.eta).toBe("2025-02-10T21:00:00.000Z");
  });

  it("bounds an unknown substatus by its status and records it", () => {
    const [t] = parse(fixture("webhook-track-updated-attempt.json"));
    expect(t.unmapped).toEqual([
      { rawCode: "information_from_carrier", rawText: "Severe weather conditions have delayed delivery.", guessed: t.events[2].code },
    ]);
    // Under TRANSIT a guess may land on any in-network milestone, never on delivered or returned.
    expect(["in_transit", "exception"]).toContain(t.events[2].milestone);
  });

  it("follows an unclaimed parcel back to the shipper", () => {
    const [t] = parse(json("webhook-returned.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.departed_facility",
      "available_for_pickup.at_pickup_point",
      "returning.unclaimed",
      "returning.return_to_sender",
      // RETURNED + delivered: the return reached the shipper
      "returned.returned_to_sender",
    ]);
    expect(t.events[2].location).toBe("Lyon, FR");
    expect(t.eta).toBeNull();
  });

  it("refuses other webhook events", () => {
    expect(thrown(() => parse({ event: "transaction_created", data: {} }))).toMatchObject({ field: "event" });
  });
});

describe("shippo tracks without scans and with exceptions", () => {
  it("returns no events for a number the carrier has not reported yet", () => {
    const [t] = parse(fixture("track-unknown.json"));
    expect(t).toEqual({ trackingNumber: "794644790138", events: [], eta: null, unmapped: [] });
  });

  it("reads a plain status without substatus by its words within the status", () => {
    const [t] = parse(fixture("track-lost.json"));
    expect(t.events.map((e) => e.code)).toEqual([classifyByKeywords("Picked up"), "in_transit.arrived_at_facility", "exception.lost"]);
    expect(t.events[0].milestone).toBe("in_transit");
    expect(t.events[2]).toMatchObject({ milestone: "exception", pitfall: "lost", location: null });
    expect(t.unmapped).toEqual([]);
    expect(t.eta).toBe("2024-06-13T20:00:00.000Z");
  });
});

describe("shippo errors", () => {
  it("turns Shippo's error bodies into CarrierErrorResponse", () => {
    expect(thrown(() => parse(fixture("error-not-found.json")))).toMatchObject({ source: "shippo", code: "not_found" });
    expect(thrown(() => parse(fixture("error-unauthorized.json")))).toMatchObject({ code: "unauthorized" });
    const invalid = thrown(() => parse(fixture("error-invalid-carrier.json")));
    expect(invalid).toBeInstanceOf(CarrierErrorResponse);
    expect(invalid).toMatchObject({ code: "invalid_carrier" });
    expect((invalid as Error).message).toContain("fedx");
  });

  it("names the field of a truncated or malformed body", () => {
    expect(thrown(() => parse(fixture("track-delivered.json").slice(0, 1000)))).toMatchObject({ field: "body" });
    expect(thrown(() => parse({}))).toMatchObject({ field: "tracking_number" });
    expect(thrown(() => parse({ carrier: "usps", messages: [] }))).toMatchObject({ field: "tracking_number" });

    const noDate = json("webhook-returned.json");
    noDate.data.tracking_history[3].status_date = null;
    expect(thrown(() => parse(noDate))).toMatchObject({ field: "data.tracking_history[3].status_date" });

    const badDate = json("track-delivered.json");
    badDate.tracking_history[1].status_date = "14/10/2024";
    expect(thrown(() => parse(badDate))).toMatchObject({ field: "tracking_history[1].status_date" });

    const deliveredNoDate = json("track-delivered.json");
    deliveredNoDate.tracking_status.object_id = "not-in-history";
    deliveredNoDate.tracking_status.status_date = null;
    expect(thrown(() => parse(deliveredNoDate))).toMatchObject({ field: "tracking_status.status_date" });
  });
});

describe("shippo code table", () => {
  it("maps substatuses precisely and lets RETURNED/DELIVERED change their meaning", () => {
    expect(shippoCode("TRANSIT", "notice_left", null).code).toBe("failed_attempt.notice_left");
    expect(shippoCode("TRANSIT", "location_inaccessible", null).code).toBe("failed_attempt.access_issue");
    expect(shippoCode("FAILURE", "package_disposed", null).code).toBe("returned.disposed");
    expect(shippoCode("DELIVERED", "package_damaged", null).code).toBe("delivered.damaged");
    expect(shippoCode("TRANSIT", "package_damaged", null).code).toBe("exception.damaged");
  });

  it("keeps a guess inside the status and has no answer without one", () => {
    expect(shippoCode("DELIVERED", "brand_new_code", "Out for delivery")).toEqual({ code: "delivered.delivered", guessed: true });
    // "other" is a known code that adds nothing: a guess within TRANSIT, not recorded as unmapped.
    expect(shippoCode("TRANSIT", "other", "Delivered")).toEqual({ code: "in_transit.in_transit", guessed: false });
    expect(shippoCode("UNKNOWN", null, "Label created")).toEqual({ code: undefined, guessed: true });
  });
});
