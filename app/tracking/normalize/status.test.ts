import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODES, type EventCode } from "../taxonomy";
import { buildEvent } from "./build";
import { currentStatus, mergeEvents } from "./status";
import type { NormalizedEvent } from "./types";

function scan(occurredAt: string, code: EventCode, utcOffset: string | null = null, location: string | null = null): NormalizedEvent {
  return buildEvent({ occurredAt, utcOffset }, code, { code, text: null, location }, []);
}

const labelled = scan("2024-03-04T10:00:00.000Z", "info_received.label_created");
const pickedUp = scan("2024-03-04T18:00:00.000Z", "in_transit.picked_up");
const outForDelivery = scan("2024-03-06T12:00:00.000Z", "out_for_delivery.out_for_delivery");
const delivered = scan("2024-03-06T17:00:00.000Z", "delivered.delivered");

describe("mergeEvents", () => {
  it("orders stored and new scans oldest first and drops the ones already stored", () => {
    const merged = mergeEvents([delivered, labelled], [pickedUp, labelled, outForDelivery]);
    expect(merged).toEqual([labelled, pickedUp, outForDelivery, delivered]);
  });

  it("lets a re-parsed scan replace its stored copy", () => {
    const stored = scan("2024-03-05T09:00:00.000Z", "in_transit.in_transit", null, "Hodgkins, IL, US");
    const reparsed = { ...stored, utcOffset: "-06:00" };
    expect(mergeEvents([stored], [reparsed])).toEqual([reparsed]);
  });
});

describe("currentStatus", () => {
  it("is the latest scan by instant", () => {
    expect(currentStatus([labelled, outForDelivery, pickedUp])).toEqual({
      milestone: "out_for_delivery",
      code: "out_for_delivery.out_for_delivery",
      at: "2024-03-06T12:00:00.000Z",
    });
  });

  it("is not moved backwards by an older scan that arrives late", () => {
    const stored = mergeEvents([], [labelled, delivered]);
    const late = scan("2024-03-05T08:00:00.000Z", "in_transit.arrived_at_facility");
    expect(currentStatus(mergeEvents(stored, [late]))).toMatchObject({ milestone: "delivered", at: delivered.occurredAt });
  });

  it("compares UTC instants, not the scans' local wall-clock times", () => {
    // 10:00 at -05:00 is 15:00Z, later than 14:00 at +00:00
    const chicago = scan("2024-03-06T15:00:00.000Z", "delivered.delivered", "-05:00");
    const london = scan("2024-03-06T14:00:00.000Z", "exception.delayed", "+00:00");
    expect(currentStatus([chicago, london])?.code).toBe("delivered.delivered");
  });

  it("settles scans in the same instant the same way whatever their order", () => {
    const sameInstant = [scan(delivered.occurredAt, "out_for_delivery.out_for_delivery"), delivered];
    expect(currentStatus(sameInstant)?.code).toBe("delivered.delivered");
    expect(currentStatus([...sameInstant].reverse())?.code).toBe("delivered.delivered");
  });

  it("is null before the first scan", () => {
    expect(currentStatus([])).toBeNull();
  });
});

describe("replaying scans in any order", () => {
  const codes = Array.from(CODES.keys());
  const start = Date.UTC(2024, 0, 1);
  // Minutes within two days, so equal instants happen often.
  const eventArb = fc
    .record({
      minute: fc.integer({ min: 0, max: 2 * 24 * 60 }),
      code: fc.constantFrom(...codes),
      location: fc.constantFrom(null, "Paramus, NJ, US", "Köln, DE"),
    })
    .map(({ minute, code, location }) => scan(new Date(start + minute * 60_000).toISOString(), code, null, location));
  const scenario = fc
    .array(eventArb, { minLength: 1, maxLength: 40 })
    .chain((events) =>
      fc.tuple(
        fc.constant(events),
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }),
      ),
    );

  it("yields the same status and the same history, however the scans are batched and ordered", () => {
    fc.assert(
      fc.property(scenario, ([events, shuffled, batchSizes]) => {
        const expected = mergeEvents([], events);
        let state: NormalizedEvent[] = [];
        let i = 0;
        let b = 0;
        while (i < shuffled.length) {
          const size = batchSizes[b++ % batchSizes.length];
          state = mergeEvents(state, shuffled.slice(i, i + size));
          i += size;
        }
        expect(state).toEqual(expected);
        expect(currentStatus(state)).toEqual(currentStatus(events));
        expect(currentStatus(shuffled)).toEqual(currentStatus(events));
      }),
    );
  });

  it("never moves backwards when only older scans arrive", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 30 }), fc.array(eventArb, { maxLength: 30 }), (stored, extra) => {
        const before = currentStatus(mergeEvents([], stored));
        const older = extra.filter((e) => before !== null && e.occurredAt < before.at);
        expect(currentStatus(mergeEvents(stored, older))).toEqual(before);
      }),
    );
  });
});
