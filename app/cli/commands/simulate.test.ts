import { describe, expect, it } from "vitest";
import type { CliIO } from "../io";
import { main } from "../main";

function capture(limit = Infinity) {
  const records: Array<Record<string, unknown>> = [];
  const notes: string[] = [];
  const io: CliIO = {
    isTTY: false,
    emit: (record) => {
      if (records.length >= limit) throw new Error("reader gone");
      records.push(JSON.parse(JSON.stringify(record)));
    },
    note: (message) => notes.push(message),
    readStdin: async () => "",
  };
  return { io, records, notes };
}

describe("porchlight simulate", () => {
  it("prints one JSON record per shipment with its scans, carrier estimates and ground truth", async () => {
    const run = capture();
    expect(await main(["simulate", "--shipments", "40", "--days", "10", "--seed", "7"], run.io)).toBe(0);
    expect(run.records).toHaveLength(40);
    for (const r of run.records) {
      expect(Object.keys(r)).toEqual([
        "trackingNumber", "carrier", "company", "service", "lane", "origin", "destination", "shippedAt", "promisedBy", "deliveredAt", "outcome", "pitfalls", "events", "carrierEtas",
      ]);
      expect(r.shippedAt).toMatch(/^2025-08-\d\dT/);
      expect((r.events as unknown[]).length).toBeGreaterThan(0);
    }
    expect(run.notes.join("\n")).toMatch(/simulated 40 shipments over 10 days from 2025-08-04 \(seed 7\)/);
  });

  it("prints the same lines for the same flags and others for another seed", async () => {
    const [a, b, c] = [capture(), capture(), capture()];
    await main(["simulate", "--shipments", "25", "--days", "5", "--seed", "3"], a.io);
    await main(["simulate", "--shipments=25", "--days=5", "--seed=3"], b.io);
    await main(["simulate", "--shipments", "25", "--days", "5", "--seed", "4"], c.io);
    expect(b.records).toEqual(a.records);
    expect(c.records).not.toEqual(a.records);
  });

  it("starts on --start", async () => {
    const run = capture();
    await main(["simulate", "--shipments", "30", "--days", "3", "--seed", "1", "--start", "2026-02-10"], run.io);
    const shipped = run.records.map((r) => Date.parse(r.shippedAt as string));
    expect(Math.min(...shipped)).toBeGreaterThanOrEqual(Date.parse("2026-02-09T12:00:00Z"));
    expect(Math.max(...shipped)).toBeLessThan(Date.parse("2026-02-13T12:00:00Z"));
  });

  it("streams: records go out while the simulation runs, so a vast run stops as soon as the reader does", async () => {
    const run = capture(5);
    await expect(main(["simulate", "--shipments", "1000000000", "--days", "365", "--seed", "1"], run.io)).rejects.toThrow("reader gone");
    expect(run.records).toHaveLength(5);
  });

  it.each([
    [["--days", "5", "--seed", "1"], /--shipments is required/],
    [["--shipments", "ten", "--days", "5", "--seed", "1"], /--shipments needs a whole number/],
    [["--shipments", "5", "--days", "0", "--seed", "1"], /--days must be at least 1/],
    [["--shipments", "5", "--days", "5"], /--seed is required/],
    [["--shipments", "5", "--days", "5", "--seed", "1", "--start", "2026-02-30"], /--start needs a date/],
    [["--shipments", "5", "--days", "5", "--seed", "1", "--rate", "9"], /unknown flag --rate/],
    [["--shipments", "5", "--days", "5", "--seed", "1", "extra"], /unexpected argument 'extra'/],
  ])("refuses %j with a usage error", async (args, message) => {
    const run = capture();
    expect(await main(["simulate", ...args], run.io)).toBe(2);
    expect(run.records).toEqual([]);
    expect(run.notes.join("\n")).toMatch(message);
  });

  it("is listed in the command help", async () => {
    const run = capture();
    await main(["help"], run.io);
    expect(run.notes.join("\n")).toMatch(/simulate\s+simulate sandbox-network shipments/);
  });
});
