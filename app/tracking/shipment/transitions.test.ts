import { describe, expect, it } from "vitest";
import { milestoneChanges, splitLocation } from "./transitions";

const ev = (id: string, at: string, milestone: string) => ({ id, occurredAt: at, milestone, code: `${milestone}.x` });

describe("milestoneChanges", () => {
  it("keeps the first event of each new milestone, in time order, whatever the input order", () => {
    const events = [
      ev("c", "2026-01-03T00:00:00Z", "out_for_delivery"),
      ev("a", "2026-01-01T00:00:00Z", "in_transit"),
      ev("b", "2026-01-02T00:00:00Z", "in_transit"),
      ev("d", "2026-01-04T00:00:00Z", "delivered"),
    ];
    expect(milestoneChanges(events).map((e) => e.id)).toEqual(["a", "c", "d"]);
  });

  it("does not repeat the milestone the shipment already had", () => {
    expect(milestoneChanges([ev("a", "2026-01-01T00:00:00Z", "in_transit")], "in_transit")).toEqual([]);
  });

  it("reports a return to an earlier milestone as a change (e.g. redelivery after an attempt)", () => {
    const events = [ev("a", "2026-01-01T00:00:00Z", "out_for_delivery"), ev("b", "2026-01-01T05:00:00Z", "failed_attempt"), ev("c", "2026-01-02T08:00:00Z", "out_for_delivery")];
    expect(milestoneChanges(events).map((e) => e.id)).toEqual(["a", "b", "c"]);
  });
});

describe("splitLocation", () => {
  it("splits city, region and country code", () => {
    expect(splitLocation("Louisville, KY, US")).toEqual({ city: "Louisville", province: "KY", country: "US" });
    expect(splitLocation("London, GB")).toEqual({ city: "London", country: "GB" });
    expect(splitLocation("Sortierzentrum Berlin")).toEqual({ city: "Sortierzentrum Berlin" });
    expect(splitLocation(null)).toEqual({});
  });
});
