// Every source the product promises has fixtures, in its real format, for each stage of a
// parcel's life: label created, in transit, out for delivery, delivered, failed attempt,
// exception and return — checked from what the parsers actually produce.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError } from "../tracking/normalize";
import { fixtureFiles } from "./fixture-files";
import { PARSERS } from "./registry";

const PROMISED = [
  "ups", "fedex", "usps", "dhl", "dhl_express", "dhl_ecommerce", "canadapost", "royalmail",
  "australiapost", "postnl", "dpd", "gls", "aftership", "easypost", "shippo", "17track",
];

const STAGES: Record<string, (m: string) => boolean> = {
  "info received": (m) => m === "info_received",
  "in transit": (m) => m === "in_transit",
  "out for delivery": (m) => m === "out_for_delivery",
  delivered: (m) => m === "delivered",
  "failed attempt": (m) => m === "failed_attempt",
  exception: (m) => m === "exception",
  return: (m) => m === "returning" || m === "returned",
};

describe.each(PROMISED)("%s fixtures", (source) => {
  it("cover every stage and an error body", () => {
    const milestones = new Set<string>();
    // A carrier that knows the shipment but has scanned nothing yet (label created) answers
    // with no events: that is its "info received".
    let errorBodies = 0;
    for (const file of fixtureFiles(source)) {
      try {
        for (const t of PARSERS[source](readFileSync(file, "utf8"))) {
          if (t.events.length === 0) milestones.add("info_received");
          for (const e of t.events) milestones.add(e.milestone);
        }
      } catch (err) {
        if (err instanceof CarrierErrorResponse) errorBodies++;
        else if (err instanceof CarrierFormatError) continue; // fixtures of malformed bodies
        else throw err;
      }
    }
    const missing = Object.entries(STAGES)
      .filter(([, has]) => ![...milestones].some(has))
      .map(([stage]) => stage);
    expect(missing).toEqual([]);
    expect(errorBodies).toBeGreaterThan(0);
  });
});
