import { describe, expect, it } from "vitest";
import { CODE_ROWS } from "./codes";
import { CODES, codeInfo, isEventCode, MILESTONES, PITFALL_FAMILIES, SEVERITIES, type Severity } from "./index";

const rank = (s: Severity) => SEVERITIES.indexOf(s);
const infos = [...CODES.values()];

describe("taxonomy codes", () => {
  it("has at least 160 distinct codes, each shaped <milestone>.<detail>", () => {
    expect(CODE_ROWS.length).toBeGreaterThanOrEqual(160);
    expect(CODES.size).toBe(CODE_ROWS.length);
    for (const [code] of CODE_ROWS) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it("has the 11 milestones in lifecycle order", () => {
    expect([...MILESTONES]).toEqual([
      "pending",
      "info_received",
      "in_transit",
      "out_for_delivery",
      "available_for_pickup",
      "failed_attempt",
      "exception",
      "delivered",
      "returning",
      "returned",
      "expired",
    ]);
  });

  it("puts every code under a known milestone and gives every milestone at least one code", () => {
    const used = new Set<string>();
    for (const info of infos) {
      expect(MILESTONES).toContain(info.milestone);
      expect(info.code.startsWith(`${info.milestone}.`)).toBe(true);
      used.add(info.milestone);
    }
    expect([...used].sort()).toEqual([...MILESTONES].sort());
  });

  it("lists codes grouped by milestone, in milestone order", () => {
    const order = infos.map((i) => MILESTONES.indexOf(i.milestone));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("marks only pitfalls above low severity, and never marks a pitfall as mere info", () => {
    for (const info of infos) {
      if (info.pitfall === null) expect(["info", "low"], info.code).toContain(info.severity);
      else {
        expect(PITFALL_FAMILIES, info.code).toContain(info.pitfall);
        expect(info.severity, info.code).not.toBe("info");
      }
    }
  });

  it("uses every pitfall family at least once", () => {
    const families = new Set(infos.map((i) => i.pitfall).filter((p) => p !== null));
    expect([...families].sort()).toEqual([...PITFALL_FAMILIES].sort());
  });

  it("treats every exception as a pitfall", () => {
    for (const info of infos.filter((i) => i.milestone === "exception")) expect(info.pitfall, info.code).not.toBeNull();
  });

  it("keeps severity ordering sane", () => {
    const atLeastMedium = new Set(["lost", "returned", "refused", "cancelled", "force_majeure"]);
    for (const info of infos) {
      // Critical means the shopper will not get the parcel as ordered.
      if (info.severity === "critical") expect(["exception", "returned"], info.code).toContain(info.milestone);
      if (info.pitfall && atLeastMedium.has(info.pitfall)) expect(rank(info.severity), info.code).toBeGreaterThanOrEqual(rank("medium"));
      if (["info_received", "out_for_delivery", "available_for_pickup"].includes(info.milestone)) {
        expect(rank(info.severity), info.code).toBeLessThanOrEqual(rank("medium"));
      }
    }
    // Within a family, the escalated form ranks above the milder one.
    expect(rank(codeInfo("failed_attempt.address_issue").severity)).toBeGreaterThan(rank(codeInfo("in_transit.address_corrected").severity));
    expect(rank(codeInfo("exception.lost").severity)).toBeGreaterThan(rank(codeInfo("exception.missing_scans").severity));
    expect(rank(codeInfo("available_for_pickup.final_notice").severity)).toBeGreaterThan(rank(codeInfo("available_for_pickup.reminder").severity));
  });

  it("maps milestones to matching Shopify statuses", () => {
    const expected: Partial<Record<string, string[]>> = {
      out_for_delivery: ["OUT_FOR_DELIVERY"],
      available_for_pickup: ["READY_FOR_PICKUP"],
      failed_attempt: ["ATTEMPTED_DELIVERY"],
      delivered: ["DELIVERED", "PICKED_UP"],
    };
    for (const info of infos) {
      const allowed = expected[info.milestone];
      if (allowed) expect(allowed, info.code).toContain(info.shopifyStatus);
    }
  });

  it("looks codes up and rejects unknown ones", () => {
    expect(isEventCode("delivered.neighbour")).toBe(true);
    expect(isEventCode("delivered")).toBe(false);
    expect(isEventCode("delivered.by_drone")).toBe(false);
    expect(codeInfo("returning.unclaimed")).toMatchObject({ milestone: "returning", pitfall: "returned" });
    expect(() => codeInfo("nope.nope" as never)).toThrow(/unknown event code/);
  });
});
