import { describe, expect, it } from "vitest";
import { detectCarrier } from "../../tracking/detect";
import { seededRandom } from "../random";
import { CARRIERS, SIM_CARRIERS, type Service } from "./carriers";
import { trackingNumber, withCheckDigit } from "./tracking-numbers";

describe("withCheckDigit", () => {
  it("finds the one check digit a format accepts", () => {
    expect(withCheckDigit((c) => `1Z5R8939035756712${c}`, "ups")).toBe("1Z5R89390357567127");
    expect(withCheckDigit((c) => `RB12345678${c}US`, "usps")).toBe("RB123456785US");
  });

  it("searches a wider alphabet when asked (DPD's MOD 37,36 check characters)", () => {
    const body = "09876543210987";
    const n = withCheckDigit((c) => body + c, "dpd", { alphabet: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" });
    expect(n.startsWith(body)).toBe(true);
    expect(detectCarrier(n).candidates.some((c) => c.carrier === "dpd" && c.valid)).toBe(true);
  });

  it("accepts a carrier known only by its Shopify company name when the company is given", () => {
    expect(() => withCheckDigit((c) => `12345678901${c}`, "gls")).toThrow(/gls/);
    const n = withCheckDigit((c) => `12345678901${c}`, "gls", { company: "GLS" });
    expect(detectCarrier(n, "GLS").carrier).toBe("gls");
  });

  it("throws when no check digit makes a number of that carrier", () => {
    expect(() => withCheckDigit((c) => `ABC${c}`, "fedex")).toThrow(/fedex/);
  });
});

describe("trackingNumber", () => {
  it("issues numbers our detector gives to the carrier, for every carrier and service", () => {
    const r = seededRandom(99);
    const services: Service[] = ["ground", "express", "international"];
    for (const carrier of SIM_CARRIERS) {
      for (const service of services) {
        for (let i = 0; i < 20; i++) {
          const n = trackingNumber(r, carrier, service);
          const detection = detectCarrier(n, CARRIERS[carrier].company);
          expect(detection.carrier, `${carrier} ${service} ${n}`).toBe(carrier);
        }
      }
    }
  });

  it("puts the service into UPS numbers and S10 numbers for international post", () => {
    const r = seededRandom(5);
    expect(trackingNumber(r, "ups", "ground").slice(8, 10)).toBe("03");
    expect(trackingNumber(r, "ups", "express").slice(8, 10)).toBe("01");
    expect(trackingNumber(r, "usps", "international")).toMatch(/^[A-Z]{2}\d{9}US$/);
    expect(trackingNumber(r, "royalmail", "ground")).toMatch(/^[A-Z]{2}\d{9}GB$/);
  });
});
