import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, classifyByKeywords } from "../../tracking/normalize";
import { track17Code } from "./codes";
import { parse } from "./parse";
import { thrown } from "../fixture-files";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name));


const EVENTS_0 = "data.accepted[0].track_info.tracking.providers[0].events";

describe("17track gettrackinfo, delivered across two carriers", () => {
  const [t] = parse(fixture("gettrackinfo-delivered.json"));

  it("joins both providers' legs, drops the handover scan both report, oldest first", () => {
    expect(t.trackingNumber).toBe("LT123456789CN");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.picked_up",
      "in_transit.in_transit",
      "in_transit.departed_origin_country",
      "in_transit.arrived_in_destination_country",
      "in_transit.customs_processing",
      "in_transit.customs_cleared",
      "in_transit.in_transit",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
    expect(t.unmapped).toEqual([]);
  });

  it("keeps each scan's offset from time_iso", () => {
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-03-10T12:15:00.000Z", utcOffset: "+08:00", rawCode: "InfoReceived" });
    expect(t.events[4]).toMatchObject({ occurredAt: "2024-03-15T22:20:00.000Z", utcOffset: "-04:00", location: "JAMAICA, NY, US" });
  });

  it("recovers the offset of a zoneless time_iso from time_utc", () => {
    expect(t.events[7]).toMatchObject({
      occurredAt: "2024-03-19T01:05:00.000Z",
      utcOffset: "-04:00",
      location: "BROOKLYN NY DISTRIBUTION CENTER",
    });
  });

  it("uses the structured address when it names a city, else the carrier's location line", () => {
    expect(t.events[1].location).toBe("SHENZHEN, Guangdong, CN");
    expect(t.events[2].location).toBe("广州");
    expect(t.events[9]).toMatchObject({ location: "BROOKLYN, NY, US", rawText: "Delivered, In/At Mailbox" });
  });

  it("takes the end of the estimated window as the ETA", () => {
    expect(t.eta).toBe("2024-03-21T00:00:00.000Z");
  });
});

describe("17track gettrackinfo, accepted and rejected numbers", () => {
  it("returns the accepted number when another was rejected", () => {
    const result = parse(fixture("gettrackinfo-mixed.json"));
    expect(result).toHaveLength(1);
    const [t] = result;
    expect(t.trackingNumber).toBe("00340434161094042557");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.picked_up",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.recipient_unavailable",
      "available_for_pickup.at_pickup_point",
      "returning.return_to_sender",
      "returned.returned_to_sender",
    ]);
    expect(t.events[3]).toMatchObject({ occurredAt: "2024-11-13T10:47:00.000Z", utcOffset: "+01:00", location: "Hamburg, DE" });
    expect(t.events[0].location).toBe("Germany");
    expect(t.eta).toBeNull();
  });

  it("throws the rejection when every number was rejected", () => {
    const err = thrown(() => parse(fixture("gettrackinfo-rejected.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ source: "17track", code: "-18019902" });
    expect((err as Error).message).toContain("does not register");
  });

  it("returns nothing for an empty answer", () => {
    expect(parse({ code: 0, data: { accepted: [], rejected: [] } })).toEqual([]);
  });
});

describe("17track webhooks", () => {
  const [t] = parse(fixture("webhook-tracking-updated.json"));

  it("reads TRACKING_UPDATED: customs asking for documents, then a delay", () => {
    expect(t.trackingNumber).toBe("YT2509412345678901");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.picked_up",
      classifyByKeywords("Arrived at destination airport"), // InTransit_TransportArrived: unknown, words decide
      classifyByKeywords("Parcel handed over to customs broker"), // no code at all
      "exception.customs_documents_required",
      "exception.delayed",
    ]);
    expect(t.events[4]).toMatchObject({ pitfall: "customs", utcOffset: "-07:00", occurredAt: "2025-04-08T22:30:00.000Z" });
    expect(t.eta).toBe("2025-04-15");
  });

  it("maps a stage-only scan by its stage", () => {
    expect(t.events[1]).toMatchObject({ rawCode: "PickedUp", location: "SHENZHEN, CN", utcOffset: "+08:00" });
  });

  it("bounds an unknown sub-status by its main status; a bare scan falls to the words", () => {
    expect(t.events[2].milestone).toBe("in_transit");
    expect(t.events[3].milestone).toBe("in_transit");
    expect(t.unmapped).toContainEqual({
      rawCode: "InTransit_TransportArrived",
      rawText: "Arrived at destination airport",
      guessed: t.events[2].code,
    });
    expect(t.unmapped).toContainEqual({
      rawCode: "",
      rawText: "Parcel handed over to customs broker",
      guessed: t.events[3].code,
    });
    expect(t.unmapped).toHaveLength(2);
  });

  it("reads TRACKING_STOPPED as the number with no scans", () => {
    expect(parse(fixture("webhook-tracking-stopped.json"))).toEqual([
      { trackingNumber: "RR123456789CN", events: [], eta: null, unmapped: [] },
    ]);
  });

  it("refuses unknown webhook events", () => {
    expect(thrown(() => parse({ event: "SOMETHING_ELSE", data: {} }))).toMatchObject({ field: "event" });
  });
});

