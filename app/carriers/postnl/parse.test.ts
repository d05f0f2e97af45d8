import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, thrown } from "../fixture-files";
import { dutchGuess, POSTNL_EVENTS, POSTNL_STATUSES } from "./codes";
import { amsterdamInstant, parse } from "./parse";

const own = (name: string) => ownFixture("postnl", name);


describe("postnl amsterdamInstant", () => {
  it("reads PostNL's dd-MM-yyyy wall clock with the CET or CEST offset of that moment", () => {
    expect(amsterdamInstant("08-11-2022 10:13:20")).toEqual({ occurredAt: "2022-11-08T09:13:20.000Z", utcOffset: "+01:00" });
    expect(amsterdamInstant("19-07-2023 13:05:37")).toEqual({ occurredAt: "2023-07-19T11:05:37.000Z", utcOffset: "+02:00" });
    expect(amsterdamInstant("07-03-2018 23:22:56.326")).toEqual({ occurredAt: "2018-03-07T22:22:56.326Z", utcOffset: "+01:00" });
    expect(amsterdamInstant("2018-03-08T11:30:00")).toEqual({ occurredAt: "2018-03-08T10:30:00.000Z", utcOffset: "+01:00" });
  });

  it("rejects what is not a real date in either format", () => {
    expect(amsterdamInstant("31-02-2024 10:00:00")).toBeNull();
    expect(amsterdamInstant("2024-03-31 10:00")).toBeNull();
    expect(amsterdamInstant("08/11/2022 10:13:20")).toBeNull();
  });
});

describe("postnl parse — CurrentStatus", () => {
  it("reads the published example: one out-for-delivery status and the delivery date as ETA", () => {
    const [t] = parse(own("current-status.json"));
    expect(t.trackingNumber).toBe("3SDEVC288882229");
    expect(t.eta).toBe("2022-11-08");
    expect(t.events).toEqual([
      expect.objectContaining({
        code: "out_for_delivery.out_for_delivery",
        milestone: "out_for_delivery",
        rawCode: "7",
        rawText: "Shipment out for delivery",
        occurredAt: "2022-11-08T09:13:20.000Z",
        utcOffset: "+01:00",
        location: null,
      }),
    ]);
  });

  it("reads OldStatuses across the October clock change, skipping status 99 and the repeated current status", () => {
    const [t] = parse(own("current-status-detail.json"));
    expect(t.events.map((e) => [e.rawCode, e.code, e.occurredAt, e.utcOffset])).toEqual([
      ["1", "info_received.label_created", "2023-10-28T10:11:10.643Z", "+02:00"],
      ["2", "in_transit.accepted", "2023-10-28T17:15:18.000Z", "+02:00"],
      ["5", "in_transit.sorting", "2023-10-31T02:30:58.000Z", "+01:00"],
      ["7", "out_for_delivery.out_for_delivery", "2023-10-31T08:44:45.000Z", "+01:00"],
      ["11", "delivered.delivered", "2023-10-31T13:02:51.000Z", "+01:00"],
    ]);
  });

  it("returns one tracking per parcel of a multi-parcel shipment", () => {
    const results = parse(own("multi-collo.json"));
    expect(results.map((r) => [r.trackingNumber, r.events[0].code, r.events[0].occurredAt])).toEqual([
      ["3SDEVC6659149", "delivered.delivered", "2016-04-20T12:03:12.000Z"],
      ["3SDEVC6659150", "out_for_delivery.out_for_delivery", "2016-04-20T07:47:55.000Z"],
    ]);
  });
});

describe("postnl parse — CompleteStatus events", () => {
  it("uses Event[] (not the summarising statuses) across the March clock change, with the ETA window start", () => {
    const [t] = parse(own("complete-delivered.json"));
    expect(t.events.map((e) => [e.rawCode, e.code, e.occurredAt, e.utcOffset])).toEqual([
      ["A01", "info_received.label_created", "2024-03-29T11:11:10.000Z", "+01:00"],
      ["B01", "in_transit.accepted", "2024-03-30T20:15:18.000Z", "+01:00"],
      ["J01", "in_transit.sorting", "2024-03-31T00:30:58.000Z", "+01:00"],
      ["J05", "out_for_delivery.out_for_delivery", "2024-03-31T07:44:45.000Z", "+02:00"],
      ["I01", "delivered.delivered", "2024-03-31T13:06:53.000Z", "+02:00"],
    ]);
    expect(t.eta).toBe("2024-03-31T12:05:00.000Z");
    expect(t.unmapped).toEqual([]);
  });

  it("follows a failed delivery to a PostNL outlet and its collection", () => {
    const [t] = parse(own("complete-missed-collected.json"));
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.sorting",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.attempted",
      "available_for_pickup.at_post_office",
      "delivered.picked_up",
    ]);
    expect(t.eta).toBeNull();
  });

  it("ends an uncollected parcel returning to sender; dedupes a repeated scan; reads an old code by its Dutch wording", () => {
    const [t] = parse(own("complete-returned.json"));
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["A01", "info_received.label_created"],
      ["01B", "in_transit.accepted"],
      ["J05", "out_for_delivery.out_for_delivery"],
      ["Y02", "failed_attempt.recipient_unavailable"],
      ["I08", "available_for_pickup.at_post_office"],
      ["H03", "returning.unclaimed"],
    ]);
    expect(t.events.at(-1)).toMatchObject({ milestone: "returning", pitfall: "returned" });
    expect(t.unmapped.length).toBeGreaterThan(0);
    expect(t.unmapped.every((u) => u.rawCode === "01B" && u.guessed === "in_transit.accepted")).toBe(true);
  });

  it("reads customs trouble on an inbound parcel as exceptions", () => {
    const [t] = parse(own("complete-customs.json"));
    expect(t.trackingNumber).toBe("LA123456785CN");
    expect(t.events.map((e) => e.code)).toEqual([
      "in_transit.accepted",
      "in_transit.international_transit",
      "in_transit.arrived_in_destination_country",
      "exception.customs_documents_required",
      "exception.customs_duties_due",
    ]);
    expect(t.events[0]).toMatchObject({ occurredAt: "2024-12-31T02:18:52.000Z", utcOffset: "+01:00" });
    expect(t.events.at(-1)).toMatchObject({ milestone: "exception", pitfall: "payment" });
  });
});

