import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeStandInOrders, standInShop } from "./fixtures";
import { AdminApiStore } from "./store";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const trackingData = path.join(repoRoot, "..", "shared", "data", "tracking_number_data");

// ---- an independent check of tracking numbers against the shared courier definitions ----

interface Checksum {
  name: string;
  evens_multiplier?: number;
  odds_multiplier?: number;
  reverse?: boolean;
  weightings?: number[];
  modulo1?: number;
  modulo2?: number;
}
interface Definition {
  name: string;
  regex: string | string[];
  validation: { checksum?: Checksum };
}

// The algorithms as CHECKSUM_ALGORITHMS.md in the shared data defines them.
function checksumOk(serial: string, check: string, c: Checksum): boolean {
  const chars = [...serial];
  switch (c.name) {
    case "mod10": {
      const seq = c.reverse ? chars.reverse() : chars;
      let total = 0;
      seq.forEach((ch, i) => {
        let x = /[0-9]/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 3) % 10;
        if (c.odds_multiplier && i % 2 === 1) x *= c.odds_multiplier;
        else if (c.evens_multiplier && i % 2 === 0) x *= c.evens_multiplier;
        total += x;
      });
      let digit = total % 10;
      if (digit !== 0) digit = 10 - digit;
      return digit === Number(check);
    }
    case "mod7":
      return Number(serial) % 7 === Number(check);
    case "s10": {
      const w = [8, 6, 4, 2, 3, 5, 9, 7];
      const rem = chars.reduce((s, ch, i) => s + Number(ch) * w[i], 0) % 11;
      return (rem === 1 ? 0 : rem === 0 ? 5 : 11 - rem) === Number(check);
    }
    case "sum_product_with_weightings_and_modulo": {
      const total = chars.reduce((s, ch, i) => s + Number(ch) * (c.weightings![i] ?? 0), 0);
      return (total % c.modulo1!) % c.modulo2! === Number(check);
    }
    default:
      return false;
  }
}

const FILE_OF_COMPANY: Record<string, string> = {
  UPS: "ups.json",
  USPS: "usps.json",
  FedEx: "fedex.json",
  "DHL Express": "dhl.json",
  "Canada Post": "canadapost.json",
  "Royal Mail": "s10.json",
};

const compiled = new Map<string, Array<{ name: string; pattern: RegExp; checksum?: Checksum }>>();

function definitions(file: string) {
  let list = compiled.get(file);
  if (!list) {
    const raw = (JSON.parse(readFileSync(path.join(trackingData, file), "utf8")) as { tracking_numbers: Definition[] }).tracking_numbers;
    list = raw.map((d) => ({
      name: d.name,
      pattern: new RegExp(`^(?:${Array.isArray(d.regex) ? d.regex.join("") : d.regex})$`),
      checksum: d.validation.checksum,
    }));
    compiled.set(file, list);
  }
  return list;
}

function validFor(company: string, number: string): string | null {
  for (const d of definitions(FILE_OF_COMPANY[company])) {
    const m = d.pattern.exec(number);
    const checksum = d.checksum;
    if (!m?.groups || !checksum) continue;
    const serial = (m.groups.SerialNumber ?? "").replace(/\s/g, "");
    const check = (m.groups.CheckDigit ?? "").replace(/\s/g, "");
    if (checksumOk(serial, check, checksum)) return d.name;
  }
  return null;
}

// ---- the generator ----

