// Check-digit algorithms of tracking_number_data (CHECKSUM_ALGORITHMS.md). Each takes the
// serial number (digits, for some algorithms letters too) and the printed check character.

export type ChecksumSpec =
  | { name: "mod10"; evensMultiplier: number; oddsMultiplier: number; reverse: boolean }
  | { name: "mod7" }
  | { name: "luhn" }
  | { name: "s10" }
  | { name: "sum_product_with_weightings_and_modulo"; weightings: readonly number[]; modulo1: number; modulo2: number }
  | { name: "mod_37_36" };

const ZERO = 48;
const NINE = 57;
const LETTER_A = 65;

function isDigitCode(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Value of a check character read as a number; letters read as 0, as Ruby's `to_i` does. */
function checkValue(check: string): number {
  const code = check.charCodeAt(0);
  return isDigitCode(code) ? code - ZERO : 0;
}

/**
 * Weighted mod 10. Positions count from 0 (from the right end when `reverse`); even positions
 * take the evens multiplier. A letter counts as (char code - 3) mod 10, which is how UPS folds
 * letters of its 1Z numbers into digits.
 */
export function mod10(sequence: string, check: string, evens: number, odds: number, reverse: boolean): boolean {
  const n = sequence.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const code = sequence.charCodeAt(reverse ? n - 1 - i : i);
    const x = isDigitCode(code) ? code - ZERO : (code - 3) % 10;
    total += x * (i % 2 === 0 ? evens : odds);
  }
  const rest = total % 10;
  return (rest === 0 ? 0 : 10 - rest) === checkValue(check);
}

/** The serial read as a decimal number, modulo 7 (DHL Express waybills). */
export function mod7(sequence: string, check: string): boolean {
  let rest = 0;
  for (let i = 0; i < sequence.length; i++) rest = (rest * 10 + sequence.charCodeAt(i) - ZERO) % 7;
  return rest === checkValue(check);
}

/** Luhn: double every second digit from the right of the serial, starting with the last one. */
export function luhn(sequence: string, check: string): boolean {
  let total = 0;
  for (let i = 0, p = sequence.length - 1; p >= 0; i++, p--) {
    let x = sequence.charCodeAt(p) - ZERO;
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    total += x;
  }
  const rest = total % 10;
  return (rest === 0 ? 0 : 10 - rest) === checkValue(check);
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** UPU S10: weights 8,6,4,2,3,5,9,7; check = 11 - sum mod 11, where 10 becomes 0 and 11 becomes 5. */
export function s10(sequence: string, check: string): boolean {
  let total = 0;
  for (let i = 0; i < S10_WEIGHTS.length && i < sequence.length; i++) total += (sequence.charCodeAt(i) - ZERO) * S10_WEIGHTS[i];
  const rest = total % 11;
  const expected = rest === 1 ? 0 : rest === 0 ? 5 : 11 - rest;
  return expected === checkValue(check);
}

/** Sum of digit × weight, then modulo1, then modulo2 (FedEx Express: weights 3,1,7, mod 11 mod 10). */
export function sumProductWithWeightings(sequence: string, check: string, weightings: readonly number[], modulo1: number, modulo2: number): boolean {
  let total = 0;
  for (let i = 0; i < weightings.length && i < sequence.length; i++) total += (sequence.charCodeAt(i) - ZERO) * weightings[i];
  return (total % modulo1) % modulo2 === checkValue(check);
}

/**
 * ISO 7064 MOD 37,36 as DPD's parcel label specification applies it: digits keep their value,
 * letters count 10 (A) to 35 (Z), and the check character comes from the same alphabet.
 */
export function mod37_36(sequence: string, check: string): boolean {
  const mod = 36;
  let cd = mod;
  for (let i = 0; i < sequence.length; i++) {
    const code = sequence.charCodeAt(i);
    const value = isDigitCode(code) ? code - ZERO : code - LETTER_A + 10;
    cd += value;
    if (cd > mod) cd -= mod;
    cd *= 2;
    if (cd > mod) cd -= mod + 1;
  }
  cd = mod + 1 - cd;
  if (cd === mod) cd = 0;
  const expected = cd >= 10 ? String.fromCharCode(LETTER_A + cd - 10) : String.fromCharCode(ZERO + cd);
  return expected === check;
}

/** The check for one spec, its parameters bound once. */
export function checksumVerifier(spec: ChecksumSpec): (sequence: string, check: string) => boolean {
  switch (spec.name) {
    case "mod10": {
      const { evensMultiplier, oddsMultiplier, reverse } = spec;
      return (sequence, check) => mod10(sequence, check, evensMultiplier, oddsMultiplier, reverse);
    }
    case "mod7":
      return mod7;
    case "luhn":
      return luhn;
    case "s10":
      return s10;
    case "sum_product_with_weightings_and_modulo": {
      const { weightings, modulo1, modulo2 } = spec;
      return (sequence, check) => sumProductWithWeightings(sequence, check, weightings, modulo1, modulo2);
    }
    case "mod_37_36":
      return mod37_36;
  }
}

export function verifyChecksum(spec: ChecksumSpec, sequence: string, check: string): boolean {
  return checksumVerifier(spec)(sequence, check);
}

/** How much a passing check digit tells us, in bits: log2 of the number of possible check values. */
export function checksumBits(spec: ChecksumSpec | undefined): number {
  if (!spec) return 0;
  switch (spec.name) {
    case "mod7":
      return Math.log2(7);
    case "s10":
      return Math.log2(11);
    case "mod_37_36":
      return Math.log2(36);
    default:
      return Math.log2(10);
  }
}
