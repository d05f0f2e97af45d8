import { describe, expect, it } from "vitest";
import type { CliIO } from "../io";
import { main } from "../main";

function capture(stdin = "") {
  const records: unknown[] = [];
  const notes: string[] = [];
  let stdinReads = 0;
  const io: CliIO = {
    isTTY: false,
    emit: (record) => records.push(JSON.parse(JSON.stringify(record))),
    note: (message) => notes.push(message),
    readStdin: async () => {
      stdinReads++;
      return stdin;
    },
  };
  return { io, records, notes, stdinReads: () => stdinReads };
}

describe("porchlight detect", () => {
  it("prints one record per argument, in order, with the detection's fields", async () => {
    const run = capture();
    const code = await main(["detect", "1Z5R89390357567127", "rb 1234 5678 5us", "hello"], run.io);
    expect(code).toBe(0);
    expect(run.records).toHaveLength(3);
    expect(Object.keys(run.records[0] as object)).toEqual(["number", "carrier", "service", "valid", "candidates"]);
    expect(run.records[0]).toMatchObject({ number: "1Z5R89390357567127", carrier: "ups", service: "UPS United States Ground", valid: true });
    expect(run.records[1]).toMatchObject({ number: "RB123456785US", carrier: "usps", valid: true });
    expect(run.records[2]).toEqual({ number: "HELLO", carrier: null, service: null, valid: false, candidates: [] });
    expect(run.stdinReads()).toBe(0);
  });

  it("reads numbers from stdin, one per line, when none are given", async () => {
    const run = capture("986578788855\r\n\n  LX17635036  \nTBA000000000000\n");
    expect(await main(["detect"], run.io)).toBe(0);
    expect(run.records.map((r) => (r as { carrier: string }).carrier)).toEqual(["fedex", "lasership", "amazon"]);
  });

  it("reads stdin where '-' stands among the arguments", async () => {
    const run = capture("LX17635036\n");
    await main(["detect", "1Z5R89390357567127", "-", "986578788855"], run.io);
    expect(run.records.map((r) => (r as { carrier: string }).carrier)).toEqual(["ups", "lasership", "fedex"]);
  });

  it("passes --company as the tracking_company hint", async () => {
    const run = capture();
    await main(["detect", "--company", "Purolator", "287809468872"], run.io);
    const record = run.records[0] as { carrier: string; candidates: Array<{ carrier: string }> };
    expect(record.carrier).toBe("purolator");
    expect(record.candidates.map((c) => c.carrier)).toEqual(["purolator", "fedex"]);
  });

  it("fails with a usage error when there is nothing to detect", async () => {
    const run = capture("\n\n");
    expect(await main(["detect"], run.io)).toBe(2);
    expect(run.records).toEqual([]);
    expect(run.notes.join("\n")).toMatch(/no tracking numbers given/);
  });

  it("is listed in the command help", async () => {
    const run = capture();
    await main(["help"], run.io);
    expect(run.notes.join("\n")).toMatch(/detect\s+detect the carrier/);
  });
});
