import { describe, expect, it } from "vitest";
import { alertsOf, at, ev, scenario, settingsWith } from "../testing/fixtures";
import { thresholdSuite } from "../testing/suites";

const picked = ev("e0", 0, "in_transit.picked_up");
const waiting = [picked, ev("p1", 10, "available_for_pickup.at_pickup_point", { location: "Locker 12, Paris, FR" }), ev("p2", 60, "available_for_pickup.reminder")];

thresholdSuite({
  rule: "pickup_not_collected",
  key: "days",
  merchant: 3,
  build: (d) => scenario(waiting, 10 + d * 24),
  causeKey: "p1",
  resolved: [
    ["collected", scenario([...waiting, ev("d", 100, "delivered.picked_up")], 400)],
    ["sent back", scenario([...waiting, ev("r", 100, "returning.unclaimed")], 400)],
  ],
});

const deliveredOne = [picked, ev("d1", 10, "delivered.delivered")];
const twoOfThree = { parcelsInOrder: 3, parcelsDelivered: 2 };

thresholdSuite({
  rule: "partial_delivery",
  key: "hours",
  merchant: 48,
  build: (h) => scenario(deliveredOne, 10 + h, twoOfThree),
  causeKey: `parcels:${at(10).toISOString()}`,
  resolved: [
    ["the rest arrived", scenario(deliveredOne, 200, { parcelsInOrder: 3, parcelsDelivered: 3 })],
    ["a single-parcel order", scenario(deliveredOne, 200, { parcelsInOrder: 1, parcelsDelivered: 1 })],
  ],
});

describe("partial_delivery", () => {
  it("is raised on the delivered parcel, not on the ones still travelling", () => {
    const travelling = scenario([picked], 200, { parcelsInOrder: 2, parcelsDelivered: 1 });
    expect(alertsOf("partial_delivery", travelling)).toEqual([]);
  });

  it("follows the carrier's own partial delivery scan until a complete delivery", () => {
    const partial = [picked, ev("pd", 10, "delivered.partial")];
    expect(alertsOf("partial_delivery", scenario(partial, 33.99))).toEqual([]);
    expect(alertsOf("partial_delivery", scenario(partial, 34))).toMatchObject([{ causeKey: "pd", triggeredBy: "pd", severity: "medium" }]);
    expect(alertsOf("partial_delivery", scenario([...partial, ev("d2", 30, "delivered.delivered")], 60))).toEqual([]);
  });
});

const afterDelivery = [picked, ev("d1", 10, "delivered.delivered"), ev("x1", 20, "exception.generic"), ev("x2", 25, "exception.address_incorrect")];

thresholdSuite({
  rule: "delivered_then_exception",
  key: "afterHours",
  merchant: 12,
  build: (h) => scenario(afterDelivery, 20 + h),
  causeKey: "x1",
  severity: "high",
  resolved: [],
});

describe("delivered_then_exception", () => {
  it("fires on a return after delivery and stays even when a delivery scan follows", () => {
    const back = [picked, ev("d1", 10, "delivered.delivered"), ev("r1", 20, "returning.undeliverable"), ev("d2", 30, "delivered.delivered")];
    expect(alertsOf("delivered_then_exception", scenario(back, 40)).map((a) => a.causeKey)).toEqual(["r1"]);
  });

  it("ignores the shopper's own return after delivery, and exceptions before delivery", () => {
    expect(alertsOf("delivered_then_exception", scenario([...deliveredOne, ev("c1", 30, "returning.customer_return")], 40))).toEqual([]);
    expect(alertsOf("delivered_then_exception", scenario([picked, ev("x", 5, "exception.generic"), ev("d1", 10, "delivered.delivered")], 40))).toEqual([]);
  });
});

describe("shipment_cancelled (order cancelled in Shopify)", () => {
  const travelling = [picked, ev("e1", 10, "in_transit.arrived_at_facility")];

  it("fires at once while the parcel still travels, and never when disabled", () => {
    const s = scenario(travelling, 11, { orderCancelled: true });
    expect(alertsOf("shipment_cancelled", s)).toMatchObject([{ causeKey: "orderCancelled", severity: "high", triggeredBy: null }]);
    expect(alertsOf("shipment_cancelled", s, settingsWith("shipment_cancelled", { enabled: false }))).toEqual([]);
    expect(alertsOf("shipment_cancelled", scenario(travelling, 11))).toEqual([]);
  });

  it("resolves once the parcel is delivered or heading back", () => {
    expect(alertsOf("shipment_cancelled", scenario([...travelling, ev("d", 20, "delivered.delivered")], 30, { orderCancelled: true }))).toEqual([]);
    expect(alertsOf("shipment_cancelled", scenario([...travelling, ev("r", 20, "returning.sender_request")], 30, { orderCancelled: true }))).toEqual([]);
  });
});
