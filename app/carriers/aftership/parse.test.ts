import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, classifyByKeywords } from "../../tracking/normalize";
import { afterShipCode } from "./codes";
import { parse } from "./parse";
import { thrown } from "../fixture-files";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name));


describe("aftership classic v4 GET (data.tracking)", () => {
  const [t] = parse(fixture("get-v4-delivered.json"));

  it("reads one tracking, drops the repeated checkpoint and maps each subtag", () => {
    expect(t.trackingNumber).toBe("1Z0V2W930396725847");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "in_transit.in_transit",
      "out_for_delivery.out_for_delivery",
      "delivered.signed",
    ]);
    expect(t.events.map((e) => e.rawCode)).toContain("InTransit_007");
    expect(t.unmapped).toEqual([]);
  });

  it("keeps each checkpoint's own offset and computes the UTC instant from it", () => {
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-05-13T22:02:31.000Z", utcOffset: "-04:00" });
    const memphis = t.events[3];
    expect(memphis).toMatchObject({ occurredAt: "2024-05-15T09:20:00.000Z", utcOffset: "-05:00", location: "Memphis, TN, USA" });
    expect(t.events[6]).toMatchObject({ occurredAt: "2024-05-17T19:21:00.000Z", milestone: "delivered", rawText: "DELIVERED" });
  });

  it("uses the country code when the checkpoint has no city, and v4 expected_delivery as the ETA", () => {
    expect(t.events[0].location).toBe("USA");
    expect(t.eta).toBe("2024-05-17");
  });

  it("orders by instant whatever order the checkpoints arrive in", () => {
    const body = json("get-v4-delivered.json");
    body.data.tracking.checkpoints.reverse();
    const [reversed] = parse(body);
    expect(reversed.events.map((e) => e.occurredAt)).toEqual(t.events.map((e) => e.occurredAt));
  });
});

describe("aftership 2024+ GET (data is the tracking)", () => {
  const [t] = parse(json("get-2025-attempt-fail.json"));

  it("reads the tracking straight from data with country_region locations", () => {
    expect(t.trackingNumber).toBe("9400111899223857294512");
    expect(t.events).toHaveLength(7);
    expect(t.events[4]).toMatchObject({
      code: "in_transit.arrived_at_facility",
      occurredAt: "2025-03-04T13:55:00.000Z",
      utcOffset: "-07:00",
      location: "PHOENIX AZ DISTRIBUTION CENTER, AZ, USA",
    });
  });

  it("maps the failed attempt precisely by subtag", () => {
    const last = t.events.at(-1)!;
    expect(last).toMatchObject({
      code: "failed_attempt.recipient_unavailable",
      milestone: "failed_attempt",
      pitfall: "recipient_unavailable",
      rawCode: "AttemptFail_002",
      location: "TEMPE, AZ, USA",
    });
    expect(t.events[5].code).toBe("out_for_delivery.out_for_delivery");
  });

  it("prefers the carrier's estimate over AfterShip's AI estimate", () => {
    expect(t.eta).toBe("2025-03-06");
  });
});

describe("aftership webhook (msg)", () => {
  const [t] = parse(fixture("webhook-return-to-sender.json"));

  it("follows an international return: customs, wrong address, returning, returned", () => {
    expect(t.trackingNumber).toBe("YT2411221254019377");
    expect(t.events).toHaveLength(12);
    const byRaw = new Map(t.events.map((e) => [e.rawCode, e.code]));
    expect(byRaw.get("InTransit_004")).toBe("in_transit.arrived_in_destination_country");
    expect(byRaw.get("InTransit_006")).toBe("in_transit.customs_processing");
    expect(byRaw.get("InTransit_005")).toBe("in_transit.customs_cleared");
    expect(byRaw.get("Exception_007")).toBe("exception.address_incorrect");
    expect(byRaw.get("Exception_010")).toBe("returning.return_to_sender");
    expect(t.events.at(-1)).toMatchObject({
      code: "returned.returned_to_sender",
      milestone: "returned",
      occurredAt: "2024-05-20T01:40:00.000Z",
      utcOffset: "+08:00",
      location: "Shenzhen, Guangdong, CHN",
    });
  });

  it("bounds an unknown subtag by its tag and records it as unmapped", () => {
    const text = "Shipment on hold at carrier facility";
    const held = t.events.find((e) => e.rawCode === "Exception_014")!;
    // The words decide the detail (the keyword table's answer), the tag keeps it an exception.
    expect(held.milestone).toBe("exception");
    expect(held.code).toBe(classifyByKeywords(text));
    expect(t.unmapped).toContainEqual({ rawCode: "Exception_014", rawText: text, guessed: held.code });
  });

  it("reads a tag-only checkpoint by its words within the tag", () => {
    const hk = t.events.find((e) => e.location === "Hong Kong, HKG")!;
    expect(hk).toMatchObject({ milestone: "in_transit", rawCode: "InTransit", utcOffset: "+08:00" });
    expect(hk.code).toBe(classifyByKeywords("Departed from airport of origin"));
    // A tag is a known (coarse) code, so only the unknown subtag is recorded.
    expect(t.unmapped.map((u) => u.rawCode)).toEqual(["Exception_014"]);
  });

  it("falls back to AfterShip's own estimate when the carrier gave none", () => {
    expect(t.eta).toBe("2024-04-30");
  });
});

