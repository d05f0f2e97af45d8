// tracking_number_data as the oracle: every valid test number is recognized as its courier,
// no invalid one passes as valid for the format the data lists it under.
import { describe, expect, it } from "vitest";
import { FORMATS } from "./couriers";
import { detectCarrier } from "./detect";
import { loadDefinitions, type DataDefinition } from "./testing/tracking-number-data";

const definitions = loadDefinitions();
const formatByName = new Map(FORMATS.map((f) => [f.name, f]));

const CARRIER_OF_COURIER: Record<string, string> = {
  amazon: "amazon",
  canada_post: "canadapost",
  canpar: "canpar",
  dpd: "dpd",
  fedex: "fedex",
  gofo: "gofo",
  landmark: "landmark",
  lasership: "lasership",
  old_dominion: "old_dominion",
  ontrac: "ontrac",
  purolator: "purolator",
  speedee: "speedee",
  ups: "ups",
  usps: "usps",
  yodel: "yodel",
  yunexpress: "yunexpress",
};
const POSTS: Record<string, string> = { US: "usps", GB: "royalmail", CA: "canadapost", AU: "australiapost", NL: "postnl", DE: "dhl" };

/** What Shopify's tracking_company would say for each of our carriers. */
const COMPANY_OF_CARRIER: Record<string, string> = {
  amazon: "Amazon Logistics US",
  canadapost: "Canada Post",
  canpar: "Canpar",
  dhl_ecommerce: "DHL eCommerce",
  dhl_express: "DHL Express",
  dpd: "DPD",
  fedex: "FedEx",
  gofo: "GOFO Express",
  landmark: "Landmark Global",
  lasership: "LaserShip",
  old_dominion: "Old Dominion Freight Line",
  ontrac: "OnTrac",
  purolator: "Purolator",
  royalmail: "Royal Mail",
  speedee: "Spee-Dee Delivery",
  ups: "UPS",
  usps: "USPS",
  yodel: "Yodel",
  yunexpress: "YunExpress",
};

function expectedCarrier(def: DataDefinition, number: string): string {
  if (def.courierCode === "dhl") return def.key.startsWith("dhl_ecommerce") ? "dhl_ecommerce" : "dhl_express";
  if (def.courierCode === "s10") {
    const country = number.replace(/\s/g, "").slice(-2).toUpperCase();
    return POSTS[country] ?? `upu_${country.toLowerCase()}`;
  }
  return CARRIER_OF_COURIER[def.courierCode];
}

function formatIdOf(def: DataDefinition): string {
  const format = formatByName.get(def.name);
  if (!format) throw new Error(`no format named ${def.name}`);
  return format.id;
}

const validCases = definitions.flatMap((def) => def.valid.map((number) => ({ def, number })));
const invalidCases = definitions.flatMap((def) => def.invalid.map((number) => ({ def, number })));

describe("tracking_number_data corpus", () => {
  it("holds the 192 valid and 88 invalid numbers the data promises", () => {
    expect(validCases).toHaveLength(192);
    expect(invalidCases).toHaveLength(88);
  });

  it("has one format per data definition, with the data's id where it has one", () => {
    for (const def of definitions) {
      const format = formatByName.get(def.name);
      expect(format, def.name).toBeDefined();
      if (def.id) expect(format!.id).toBe(def.id);
    }
    expect(FORMATS).toHaveLength(definitions.length);
  });

  it.each(validCases.map((c) => [c.def.key, c.number, c.def] as const))("%s %j is valid for its format and carrier", (_key, number, def) => {
    const detection = detectCarrier(number);
    const carrier = expectedCarrier(def, number);
    const match = detection.candidates.find((c) => c.format === formatIdOf(def));
    expect(match).toMatchObject({ carrier, valid: true });
    // Whatever ranks first must be a full match too: ambiguity, never a worse guess.
    expect(detection.valid).toBe(true);
  });

  it("ranks the data's carrier first for every valid number once Shopify names the carrier", () => {
    const misses: string[] = [];
    for (const { def, number } of validCases) {
      const carrier = expectedCarrier(def, number);
      const company = COMPANY_OF_CARRIER[carrier] ?? "Other";
      const detection = detectCarrier(number, company);
      if (detection.carrier !== carrier || !detection.valid) misses.push(`${number} (${company}) -> ${detection.carrier}`);
    }
    expect(misses).toEqual([]);
  });

  it("ranks the data's carrier first without a hint, except where another carrier's format fits too", () => {
    const wrongTop: string[] = [];
    for (const { def, number } of validCases) {
      const detection = detectCarrier(number);
      const carrier = expectedCarrier(def, number);
      if (detection.carrier === carrier) continue;
      wrongTop.push(number);
      // Only a genuine overlap may outrank the data's carrier, and it stays among the candidates.
      expect(detection.candidates.some((c) => c.valid && c.carrier === carrier), number).toBe(true);
      expect(detection.valid, number).toBe(true);
    }
    // The data's own overlaps: 12-digit Purolator numbers that are valid FedEx Express numbers
    // too (FedEx ranks first: far more common), and a J-prefixed Purolator number that fits
    // DHL Express piece ids.
    expect(wrongTop.length / validCases.length).toBeLessThan(0.02);
  });

  it.each(invalidCases.map((c) => [c.def.key, c.number, c.def] as const))("%s %j is not valid for that format", (_key, number, def) => {
    const detection = detectCarrier(number);
    const formatId = formatIdOf(def);
    expect(detection.candidates.filter((c) => c.format === formatId && c.valid)).toEqual([]);
  });

  it("lets no invalid number pass for its courier, unless the data lists it valid under another of the courier's formats", () => {
    const compact = (n: string) => n.replace(/\s/g, "");
    const passing = invalidCases.filter(({ def, number }) =>
      detectCarrier(number).candidates.some((c) => c.valid && c.carrier === expectedCarrier(def, number)),
    );
    for (const { def, number } of passing) {
      const listedValid = definitions.some((o) => o !== def && o.courierCode === def.courierCode && o.valid.map(compact).includes(compact(number)));
      expect(listedValid, number).toBe(true);
    }
    // Purolator lists "331426749957" as an invalid alpha number; it is one of its valid numeric ones.
    expect(passing.map((c) => c.number)).toEqual(["331426749957"]);
  });
});
