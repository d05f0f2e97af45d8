import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MILESTONES } from "./taxonomy";
import { MAX_TRACKING_DAYS, nextCheckAt } from "./polling";

const now = new Date("2026-11-24T12:00:00Z");
const hoursUntil = (d: Date | null) => (d ? (d.getTime() - now.getTime()) / 3_600_000 : null);
const state = (milestone: (typeof MILESTONES)[number], extra = {}) => ({
  milestone,
  createdAt: new Date("2026-11-23T12:00:00Z"),
  lastEventAt: new Date("2026-11-24T10:00:00Z"),
  pushSubscribed: false,
  ...extra,
});

describe("nextCheckAt", () => {
  it("checks parcels out for delivery far more often than labels", () => {
    expect(hoursUntil(nextCheckAt(state("out_for_delivery"), now, 0.5))).toBeCloseTo(0.5);
    expect(hoursUntil(nextCheckAt(state("info_received"), now, 0.5))).toBeGreaterThanOrEqual(12);
    expect(hoursUntil(nextCheckAt(state("in_transit"), now, 0.5))).toBeCloseTo(4);
  });

  it("stops for finished shipments and after the tracking window", () => {
    for (const m of ["delivered", "returned", "expired"] as const) expect(nextCheckAt(state(m), now, 0.5)).toBeNull();
    const old = new Date(now.getTime() - (MAX_TRACKING_DAYS + 1) * 86_400_000);
    expect(nextCheckAt(state("in_transit", { createdAt: old }), now, 0.5)).toBeNull();
  });

  it("polls pushed shipments only rarely", () => {
    expect(hoursUntil(nextCheckAt(state("in_transit", { pushSubscribed: true }), now, 0.5))).toBeGreaterThanOrEqual(12);
  });

  it("backs off while the carrier has nothing new", () => {
    const quiet = hoursUntil(nextCheckAt(state("in_transit", { quietChecks: 4 }), now, 0.5))!;
    expect(quiet).toBeGreaterThan(hoursUntil(nextCheckAt(state("in_transit"), now, 0.5))! * 2);
  });

  it("spreads checks within ±15 % and always in the future", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MILESTONES), fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.boolean(), (m, r, push) => {
        const next = nextCheckAt(state(m, { pushSubscribed: push }), now, r);
        if (next) expect(next.getTime()).toBeGreaterThan(now.getTime());
      }),
    );
    const a = hoursUntil(nextCheckAt(state("in_transit"), now, 0))!;
    const b = hoursUntil(nextCheckAt(state("in_transit"), now, 0.999))!;
    expect(a).toBeCloseTo(4 * 0.85, 2);
    expect(b).toBeCloseTo(4 * 1.15, 1);
  });
});