describe("17track errors", () => {
  it("turns request-level errors into CarrierErrorResponse", () => {
    expect(thrown(() => parse(fixture("error-invalid-token.json")))).toMatchObject({ code: "-18010002" });
    expect(thrown(() => parse(json("error-invalid-data.json")))).toMatchObject({ code: "-18010013" });
  });

  it("reads time_utc alone as an instant with an unknown offset", () => {
    const body = json("gettrackinfo-mixed.json");
    const first = body.data.accepted[0].track_info.tracking.providers[0].events[0];
    first.time_iso = null;
    const [t] = parse(body);
    expect(t.events.at(-1)).toMatchObject({ occurredAt: "2024-11-28T08:10:00.000Z", utcOffset: null });
  });

  it("names the field of a truncated or malformed body", () => {
    expect(thrown(() => parse(fixture("gettrackinfo-delivered.json").slice(0, 1200)))).toMatchObject({ field: "body" });
    expect(thrown(() => parse({ code: 0 }))).toMatchObject({ field: "data" });
    expect(thrown(() => parse({ code: 0, data: {} }))).toMatchObject({ field: "data.accepted" });

    const noTime = json("gettrackinfo-mixed.json");
    const ev = noTime.data.accepted[0].track_info.tracking.providers[0].events[2];
    ev.time_iso = null;
    ev.time_utc = null;
    expect(thrown(() => parse(noTime))).toMatchObject({ field: `${EVENTS_0}[2].time_iso` });

    const badTime = json("gettrackinfo-mixed.json");
    badTime.data.accepted[0].track_info.tracking.providers[0].events[1].time_iso = "21.11.2024 06:05";
    expect(thrown(() => parse(badTime))).toMatchObject({ field: `${EVENTS_0}[1].time_iso` });

    const noNumber = json("webhook-tracking-updated.json");
    delete noNumber.data.number;
    expect(thrown(() => parse(noNumber))).toMatchObject({ field: "data.number" });
  });
});

describe("17track code table", () => {
  it("maps delivery failures and exceptions by sub-status", () => {
    expect(track17Code("DeliveryFailure_InvalidAddress", null, null).code).toBe("failed_attempt.address_issue");
    expect(track17Code("DeliveryFailure_Rejected", null, null).code).toBe("failed_attempt.refused_at_door");
    expect(track17Code("Exception_Lost", null, null).code).toBe("exception.lost");
    expect(track17Code("Exception_Destroyed", null, null).code).toBe("exception.destroyed");
    expect(track17Code("Exception_Cancel", null, null).code).toBe("exception.cancelled");
    expect(track17Code("NotFound_InvalidCode", null, null).code).toBe("pending.invalid_number");
    expect(track17Code("Expired_Other", null, null).code).toBe("expired.no_updates");
  });

  it("keeps a guess inside the main status, and knows nothing of unrelated codes", () => {
    expect(track17Code("Delivered_Neighbour", null, "Parcel is out for delivery")).toEqual({ code: "delivered.delivered", guessed: true });
    // A stage that is a main status bounds the words the same way.
    expect(track17Code(null, "Exception", "Delivered")).toEqual({ code: "exception.generic", guessed: false });
    expect(track17Code("constructor", null, null)).toEqual({ code: undefined, guessed: true });
  });
});