describe("aftership webhook, info received with a zoneless checkpoint", () => {
  const [t] = parse(fixture("webhook-info-received.json"));

  it("keeps a zoneless local time with a null offset", () => {
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({
      code: "info_received.label_created",
      occurredAt: "2025-06-02T11:20:00.000Z",
      utcOffset: null,
      location: "DEU",
    });
  });

  it("takes the end of the carrier's window as an instant when it has an offset", () => {
    expect(t.eta).toBe("2025-06-05T16:00:00.000Z");
  });
});

describe("aftership list of trackings", () => {
  it("returns one tracking per entry, a pending one without events", () => {
    const result = parse(fixture("list-trackings.json"));
    expect(result.map((r) => r.trackingNumber)).toEqual(["3SABCD0123456", "LX123456789NL"]);
    expect(result[0].events.map((e) => e.code)).toEqual(["available_for_pickup.at_pickup_point", "delivered.picked_up"]);
    expect(result[0].events[1].occurredAt).toBe("2025-09-11T08:27:00.000Z");
    expect(result[1].events).toEqual([]);
    expect(result[1].eta).toBeNull();
  });
});

describe("aftership errors", () => {
  it("turns meta.code 4004 into a CarrierErrorResponse", () => {
    const err = thrown(() => parse(fixture("error-not-found.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ source: "aftership", code: "4004" });
    expect((err as Error).message).toContain("Tracking does not exist.");
  });

  it("turns an auth failure into a CarrierErrorResponse with its code", () => {
    expect(thrown(() => parse(fixture("error-unauthorized.json")))).toMatchObject({ code: "401" });
  });

  it("names the field of a truncated or malformed body", () => {
    expect(thrown(() => parse(fixture("get-v4-delivered.json").slice(0, 900)))).toMatchObject({ field: "body" });
    expect(thrown(() => parse({ event: "x" }))).toBeInstanceOf(CarrierFormatError);
    expect(thrown(() => parse({ meta: {}, data: {} }))).toMatchObject({ field: "meta.code" });
    expect(thrown(() => parse({ meta: { code: 200 }, data: {} }))).toMatchObject({ field: "data.tracking" });

    const noTime = json("get-v4-delivered.json");
    delete noTime.data.tracking.checkpoints[2].checkpoint_time;
    expect(thrown(() => parse(noTime))).toMatchObject({ field: "data.tracking.checkpoints[2].checkpoint_time" });

    const badTime = json("get-2025-attempt-fail.json");
    badTime.data.checkpoints[1].checkpoint_time = "yesterday";
    expect(thrown(() => parse(badTime))).toMatchObject({ field: "data.checkpoints[1].checkpoint_time" });

    const notList = json("webhook-return-to-sender.json");
    notList.msg.checkpoints = { first: 1 };
    expect(thrown(() => parse(notList))).toMatchObject({ field: "msg.checkpoints" });
  });
});

describe("aftership code table", () => {
  it("maps every documented exception subtag to a distinct-purpose code", () => {
    expect(afterShipCode("Exception_006", "Exception", null).code).toBe("exception.payment_due");
    expect(afterShipCode("Exception_012", "Exception", null).code).toBe("exception.damaged");
    expect(afterShipCode("Exception_013", "Exception", null).code).toBe("exception.lost");
    expect(afterShipCode("Delivered_004", "Delivered", null).code).toBe("delivered.cod_collected");
    expect(afterShipCode("Exception_018", "Exception", null).code).toBe("exception.customs_documents_required");
    expect(afterShipCode("Expired_001", "Expired", null).code).toBe("expired.no_updates");
    expect(afterShipCode("OutForDelivery_002", "OutForDelivery", null).code).toBe("available_for_pickup.at_carrier_facility");
  });

  it("treats an undocumented Pending subtag as pending, recorded as a guess", () => {
    expect(afterShipCode("Pending_004", "Pending", "Delivered")).toEqual({ code: "pending.awaiting_info", guessed: true });
  });

  it("keeps a keyword guess inside the tag, or uses the tag's default", () => {
    // Words say "delivered", but the tag says exception: the tag wins.
    expect(afterShipCode("Exception_099", "Exception", "Delivered")).toEqual({ code: "exception.generic", guessed: true });
    // No tag field: the unknown subtag's prefix still names the tag.
    expect(afterShipCode("Delivered_009", null, "Out for delivery")).toEqual({ code: "delivered.delivered", guessed: true });
    // A tag-only checkpoint is a known coarse code, not a guess.
    expect(afterShipCode(null, "InTransit", "Out for delivery")).toEqual({ code: "in_transit.in_transit", guessed: false });
    expect(afterShipCode("constructor", null, null)).toEqual({ code: undefined, guessed: true });
  });
});
