import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../../tracking/normalize";
import { ownFixture, sharedFixture, thrown } from "../fixture-files";
import { dpdCode, scanCodeOf } from "./codes";
import { dpdInstant, parse } from "./parse";

const shared = (name: string) => sharedFixture("dpd", name);
const own = (name: string) => ownFixture("dpd", name);


describe("dpd parse — shared getTrackingData response (DPD Benelux status names)", () => {
  const [t] = parse(shared("TrackingResponse.xml"));

  it("reads every statusInfo, oldest first, with local times and no offset", () => {
    expect(t.events).toHaveLength(15);
    const times = t.events.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(t.events[0]).toMatchObject({
      rawCode: "BetweenDepots",
      code: "in_transit.linehaul",
      occurredAt: "2021-08-17T19:11:26.000Z",
      utcOffset: null,
      location: "Puurs, BE",
      rawText: "The parcel is at the parcel dispatch centre.",
    });
    expect(t.trackingNumber).toBe("");
  });

  it("maps each DPD status name precisely", () => {
    const byStatus = new Map(t.events.map((e) => [e.rawCode, e.code]));
    expect(Object.fromEntries(byStatus)).toEqual({
      BetweenDepots: "in_transit.linehaul",
      Depot: "in_transit.arrived_at_delivery_facility",
      Courier: "out_for_delivery.out_for_delivery",
      DeliveryFailure: "failed_attempt.attempted",
      ParcelShop: "available_for_pickup.at_pickup_point",
      PickedUp: "in_transit.picked_up",
      ReturningFromDelivery: "in_transit.held_for_future_delivery",
    });
    expect(t.unmapped).toEqual([]);
  });

  it("reads 12-hour times: 4:09:55 AM stays morning, 2:43:31 PM is 14:43", () => {
    expect(t.events.find((e) => e.rawCode === "Depot")!.occurredAt).toBe("2021-08-18T04:09:55.000Z");
    const failures = t.events.filter((e) => e.rawCode === "DeliveryFailure");
    expect(failures.map((e) => [e.occurredAt, e.location])).toEqual([
      ["2021-08-18T14:43:31.000Z", "Mechelen, BE"],
      ["2021-08-18T14:43:31.000Z", "Aschaffenburg, DE"],
    ]);
  });
});

describe("dpd parse — own fixtures", () => {
  it("maps the parcel timeline steps to a delivery", () => {
    const [t] = parse(own("delivered.xml"));
    expect(t.events.map((e) => [e.rawCode, e.code])).toEqual([
      ["ACCEPTED", "in_transit.accepted"],
      ["AT_SENDING_DEPOT", "in_transit.arrived_at_facility"],
      ["ON_THE_ROAD", "in_transit.linehaul"],
      ["AT_DELIVERY_DEPOT", "in_transit.arrived_at_delivery_facility"],
      ["OUT_FOR_DELIVERY", "out_for_delivery.out_for_delivery"],
      ["DELIVERED", "delivered.delivered"],
    ]);
    expect(t.events.at(-1)).toMatchObject({
      occurredAt: "2024-10-28T12:04:22.000Z",
      utcOffset: null,
      location: "Augsburg, DE",
      milestone: "delivered",
    });
    expect(t.events[2].occurredAt).toBe("2024-10-25T01:02:47.000Z");
    expect(t.eta).toBeNull();
  });

  it("reads de_DE dates and leaves out the steps not reached yet", () => {
    const [t] = parse(own("in-transit-de.xml"));
    expect(t.events.map((e) => [e.rawCode, e.occurredAt])).toEqual([
      ["ACCEPTED", "2025-03-14T16:05:00.000Z"],
      ["AT_SENDING_DEPOT", "2025-03-14T20:41:00.000Z"],
      ["ON_THE_ROAD", "2025-03-15T02:17:00.000Z"],
    ]);
    expect(t.events[0].rawText).toBe("DPD hat Ihr Paket erhalten.");
  });

  it("falls back to the description for status names the tables lack", () => {
    const [t] = parse(own("returned.xml"));
    expect(t.events.map((e) => e.code)).toEqual([
      "in_transit.picked_up",
      "in_transit.linehaul",
      "in_transit.arrived_at_delivery_facility",
      "out_for_delivery.out_for_delivery",
      "failed_attempt.attempted",
      "in_transit.held_for_future_delivery",
      "exception.damaged",
      "returning.return_to_sender",
    ]);
    expect(t.unmapped).toEqual([
      { rawCode: "Problem", rawText: "The parcel has been damaged.", guessed: "exception.damaged" },
      { rawCode: "ReturnToSender", rawText: "Your parcel will be returned to sender.", guessed: "returning.return_to_sender" },
    ]);
    expect(t.events.at(-1)).toMatchObject({ milestone: "returning", location: "Namur, BE" });
  });
});

