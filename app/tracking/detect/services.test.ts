// The lookups encoded in TypeScript agree with tracking_number_data's "additional" blocks, and
// detection reports the service they name.
import { describe, expect, it } from "vitest";
import { detectCarrier } from "./detect";
import { postalOperator } from "./s10";
import { S10_OPERATORS } from "./s10-operators";
import { DPD_SERVICES, s10Service, UPS_SERVICES, UPS_WAYBILL_SERVICES, USPS_APPLICATION_IDS, USPS_SERVICE_TYPES } from "./services";
import { readCourierFile } from "./testing/tracking-number-data";

interface LookupRow {
  matches?: string;
  matches_regex?: string;
  name: string;
  courier?: string;
  country?: string;
}

function lookup(file: string, definition: string, name: string): LookupRow[] {
  const def = readCourierFile(file).tracking_numbers.find((t) => t.name === definition)!;
  const additional = def.additional as Array<{ name: string; lookup: LookupRow[] }>;
  return additional.find((a) => a.name === name)!.lookup;
}

/** Every code a row stands for: its literal, or each two-digit code its regex admits. */
function codes(row: LookupRow): string[] {
  if (row.matches !== undefined) return [row.matches];
  const pattern = new RegExp(`^(?:${row.matches_regex})$`);
  return Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0")).filter((c) => pattern.test(c));
}

describe("service lookups", () => {
  it("UPS service codes match ups.json", () => {
    const rows = lookup("ups.json", "UPS", "Service Type");
    expect(Object.fromEntries(UPS_SERVICES)).toEqual(Object.fromEntries(rows.map((r) => [r.matches, r.name])));
    const waybill = lookup("ups.json", "UPS Waybill", "Service Type");
    expect(Object.fromEntries(UPS_WAYBILL_SERVICES)).toEqual(Object.fromEntries(waybill.map((r) => [r.matches, r.name])));
  });

  it("USPS service types cover usps.json's codes, each named after the data's service", () => {
    const rows = lookup("usps.json", "USPS 20", "Service Type");
    const expected = rows.flatMap((r) => codes(r).map((c) => [c, r.name] as const));
    expect([...USPS_SERVICE_TYPES.keys()].sort()).toEqual(expected.map(([c]) => c).sort());
    for (const [code, name] of expected) expect(USPS_SERVICE_TYPES.get(code)!.startsWith(name), code).toBe(true);
    const ids = lookup("usps.json", "USPS IMpb C", "Application Identifier").concat(lookup("usps.json", "USPS IMpb N", "Application Identifier"));
    expect([...USPS_APPLICATION_IDS.keys()].sort()).toEqual(ids.map((r) => r.matches).sort());
  });

  it("DPD service codes match dpd.json", () => {
    const rows = lookup("dpd.json", "DPD (28)", "Service Type");
    expect([...DPD_SERVICES.keys()]).toEqual(rows.map((r) => r.matches));
    for (const r of rows) expect(DPD_SERVICES.get(r.matches!)!.startsWith(r.name)).toBe(true);
  });

  it("S10 operators match s10.json, and S10 service letters follow its patterns", () => {
    const operators = lookup("s10.json", "S10", "Courier");
    expect(Object.keys(S10_OPERATORS)).toHaveLength(operators.length);
    for (const r of operators) expect(S10_OPERATORS[r.matches!]).toEqual([r.courier, r.country]);

    const services = lookup("s10.json", "S10", "Service Type");
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters)
      for (const b of letters) {
        const row = services.find((r) => new RegExp(`^(?:${r.matches_regex})$`).test(a + b));
        expect(s10Service(a + b), a + b).toBe(row ? row.name : null);
      }
  });

  it("maps S10 countries to the posts we integrate, and others to upu_<cc>", () => {
    expect(postalOperator("US")).toEqual({ carrier: "usps", operator: "United States Postal Service", country: "United States of America" });
    expect(postalOperator("CA")?.carrier).toBe("canadapost");
    expect(postalOperator("GB")?.carrier).toBe("royalmail");
    expect(postalOperator("AU")?.carrier).toBe("australiapost");
    expect(postalOperator("NL")?.carrier).toBe("postnl");
    expect(postalOperator("DE")?.carrier).toBe("dhl");
    expect(postalOperator("CH")).toEqual({ carrier: "upu_ch", operator: "La Poste Suisse", country: "Switzerland" });
    expect(postalOperator("XX")).toBeNull();
  });
});

describe("detected services", () => {
  it.each([
    ["1ZXX3150YW44070023", "ups", "UPS SurePost - Delivered by the USPS"],
    ["1Z5R89390357567127", "ups", "UPS United States Ground"],
    ["K1506235620", "ups", "UPS Ground"],
    ["0307 1790 0005 2348 3741", "usps", "Delivery Confirmation: Retail"],
    ["9261292700768711948021", "usps", "Parcel Select"],
    ["9400111206206406260787", "usps", "Online or vendor label"],
    ["9505 5110 6960 5048 6006 24", "usps", "USPS Retail"],
    ["00 81827 0998 0000 0200 33 350 276 C", "dpd", "AM0 (DPD 8:30)"],
    ["RB123456785GB", "royalmail", "Royal Mail Group plc: Letter Post Registered"],
    ["ZA123456785AU", "australiapost", "Australia Post: Domestic"],
    ["RR123456785CH", "upu_ch", "La Poste Suisse: Letter Post Registered"],
    ["986578788855", "fedex", "FedEx Express"],
  ])("%s -> %s, %s", (number, carrier, service) => {
    expect(detectCarrier(number)).toMatchObject({ carrier, service, valid: true });
  });
});
