// The TrackingView fixtures (app/tracking/view/fixtures) are what every surface test and the
// lead's browser tests render, so they are the real builder's output for realistic inputs
// (view-scenarios.ts). Rewrite them after a builder change with this file's `-u`.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTrackingView } from "./view-guard";
import { VIEW_FIXTURES_DIR, viewFixture, viewFixtureNames } from "./view-fixtures";
import { VIEW_SCENARIOS, viewOf } from "./view-scenarios";

const scenarios = Object.keys(VIEW_SCENARIOS).sort();

describe("TrackingView fixtures", () => {
  it("exist for exactly the scenarios", () => {
    expect(viewFixtureNames()).toEqual(scenarios);
  });

  it.each(scenarios)("%s is the builder's view of its scenario", async (name) => {
    const view = viewOf(VIEW_SCENARIOS[name]);
    expect(isTrackingView(view)).toBe(true);
    expect(name.endsWith(`.${view.locale}`)).toBe(true);
    await expect(`${JSON.stringify(view, null, 2)}\n`).toMatchFileSnapshot(join(VIEW_FIXTURES_DIR, `${name}.json`));
  });

  it.each(["en", "fr"])("cover every milestone and main pitfall in %s", (locale) => {
    const views = scenarios.filter((name) => name.endsWith(`.${locale}`)).map(viewFixture);
    const shipments = views.flatMap((view) => view.shipments);
    const milestones = new Set(shipments.map((shipment) => shipment.milestone));
    for (const milestone of ["info_received", "in_transit", "out_for_delivery", "available_for_pickup", "delivered", "failed_attempt", "exception", "returning"]) {
      expect(milestones).toContain(milestone);
    }
    const families = new Set(shipments.map((shipment) => shipment.banner?.family));
    for (const family of ["weather", "customs", "recipient_unavailable", "address", "lost", "returned"]) expect(families).toContain(family);
    expect(views.some((view) => view.shipments.length > 1)).toBe(true);
    expect(views.some((view) => view.shipments.length === 0)).toBe(true);
  });
});