describe("makeStandInOrders", () => {
  const orders = makeStandInOrders(5000, 20261124);

  it("is deterministic in (n, seed) and differs by seed", () => {
    expect(JSON.stringify(makeStandInOrders(50, 7))).toBe(JSON.stringify(makeStandInOrders(50, 7)));
    expect(JSON.stringify(makeStandInOrders(50, 8))).not.toBe(JSON.stringify(makeStandInOrders(50, 7)));
    expect(JSON.stringify(orders.slice(0, 50))).not.toBe(JSON.stringify(makeStandInOrders(50, 7)));
  });

  it("gives unique ids, sequential names, and times that make sense together", () => {
    expect(new Set(orders.map((o) => o.id)).size).toBe(5000);
    const fulfillmentIds = orders.flatMap((o) => o.fulfillments.map((f) => f.id));
    expect(new Set(fulfillmentIds).size).toBe(fulfillmentIds.length);
    expect(orders.map((o) => o.name)).toEqual(orders.map((_, i) => `#${1001 + i}`));
    for (const o of orders) {
      const created = Date.parse(o.created_at);
      expect(o.admin_graphql_api_id).toBe(`gid://shopify/Order/${o.id}`);
      expect(Date.parse(o.updated_at)).toBeGreaterThanOrEqual(created);
      expect(o.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-04:00$/);
      for (const f of o.fulfillments) {
        expect(f.order_id).toBe(o.id);
        expect(Date.parse(f.created_at)).toBeGreaterThan(created);
        expect(Date.parse(f.updated_at)).toBeGreaterThanOrEqual(Date.parse(f.created_at));
        expect(Date.parse(o.updated_at)).toBeGreaterThanOrEqual(Date.parse(f.updated_at));
      }
      if (o.cancelled_at) {
        expect(o.fulfillments).toEqual([]);
        expect(o.closed_at).toBe(o.cancelled_at);
        expect(["refunded", "voided"]).toContain(o.financial_status);
      }
    }
    const created = orders.map((o) => Date.parse(o.created_at));
    expect(created.every((t, i) => i === 0 || created[i - 1] <= t)).toBe(true);
  });

  it("has the mix a backfill meets: mostly fulfilled with tracking, some partial, unfulfilled and cancelled", () => {
    const share = (pred: (o: (typeof orders)[number]) => boolean) => orders.filter(pred).length / orders.length;
    expect(share((o) => o.fulfillment_status === "fulfilled")).toBeGreaterThan(0.55);
    expect(share((o) => o.fulfillment_status === "partial")).toBeGreaterThan(0.05);
    expect(share((o) => o.fulfillment_status === null && !o.cancelled_at)).toBeGreaterThan(0.1);
    expect(share((o) => o.cancelled_at !== null)).toBeGreaterThan(0.01);
    expect(share((o) => o.fulfillments.length === 2)).toBeGreaterThan(0.03);
    expect(share((o) => o.fulfillments.some((f) => f.tracking_numbers.length > 1))).toBeGreaterThan(0.02);
    expect(new Set(orders.map((o) => o.shipping_address!.country_code))).toEqual(new Set(["US", "CA", "GB", "DE"]));
    for (const o of orders) {
      expect(o.fulfillments.length > 0).toBe(o.fulfillment_status === "fulfilled" || o.fulfillment_status === "partial");
    }
  });

  it("writes tracking numbers that pass their carrier's published format and check digit", () => {
    const byCompany = new Map<string, number>();
    for (const f of orders.flatMap((o) => o.fulfillments)) {
      const company = f.tracking_company!;
      expect(f.tracking_number).toBe(f.tracking_numbers[0]);
      expect(f.tracking_urls).toHaveLength(f.tracking_numbers.length);
      f.tracking_numbers.forEach((n, i) => {
        expect(validFor(company, n), `${company} ${n}`).not.toBeNull();
        expect(f.tracking_urls[i]).toContain(n);
      });
      byCompany.set(company, (byCompany.get(company) ?? 0) + 1);
    }
    expect([...byCompany.keys()].sort()).toEqual(Object.keys(FILE_OF_COMPANY).sort());
  });

  it("a flipped check digit fails the same check (the check above can fail)", () => {
    const f = orders.flatMap((o) => o.fulfillments).find((x) => x.tracking_company === "UPS")!;
    const n = f.tracking_numbers[0];
    const flipped = n.slice(0, -1) + String((Number(n.at(-1)) + 1) % 10);
    expect(validFor("UPS", flipped)).toBeNull();
  });

  it("loads into the stand-in store as-is", () => {
    const store = new AdminApiStore({ shop: standInShop(), accessTokens: ["t"], orders });
    expect(store.orderCount).toBe(5000);
    const sample = orders[4321];
    expect(store.orderNode(sample.id)?.name).toBe(sample.name);
  });
});
