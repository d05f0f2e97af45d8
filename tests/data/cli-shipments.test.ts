import "../support/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../app/cli/main";
import type { CliIO } from "../../app/cli/io";
import { setUpTestDb, type TestDb } from "../support/test-db";
import { deliver, fixture } from "../support/webhook-client";

let t: TestDb;
beforeAll(async () => {
  t = await setUpTestDb();
  await deliver("orders/create", fixture("orders-updated.json"));
});
afterAll(async () => t.drop());

function capture(): CliIO & { lines: string[]; notes: string[] } {
  const lines: string[] = [];
  const notes: string[] = [];
  return { lines, notes, isTTY: false, emit: (r) => lines.push(JSON.stringify(r)), note: (m) => notes.push(m), readStdin: async () => "" };
}

describe("porchlight shipments", () => {
  it("prints one JSON line per shipment with the agreed fields", async () => {
    const io = capture();
    expect(await main(["shipments", "--shop", "test-shop.myshopify.com"], io)).toBe(0);
    const rows = io.lines.map((l) => JSON.parse(l)).sort((a, b) => a.trackingNumber.localeCompare(b.trackingNumber));
    expect(rows).toEqual([
      { shop: "test-shop.myshopify.com", order: "#9999", trackingNumber: "1Z5R89390357567127", carrier: "ups", milestone: "pending", code: "pending.awaiting_info", eta: null },
      { shop: "test-shop.myshopify.com", order: "#9999", trackingNumber: "1Z879E930346834440", carrier: "ups", milestone: "pending", code: "pending.awaiting_info", eta: null },
    ]);
  });

  it("filters by order name with or without #, and by unknown shop to nothing", async () => {
    const a = capture();
    await main(["shipments", "--order", "9999"], a);
    expect(a.lines).toHaveLength(2);
    const b = capture();
    await main(["shipments", "--shop", "other.myshopify.com"], b);
    expect(b.lines).toHaveLength(0);
  });

  it("rejects unknown options with a usage error (exit 2)", async () => {
    const io = capture();
    expect(await main(["shipments", "--colour", "red"], io)).toBe(2);
    expect(io.notes.join("\n")).toContain("unknown option --colour");
  });
});