describe("dpd parse — already parsed documents", () => {
  it("accepts the response element without its envelope and takes the parcel number from a tracking property", () => {
    const [t] = parse({
      getTrackingDataResponse: {
        trackingresult: {
          shipmentInfo: { status: "SHIPMENT", trackingProperty: { key: "parcelLabelNumber", value: "01905002345617" } },
          statusInfo: {
            status: "DELIVERED",
            label: { content: "Parcel delivered" },
            description: { content: { content: "Your parcel has been delivered." } },
            statusHasBeenReached: true,
            location: { content: "Augsburg (DE)" },
            date: { content: "10/28/2024 12:04:22 PM" },
          },
        },
      },
    });
    expect(t.trackingNumber).toBe("01905002345617");
    expect(t.events).toEqual([
      expect.objectContaining({ code: "delivered.delivered", rawText: "Your parcel has been delivered.", location: "Augsburg, DE" }),
    ]);
  });
});

describe("dpd parse — errors", () => {
  it("turns SOAP faults into CarrierErrorResponse with DPD's error code", () => {
    const auth = thrown(() => parse(shared("ErrorResponse.xml")));
    expect(auth).toBeInstanceOf(CarrierErrorResponse);
    expect(auth).toMatchObject({ source: "dpd", code: "DELICOM_ERR_AUTHENTICATION" });
    expect(thrown(() => parse(own("fault-parcel.xml")))).toMatchObject({ name: "CarrierErrorResponse", code: "COMMON_8" });
  });

  it("names the field of a malformed or truncated body", () => {
    const text = shared("TrackingResponse.xml");
    for (const cut of [0, 120, 500, 9000, text.length - 20]) {
      expect(thrown(() => parse(text.slice(0, cut))), `cut at ${cut}`).toMatchObject({ name: "CarrierFormatError", field: "body" });
    }
    expect(thrown(() => parse("<soap:Envelope><soap:Body><other>1</other></soap:Body></soap:Envelope>"))).toMatchObject({
      field: "Envelope.Body.getTrackingDataResponse",
    });
    const noDate = text.replace("<content>8/18/2021 4:09:55 AM</content>", "<content></content>");
    expect(thrown(() => parse(noDate))).toMatchObject({
      field: "Envelope.Body.getTrackingDataResponse.trackingresult.statusInfo[2].date",
    });
    const badDate = text.replace("8/18/2021 4:09:55 AM", "13/45/2021 4:09:55 AM");
    expect(thrown(() => parse(badDate))).toMatchObject({
      field: "Envelope.Body.getTrackingDataResponse.trackingresult.statusInfo[2].date",
    });
  });

  it("never throws anything but its own errors and never emits an event without a milestone", () => {
    const text = own("returned.xml");
    fc.assert(
      fc.property(fc.anything(), fc.nat(text.length), fc.nat(text.length), fc.string(), (junk, a, b, insert) => {
        const spliced = text.slice(0, Math.min(a, b)) + insert + text.slice(Math.max(a, b));
        for (const input of [junk, spliced, text.slice(0, a)]) {
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

describe("dpd codes and dates", () => {
  it("maps DPD scan codes, bare or as scan type names", () => {
    expect(scanCodeOf("SC_13_DELIVERED")).toBe("13");
    expect(scanCodeOf("3")).toBe("03");
    expect(scanCodeOf("Courier")).toBeNull();
    expect(dpdCode("SC_03_OUT_FOR_DELIVERY")).toBe("out_for_delivery.out_for_delivery");
    expect(dpdCode("14")).toBe("failed_attempt.attempted");
    expect(dpdCode("06")).toBe("returning.undeliverable");
    expect(dpdCode("SC_12_CUSTOMS")).toBe("in_transit.customs_processing");
    expect(dpdCode("99")).toBeUndefined();
  });

  it("reads the date formats of DPD's message languages", () => {
    expect(dpdInstant("12/31/2024 12:05:00 AM")).toEqual({ occurredAt: "2024-12-31T00:05:00.000Z", utcOffset: null });
    expect(dpdInstant("12/31/2024 12:05:00 PM")).toEqual({ occurredAt: "2024-12-31T12:05:00.000Z", utcOffset: null });
    expect(dpdInstant("20.01.2026, 12:23")?.occurredAt).toBe("2026-01-20T12:23:00.000Z");
    expect(dpdInstant("17/08/2021 19:11:26")?.occurredAt).toBe("2021-08-17T19:11:26.000Z");
    expect(dpdInstant("2026-01-20T12:23:23")?.occurredAt).toBe("2026-01-20T12:23:23.000Z");
    expect(dpdInstant("13/45/2021 4:09:55 AM")).toBeNull();
    expect(dpdInstant("8/18/2021 13:09:55 PM")).toBeNull();
  });
});
