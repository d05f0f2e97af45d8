import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_FIXTURES, ownFixture, REPO_ROOT } from "../../carriers/fixture-files";
import { SOURCES } from "../../carriers/registry";
import type { CliIO } from "../io";
import { main } from "../main";

function capture(stdin = "") {
  const records: Array<Record<string, unknown>> = [];
  const notes: string[] = [];
  const io: CliIO = {
    isTTY: false,
    emit: (record) => records.push(JSON.parse(JSON.stringify(record))),
    note: (message) => notes.push(message),
    readStdin: async () => stdin,
  };
  return { io, records, notes };
}

describe("porchlight normalize", () => {
  it("prints one line per tracking number with its events, status and ETA", async () => {
    const run = capture();
    const file = join(SHARED_FIXTURES, "usps", "TrackingResponse.json");
    expect(await main(["normalize", "--source", "usps", file], run.io)).toBe(0);
    expect(run.records).toHaveLength(1);
    const [line] = run.records;
    expect(Object.keys(line)).toEqual(["trackingNumber", "events", "status", "eta"]);
    expect(line.trackingNumber).toBe("9400109104250532908587");
    expect(line.status).toEqual({ milestone: "delivered", code: "delivered.parcel_locker" });
    expect(line.eta).toBeNull();
    const events = line.events as Array<Record<string, unknown>>;
    expect(events).toHaveLength(12);
    expect(Object.keys(events[0])).toEqual(["occurredAt", "utcOffset", "code", "milestone", "pitfall", "location", "rawCode", "rawText"]);
    expect(events[0]).toEqual({
      occurredAt: "2024-11-15T16:32:00.000Z",
      utcOffset: "-05:00",
      code: "info_received.label_created",
      milestone: "info_received",
      pitfall: null,
      location: "SPRINGFIELD GARDENS, NY",
      rawCode: "GX",
      rawText: "Shipping Label Created, USPS Awaiting Item",
    });
  });

  it("reads stdin when the file is '-' or left out", async () => {
    for (const args of [["normalize", "--source", "fedex", "-"], ["normalize", "--source=fedex"]]) {
      const run = capture(ownFixture("fedex", "out-for-delivery.json"));
      expect(await main(args, run.io)).toBe(0);
      expect(run.records.map((r) => [r.trackingNumber, r.status, r.eta])).toEqual([
        ["794612345032", { milestone: "out_for_delivery", code: "out_for_delivery.out_for_delivery" }, "2024-05-15T21:30:00.000Z"],
      ]);
    }
  });

  it("prints every tracking number of a batch body", async () => {
    const run = capture();
    const file = join(REPO_ROOT, "app", "carriers", "usps", "fixtures", "batch.json");
    expect(await main(["normalize", "--source", "usps", file], run.io)).toBe(0);
    expect(run.records.map((r) => r.trackingNumber)).toEqual(["9400111899223344556689"]);
  });

  it("reports a carrier error body as one error line and exit code 1", async () => {
    const run = capture(ownFixture("fedex", "not-found.json"));
    expect(await main(["normalize", "--source", "fedex"], run.io)).toBe(1);
    expect(run.records).toEqual([
      {
        error: {
          type: "CarrierErrorResponse",
          source: "fedex",
          code: "TRACKING.TRACKINGNUMBER.NOTFOUND",
          message: "fedex: TRACKING.TRACKINGNUMBER.NOTFOUND: Tracking number cannot be found. Please correct the tracking number and try again.",
        },
      },
    ]);
  });

  it("reports a malformed body as one error line naming the field, exit code 1", async () => {
    const run = capture(ownFixture("ups", "delivered.json").slice(0, 400));
    expect(await main(["normalize", "--source", "ups"], run.io)).toBe(1);
    expect(run.records).toHaveLength(1);
    expect(run.records[0].error).toMatchObject({ type: "CarrierFormatError", source: "ups", field: "body" });
  });

  it("refuses an unknown or missing source with a usage error listing the sources", async () => {
    const unknown = capture();
    expect(await main(["normalize", "--source", "pigeon", "-"], unknown.io)).toBe(2);
    expect(unknown.records).toEqual([]);
    expect(unknown.notes.join("\n")).toContain(`unknown source 'pigeon'; sources: ${SOURCES.join(", ")}`);
    expect(SOURCES).toEqual(expect.arrayContaining(["dhl", "fedex", "ups", "usps"]));

    const missing = capture();
    expect(await main(["normalize", "somefile.json"], missing.io)).toBe(2);
    expect(missing.notes.join("\n")).toMatch(/--source needs one of: .*ups/);
  });

  it("refuses a file it cannot read", async () => {
    const run = capture();
    expect(await main(["normalize", "--source", "ups", join(REPO_ROOT, "no-such-file.json")], run.io)).toBe(2);
    expect(run.notes.join("\n")).toMatch(/cannot read .*no-such-file\.json/);
  });
});
