// Ranking: each candidate earns bits of evidence, i.e. a weight of 2^bits; its confidence is its
// share of the weights of all candidates plus an "unknown format" alternative, so a lone weak
// match stays unsure. Weights multiply, so a hint of 8 bits multiplies by 256.
import { checksumBits } from "./checksums";
import type { TrackingFormat } from "./format";
import type { CarrierId } from "./types";

/** How often a carrier's numbers reach a Shopify store, as a head start in bits. */
const CARRIER_PRIOR: Readonly<Partial<Record<string, number>>> = {
  ups: 2,
  fedex: 2,
  usps: 2,
  amazon: 1,
  canadapost: 1,
  dhl_express: 1,
  royalmail: 1,
};

/** Carriers that share networks: a hint for one lends some weight to the others. */
const FAMILIES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["dhl", "dhl_express", "dhl_ecommerce"]),
  new Set(["ontrac", "lasership"]), // LaserShip merged into OnTrac
];

const HINT_BITS = 8;
const FAMILY_HINT_BITS = 4;
/** The merchant's tracking company alone, no format of it matching: beats "any 12 digits" with a check digit, loses to "1Z…". */
export const COMPANY_ONLY_WEIGHT = 2 ** 6;
/** A check digit that fails counts against the format. */
const FAILED_CHECK_BITS = -3;
/** Only patterns this distinctive still name their carrier when the check digit fails. */
export const TYPO_SPECIFICITY = 5;
/** The alternative "a format we do not know": a lone match needs more evidence than this. */
const UNKNOWN_FORMAT_WEIGHT = 2 ** 3;

/** How much Shopify's tracking company (`hint`) multiplies a candidate's weight. */
export function hintFactor(carrier: CarrierId, hint: CarrierId | null): number {
  if (hint === null) return 1;
  if (carrier === hint) return 2 ** HINT_BITS;
  for (const family of FAMILIES) if (family.has(carrier) && family.has(hint)) return 2 ** FAMILY_HINT_BITS;
  return 1;
}

/** The weight a format match earns: its pattern, its check digit (passed or failed) and its carrier's prior. */
export function formatWeight(format: TrackingFormat, carrier: CarrierId, checkPassed: boolean): number {
  const evidence = checkPassed ? checksumBits(format.checksum) : FAILED_CHECK_BITS;
  return 2 ** (format.specificity + evidence + (CARRIER_PRIOR[carrier] ?? 0));
}

/** A candidate's share of `total` (the sum of all candidates' weights), three decimals rounded down. */
export function confidence(weight: number, total: number): number {
  return Math.floor((weight / (total + UNKNOWN_FORMAT_WEIGHT)) * 1000) / 1000;
}
