import { describe, expect, it } from "vitest";
import { isTrackingView } from "./view-guard";
import { viewFixture } from "./view-fixtures";

const view = viewFixture("failed-attempt.en");

function withShipment(patch: Record<string, unknown>): unknown {
  return { ...view, shipments: [{ ...view.shipments[0], ...patch }] };
}

describe("isTrackingView", () => {
  it("accepts a view with and without shipments", () => {
    expect(isTrackingView(view)).toBe(true);
    expect(isTrackingView(viewFixture("no-tracking.fr"))).toBe(true);
  });

  it("rejects bodies the surfaces could not render", () => {
    expect(isTrackingView(null)).toBe(false);
    expect(isTrackingView([view])).toBe(false);
    expect(isTrackingView({ error: "not found" })).toBe(false);
    const { showDetails: _dropped, ...labels } = view.labels;
    expect(isTrackingView({ ...view, labels })).toBe(false);
    expect(isTrackingView({ ...view, shipments: "none" })).toBe(false);
    expect(isTrackingView(withShipment({ headline: undefined }))).toBe(false);
    expect(isTrackingView(withShipment({ progress: { step: "1", steps: 4 } }))).toBe(false);
    expect(isTrackingView(withShipment({ carrier: null }))).toBe(false);
    expect(isTrackingView(withShipment({ timeline: [{ when: "today" }] }))).toBe(false);
    expect(isTrackingView(withShipment({ banner: { title: "Missed" } }))).toBe(false);
  });
});
