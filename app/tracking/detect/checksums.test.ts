import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhn, mod10, mod37_36, mod7, s10, sumProductWithWeightings, verifyChecksum, type ChecksumSpec } from "./checksums";

const DIGITS = "0123456789";
const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const FEDEX_12 = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];

const digits = (min: number, max = min) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: min, maxLength: max });
const passing = (alphabet: string, ok: (check: string) => boolean) => [...alphabet].filter(ok);

describe("check-digit algorithms", () => {
  it("accept the data's numbers and reject them with another check digit", () => {
    // UPS 1Z5R89390357567127: letters fold to digits by (code - 3) mod 10.
    expect(mod10("5R8939035756712", "7", 1, 2, false)).toBe(true);
    expect(mod10("5R8939035756712", "8", 1, 2, false)).toBe(false);
    expect(mod10("XX3150YW4407002", "3", 1, 2, false)).toBe(true);
    // USPS IMpb N weighs from the right end, which matters for even lengths: 2×3 + 1×1 = 7 -> 3.
    expect(mod10("940011120620640626078", "7", 3, 1, true)).toBe(true);
    expect(mod10("12", "3", 3, 1, true)).toBe(true);
    expect(mod10("12", "5", 3, 1, false)).toBe(true);
    expect(mod7("331881002", "5")).toBe(true);
    expect(mod7("331881001", "0")).toBe(false);
    expect(s10("12345678", "5")).toBe(true);
    expect(s10("12345678", "6")).toBe(false);
    expect(sumProductWithWeightings("98657878885", "5", FEDEX_12, 11, 10)).toBe(true);
    expect(sumProductWithWeightings("99657878885", "5", FEDEX_12, 11, 10)).toBe(false);
    expect(mod37_36("008182709980000020033350276", "C")).toBe(true);
    expect(mod37_36("008182709980000020033350276", "A")).toBe(false);
    expect(mod37_36("09980000020033", "F")).toBe(true);
  });

  it("compute Luhn as everyone does (79927398713)", () => {
    expect(luhn("7992739871", "3")).toBe(true);
    expect(passing(DIGITS, (c) => luhn("7992739871", c))).toEqual(["3"]);
  });

  it("map S10 remainders 0 and 1 to check digits 5 and 0", () => {
    // 10000000: sum 8, 11 - 8 = 3.
    expect(passing(DIGITS, (c) => s10("10000000", c))).toEqual(["3"]);
    const rest = (serial: string) => [...serial].reduce((sum, d, i) => sum + Number(d) * [8, 6, 4, 2, 3, 5, 9, 7][i], 0) % 11;
    const withRest = (r: number) => fc.sample(digits(8), 2000).find((s) => rest(s) === r)!;
    expect(passing(DIGITS, (c) => s10(withRest(0), c))).toEqual(["5"]);
    expect(passing(DIGITS, (c) => s10(withRest(1), c))).toEqual(["0"]);
  });

  it("accept exactly one check character for any serial", () => {
    const specs: Array<[ChecksumSpec, fc.Arbitrary<string>, string]> = [
      [{ name: "mod10", evensMultiplier: 3, oddsMultiplier: 1, reverse: false }, digits(1, 30), DIGITS],
      [{ name: "mod10", evensMultiplier: 1, oddsMultiplier: 2, reverse: false }, fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 15, maxLength: 15 }), DIGITS],
      [{ name: "mod10", evensMultiplier: 3, oddsMultiplier: 1, reverse: true }, digits(1, 30), DIGITS],
      [{ name: "luhn" }, digits(1, 30), DIGITS],
      [{ name: "s10" }, digits(8), DIGITS],
      [{ name: "sum_product_with_weightings_and_modulo", weightings: FEDEX_12, modulo1: 11, modulo2: 10 }, digits(11), DIGITS],
      [{ name: "mod_37_36" }, fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 1, maxLength: 27 }), ALPHANUMERIC],
    ];
    for (const [spec, serials, alphabet] of specs) {
      fc.assert(fc.property(serials, (serial) => passing(alphabet, (c) => verifyChecksum(spec, serial, c)).length === 1));
    }
    fc.assert(fc.property(digits(1, 10), (serial) => passing("0123456", (c) => mod7(serial, c)).length === 1));
  });

  // Not S10: remainders 0 and 6 share the check digit 5.
  it("catch every single-character substitution where the algorithm promises to", () => {
    const substituted = (serial: string, at: number, by: string) => serial.slice(0, at) + by + serial.slice(at + 1);
    const cases: Array<[(s: string, c: string) => boolean, fc.Arbitrary<string>, string]> = [
      [luhn, digits(5, 25), DIGITS],
      [(s, c) => mod10(s, c, 3, 1, false), digits(5, 25), DIGITS],
      [mod37_36, fc.string({ unit: fc.constantFrom(...ALPHANUMERIC), minLength: 5, maxLength: 27 }), ALPHANUMERIC],
    ];
    for (const [check, serials, alphabet] of cases) {
      fc.assert(
        fc.property(serials, fc.nat(), fc.nat(), (serial, position, replacement) => {
          const good = passing(alphabet, (c) => check(serial, c))[0];
          const at = position % serial.length;
          const by = alphabet[replacement % alphabet.length];
          fc.pre(by !== serial[at]);
          return !check(substituted(serial, at, by), good);
        }),
      );
    }
  });
});
