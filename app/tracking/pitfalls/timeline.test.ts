import { describe, expect, it } from "vitest";
import { ev } from "./testing/fixtures";
import { buildTimeline, trailingRun } from "./timeline";
import type { PitfallEvent } from "./types";

describe("buildTimeline", () => {
  it("sorts by time, then id, whatever the input order", () => {
    const events = [ev("c", 3, "delivered.delivered"), ev("b", 1, "in_transit.in_transit"), ev("a", 1, "in_transit.picked_up")];
    expect(buildTimeline(events).map((e) => e.id)).toEqual(["a", "b", "c"]);
    expect(buildTimeline([...events].reverse()).map((e) => e.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps the earliest of events sharing an id", () => {
    const events = [ev("a", 5, "in_transit.in_transit"), ev("b", 2, "in_transit.picked_up"), ev("a", 1, "info_received.label_created"), ev("b", 2, "in_transit.picked_up")];
    expect(buildTimeline(events).map((e) => [e.id, e.code])).toEqual([
      ["a", "info_received.label_created"],
      ["b", "in_transit.picked_up"],
    ]);
  });

  it("dedupes long timelines the same way", () => {
    const many = Array.from({ length: 80 }, (_, i) => ev(`e${i % 40}`, i, "in_transit.in_transit"));
    const timeline = buildTimeline(many);
    expect(timeline).toHaveLength(40);
    expect(timeline.map((e) => e.at)).toEqual([...timeline.map((e) => e.at)].sort((x, y) => x - y));
  });

  it("drops events it cannot place: unknown codes and invalid times", () => {
    const junk = [
      ev("ok", 1, "in_transit.in_transit"),
      { ...ev("bad-code", 2, "in_transit.in_transit"), code: "in_transit.teleported" },
      { ...ev("bad-time", 3, "in_transit.in_transit"), occurredAt: new Date("garbage") },
      null,
    ] as unknown as PitfallEvent[];
    expect(buildTimeline(junk).map((e) => e.id)).toEqual(["ok"]);
  });

  it("uses the code's milestone and trims blank locations and carriers to null", () => {
    const [e] = buildTimeline([{ ...ev("a", 1, "exception.damaged", { location: "  ", carrier: " UPS " }), milestone: "delivered" }]);
    expect(e.traits.info.milestone).toBe("exception");
    expect(e.location).toBeNull();
    expect(e.carrier).toBe("UPS");
  });
});

describe("trailingRun", () => {
  it("finds where the last unbroken run starts", () => {
    const t = buildTimeline([ev("a", 1, "exception.generic"), ev("b", 2, "in_transit.in_transit"), ev("c", 3, "exception.lost"), ev("d", 4, "exception.damaged")]);
    expect(trailingRun(t, (e) => e.traits.info.milestone === "exception")).toBe(2);
    expect(trailingRun(t, () => false)).toBe(4);
  });
});
