import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { glsEventCode } from "./codes";
import { parse } from "./parse";

const shared = (name: string) => sharedFixture("gls", name);
const own = (name: string) => ownFixture("gls", name);


describe("gls parse — shared in-transit response", () => {
  const [t] = parse(shared("TrackingResponse.json"));

  it("reads the parcel and orders its newest-first events oldest first", () => {
    expect(t.trackingNumber).toBe("36301917596");
    expect(t.events.map((e) => e.rawCode)).toEqual(["INTIAL.PREADVICE", "INTIAL.NORMAL"]);
    expect(t.eta).toBeNull();
  });

  it("maps pre-advice to info received and the hand-over to accepted, keeping +02:00", () => {
    expect(t.events[0]).toMatchObject({
      code: "info_received.label_created",
      milestone: "info_received",
      occurredAt: "2024-10-07T07:30:00.000Z",
      utcOffset: "+02:00",
      location: "DE",
    });
    expect(t.events[1]).toMatchObject({
      code: "in_transit.accepted",
      occurredAt: "2024-10-07T08:46:14.000Z",
      location: "Berlin, DE",
    });
    expect(t.unmapped).toEqual([]);
  });
});

describe("gls parse — own fixtures", () => {
  it("reads the published pre-advice example", () => {
    const [t] = parse(own("preadvice.json"));
    expect(t.events.map((e) => e.code)).toEqual(["info_received.label_created", "info_received.awaiting_pickup"]);
  });

  it("follows a delivery across the CEST -> CET change", () => {
    const [t] = parse(own("delivered.json"));
    expect(t.trackingNumber).toBe("93835368025");
    expect(t.events.map((e) => e.code)).toEqual([
      "info_received.label_created",
      "in_transit.accepted",
      "in_transit.arrived_at_facility",
      "in_transit.departed_facility",
      "in_transit.arrived_at_facility",
      "out_for_delivery.out_for_delivery",
      "delivered.delivered",
    ]);
    expect(t.events[3]).toMatchObject({ occurredAt: "2024-10-25T19:40:09.000Z", utcOffset: "+02:00", location: "Berlin, DE" });
    expect(t.events[5]).toMatchObject({ occurredAt: "2024-10-28T05:52:37.000Z", utcOffset: "+01:00", location: "Neuenstein, DE" });
    expect(t.events[6]).toMatchObject({ milestone: "delivered", location: "Frankfurt am Main, DE" });
  });

  it("reads a ParcelShop delivery as ready for pickup", () => {
    const [t] = parse(own("parcelshop.json"));
    expect(t.events.at(-1)).toMatchObject({
      rawCode: "DELIVD.PARCELSHOP",
      code: "available_for_pickup.at_pickup_point",
      milestone: "available_for_pickup",
      location: null,
    });
  });

  it("maps a NOTDEL code by its family and falls back to the description for an unlisted code", () => {
    const [t] = parse(own("not-delivered-returned.json"));
    const failed = t.events.find((e) => e.rawCode === "NOTDEL.ABSENT")!;
    expect(failed).toMatchObject({ code: "failed_attempt.attempted", milestone: "failed_attempt" });
    const last = t.events.at(-1)!;
    expect(last).toMatchObject({ rawCode: "RETURN.NORMAL", code: "returning.return_to_sender", milestone: "returning" });
    expect(t.unmapped).toEqual([
      { rawCode: "RETURN.NORMAL", rawText: "The parcel will be returned to sender.", guessed: "returning.return_to_sender" },
    ]);
  });

  it("reads a cancelled parcel as an exception", () => {
    const [t] = parse(own("cancelled.json"));
    expect(t.events.at(-1)).toMatchObject({ code: "exception.cancelled", milestone: "exception", pitfall: "cancelled" });
  });

  it("keeps the found parcel of a partly failed request", () => {
    const results = parse(own("mixed-errors.json"));
    expect(results.map((r) => r.trackingNumber)).toEqual(["36301917596"]);
  });

  it("turns the status of an event-less parcel into its one event, and FINAL into none", () => {
    const results = parse(own("status-only.json"));
    expect(results.map((r) => r.trackingNumber)).toEqual(["93835330599", "93835330600"]);
    expect(results[0].events).toEqual([
      expect.objectContaining({
        rawCode: "INDELIVERY",
        code: "out_for_delivery.out_for_delivery",
        occurredAt: "2024-09-19T05:05:12.000Z",
        utcOffset: "+02:00",
      }),
    ]);
    expect(results[1].events).toEqual([]);
  });
});

describe("gls parse — errors", () => {
  it("turns a body of unknown parcels into a CarrierErrorResponse with GLS's code", () => {
    const err = thrown(() => parse(shared("ErrorResponse.json")));
    expect(err).toBeInstanceOf(CarrierErrorResponse);
    expect(err).toMatchObject({ source: "gls", code: "E_404_01" });
  });

  it("turns gateway and request errors into CarrierErrorResponse", () => {
    expect(thrown(() => parse(own("token-expired.json")))).toMatchObject({
      name: "CarrierErrorResponse",
      code: "steps.jwt.TokenExpired",
    });
    expect(thrown(() => parse(own("bad-request.json")))).toMatchObject({ name: "CarrierErrorResponse", code: "400" });
  });

  it("names the field of a malformed or truncated body", () => {
    const text = own("delivered.json");
    expect(thrown(() => parse(text.slice(0, 300)))).toMatchObject({ name: "CarrierFormatError", field: "body" });
    expect(thrown(() => parse({ parcels: "x" }))).toMatchObject({ field: "parcels" });
    const body = JSON.parse(text);
    body.parcels[0].events[4].eventDateTime = "2024-13-25T18:00:52+0200";
    expect(thrown(() => parse(body))).toMatchObject({ field: "parcels[0].events[4].eventDateTime" });
    delete body.parcels[0].unitno;
    delete body.parcels[0].requested;
    expect(thrown(() => parse(body))).toMatchObject({ field: "parcels[0].unitno" });
  });

  it("never throws anything but its own errors and never emits an event without a milestone", () => {
    const base = JSON.parse(own("delivered.json"));
    const keys = fc.constantFrom("code", "eventDateTime", "description", "city", "country", "status", "statusDateTime", "unitno", "events");
    fc.assert(
      fc.property(fc.anything(), fc.nat(6), keys, fc.anything(), fc.nat(3000), (junk, index, key, value, cut) => {
        const mutated = structuredClone(base);
        const target = key.startsWith("status") || key === "unitno" || key === "events" ? mutated.parcels[0] : mutated.parcels[0].events[index];
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

describe("gls event codes", () => {
  it("prefers the exact code, then its family", () => {
    expect(glsEventCode("DELIVD.PARCELSHOP")).toBe("available_for_pickup.at_pickup_point");
    expect(glsEventCode("DELIVD.SOMETHING_NEW")).toBe("delivered.delivered");
    expect(glsEventCode("INTIAL.SOMETHING_NEW")).toBeUndefined();
    expect(glsEventCode("NOTDELIVERED")).toBeUndefined();
  });
});