describe("postnl parse — errors", () => {
  it("turns the not-found warning and the gateway fault into CarrierErrorResponse", () => {
    const notFound = thrown(() => parse(own("not-found.json")));
    expect(notFound).toBeInstanceOf(CarrierErrorResponse);
    expect(notFound).toMatchObject({ source: "postnl", code: "2" });
    expect(thrown(() => parse(own("invalid-apikey.json")))).toMatchObject({
      name: "CarrierErrorResponse",
      code: "oauth.v2.InvalidApiKey",
    });
    expect(thrown(() => parse({ Errors: [{ ErrorMsg: "Invalid barcode", ErrorNumber: "13" }] }))).toMatchObject({
      name: "CarrierErrorResponse",
      code: "13",
    });
  });

  it("names the field of a malformed or truncated body", () => {
    const text = own("complete-delivered.json");
    expect(thrown(() => parse(text.slice(0, 500)))).toMatchObject({ name: "CarrierFormatError", field: "body" });
    expect(thrown(() => parse({}))).toMatchObject({ name: "CarrierFormatError", field: "CurrentStatus" });
    expect(thrown(() => parse({ CompleteStatus: {} }))).toMatchObject({ field: "CompleteStatus.Shipment" });
    const body = JSON.parse(text);
    body.CompleteStatus.Shipment.Event[3].TimeStamp = "2024/03/30 21:15";
    expect(thrown(() => parse(body))).toMatchObject({ field: "CompleteStatus.Shipment.Event[3].TimeStamp" });
    const noStamp = JSON.parse(own("current-status-detail.json"));
    delete noStamp.CurrentStatus.Shipment.OldStatuses[2].TimeStamp;
    expect(thrown(() => parse(noStamp))).toMatchObject({ field: "CurrentStatus.Shipment.OldStatuses[2].TimeStamp" });
  });

  it("never throws anything but its own errors and never emits an event without a milestone", () => {
    const base = JSON.parse(own("complete-delivered.json"));
    const keys = fc.constantFrom("Code", "Description", "TimeStamp", "Event", "Status", "OldStatus", "Barcode", "Expectation");
    fc.assert(
      fc.property(fc.anything(), fc.nat(4), keys, fc.anything(), fc.nat(6000), (junk, index, key, value, cut) => {
        const mutated = structuredClone(base);
        const shipment = mutated.CompleteStatus.Shipment;
        const target = ["Code", "Description", "TimeStamp"].includes(key) ? shipment.Event[index] : shipment;
        target[key] = value;
        for (const input of [junk, mutated, JSON.stringify(base).slice(0, cut)]) {
          try {
            for (const t of parse(input)) for (const e of t.events) expect(e.milestone).toBeTruthy();
          } catch (err) {
            if (!(err instanceof CarrierFormatError) && !(err instanceof CarrierErrorResponse)) throw err;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("postnl code tables", () => {
  it("covers PostNL's published event codes precisely", () => {
    expect(POSTNL_EVENTS.size).toBeGreaterThan(250);
    expect(POSTNL_EVENTS.get("J05")).toBe("out_for_delivery.out_for_delivery");
    expect(POSTNL_EVENTS.get("I10")).toBe("delivered.neighbour");
    expect(POSTNL_EVENTS.get("I12")).toBe("delivered.safe_place");
    expect(POSTNL_EVENTS.get("H01")).toBe("returning.refused");
    expect(POSTNL_EVENTS.get("Y65")).toBe("in_transit.delay_weather");
    expect(POSTNL_STATUSES.get("99")).toBeNull();
  });

  it("guesses from Dutch wording with failures before deliveries", () => {
    expect(dutchGuess("Zending niet afgeleverd")).toBe("failed_attempt.attempted");
    expect(dutchGuess("Zending is bezorgd")).toBe("delivered.delivered");
    expect(dutchGuess("Zending wordt verwacht, maar zit nog niet in sorteerproces")).toBe("info_received.label_created");
    expect(dutchGuess("Shipment delivered")).toBeUndefined();
  });
});
