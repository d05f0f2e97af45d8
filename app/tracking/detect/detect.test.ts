import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCarrier } from "./detect";
import { corpusNumbers } from "./testing/tracking-number-data";

const carriersOf = (number: string, company?: string) => detectCarrier(number, company).candidates.map((c) => c.carrier);

describe("detectCarrier: input hygiene", () => {
  it("normalizes whitespace, dashes and case before matching", () => {
    const detection = detectCarrier("  1z5r 8939-0357\t5671 27\n");
    expect(detection.number).toBe("1Z5R89390357567127");
    expect(detection).toMatchObject({ carrier: "ups", valid: true });
    expect(detectCarrier("rb123456785us")).toMatchObject({ number: "RB123456785US", carrier: "usps", valid: true });
    expect(detectCarrier("9400\u00a01112\u20130108\u200b0805 4830 16")).toMatchObject({ number: "9400111201080805483016", carrier: "usps" });
  });

  it.each([
    ["empty", ""],
    ["blank", " \t\n "],
    ["very long", "1Z".repeat(50_000)],
    ["long digits", "9".repeat(10_000)],
    ["emoji", "📦📦📦"],
    ["unicode letters", "ТРЕК１２３４５"],
    ["control characters", "\u0000\u0001\u0002"],
    ["punctuation", "!@#$%^&*()"],
    ["lone surrogate", "\ud800"],
  ])("returns no carrier for %s input, with or without a company", (_label, input) => {
    for (const company of [undefined, null, "UPS"]) {
      const detection = detectCarrier(input, company);
      expect(detection).toMatchObject({ carrier: null, service: null, valid: false, candidates: [] });
    }
  });

  it("tolerates non-string input from untyped callers", () => {
    expect(detectCarrier(undefined as unknown as string).carrier).toBeNull();
    expect(detectCarrier(986578788855 as unknown as string).carrier).toBe("fedex");
  });
});

describe("detectCarrier: ranking", () => {
  it("returns every carrier an ambiguous number fits, the more common one first", () => {
    // A valid FedEx Express (12) number and a valid Purolator (12) number at once.
    const detection = detectCarrier("287809468872");
    expect(detection.candidates.map((c) => [c.carrier, c.format, c.valid])).toEqual([
      ["fedex", "fedex_12", true],
      ["purolator", "purolator_numeric", true],
    ]);
    expect(detection.candidates[0].confidence).toBeGreaterThan(detection.candidates[1].confidence);
  });

  it("ranks the carrier named by tracking_company first", () => {
    expect(carriersOf("287809468872", "Purolator")).toEqual(["purolator", "fedex"]);
    expect(carriersOf("JFV247545960")).toEqual(["dhl_express", "purolator"]);
    expect(carriersOf("JFV247545960", "Purolator")).toEqual(["purolator", "dhl_express"]);
    const hinted = detectCarrier("287809468872", "Purolator");
    expect(hinted.candidates[0].confidence).toBeGreaterThan(0.9);
  });

  it("prefers a distinctive prefix with a check digit over a bare digit pattern", () => {
    // 780…: Old Dominion's prefix plus Luhn beats DHL Express's "any 11 digits" mod 7.
    expect(carriersOf("78045768393")).toEqual(["old_dominion", "dhl_express"]);
    // 420 ZIP + IMpb C beats FedEx Express (34)'s bare digits.
    expect(carriersOf("4201028200009261290113185417468510")).toEqual(["usps", "fedex"]);
  });

  it("gives a family hint some weight: 'DHL' favours DHL Express over other carriers", () => {
    const plain = detectCarrier("78045768393").candidates.find((c) => c.carrier === "dhl_express")!;
    const hinted = detectCarrier("78045768393", "DHL").candidates.find((c) => c.carrier === "dhl_express")!;
    expect(hinted.confidence).toBeGreaterThan(plain.confidence);
    expect(carriersOf("78045768393", "DHL Express")[0]).toBe("dhl_express");
  });

  it("is sure of distinctive formats and unsure of bare digit runs", () => {
    expect(detectCarrier("1Z5R89390357567127").candidates[0].confidence).toBeGreaterThan(0.99);
    expect(detectCarrier("60120172242323").candidates[0].confidence).toBeLessThan(0.5);
  });

  it("orders candidates by confidence, each within 0..1", () => {
    for (const number of corpusNumbers()) {
      const confidences = detectCarrier(number).candidates.map((c) => c.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
    }
  });
});

describe("detectCarrier: failed check digits and company-only hints", () => {
  it("keeps the carrier of a distinctive number whose check digit fails, as not valid", () => {
    expect(detectCarrier("1Z5R89390357567128")).toMatchObject({ carrier: "ups", valid: false });
    expect(detectCarrier("RB123456786US")).toMatchObject({ carrier: "usps", valid: false });
  });

  it("names no carrier for a bare digit run whose check digit fails", () => {
    expect(detectCarrier("996578788855")).toMatchObject({ carrier: null, valid: false, candidates: [] });
  });

  it("trusts tracking_company for carriers whose numbers we cannot verify, as not valid", () => {
    const detection = detectCarrier("ZZ12345678AB", "GLS");
    expect(detection).toMatchObject({ carrier: "gls", service: null, valid: false });
    expect(detection.candidates).toEqual([{ carrier: "gls", service: null, confidence: expect.any(Number), valid: false, format: "shopify_company" }]);
  });

  it("lets tracking_company outrank a bare digit format, but not a distinctive one", () => {
    // GLS numbers are often 12 digits; FedEx Express (12) alone is weak evidence.
    expect(carriersOf("986578788855", "GLS")).toEqual(["gls", "fedex"]);
    // A 1Z number is UPS whatever the merchant typed.
    expect(carriersOf("1Z5R89390357567127", "FedEx")).toEqual(["ups", "fedex"]);
  });

  it("needs a plausible number before trusting tracking_company", () => {
    expect(detectCarrier("ABC", "GLS").carrier).toBeNull();
    expect(detectCarrier("NOT-A-NUMBER", "GLS").carrier).toBeNull();
  });
});

describe("detectCarrier: properties", () => {
  it("never throws on arbitrary strings and companies, and keeps its own invariants", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: fc.constantFrom(..."0123456789ABCDEFGHJKLMNPRSTVXYZ -"), maxLength: 40 }));
    fc.assert(
      fc.property(text, fc.option(fc.string({ unit: "binary", maxLength: 30 }), { nil: undefined }), (number, company) => {
        const detection = detectCarrier(number, company);
        expect(detection.number).not.toMatch(/[\s-]/);
        if (detection.valid) expect(detection.carrier).not.toBeNull();
        if (detection.carrier === null) expect(detection.candidates).toEqual([]);
        else expect(detection.candidates[0]).toMatchObject({ carrier: detection.carrier, service: detection.service, valid: detection.valid });
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same answer however a corpus number is spaced, dashed or cased", () => {
    const numbers = corpusNumbers().map((n) => n.replace(/[\s-]/g, ""));
    fc.assert(
      fc.property(fc.constantFrom(...numbers), fc.array(fc.constantFrom(" ", "-", "  ", "\t"), { minLength: 30, maxLength: 30 }), fc.boolean(), (number, separators, lower) => {
        const messy = [...number].map((ch, i) => ch + (i < number.length - 1 ? separators[i % separators.length] : "")).join("");
        expect(detectCarrier(lower ? messy.toLowerCase() : messy)).toEqual(detectCarrier(number));
      }),
    );
  });
});
