import { checksumVerifier } from "./checksums";
import { FORMATS } from "./couriers";
import type { Groups, TrackingFormat } from "./format";
import { normalizeNumber } from "./normalize";
import { COMPANY_ONLY_WEIGHT, confidence, formatWeight, hintFactor, TYPO_SPECIFICITY } from "./rank";
import { carrierFromCompany } from "./shopify-companies";
import type { Candidate, CarrierId, Detection } from "./types";

/** A format with everything that does not depend on the number worked out once. */
interface CompiledFormat {
  format: TrackingFormat;
  /** Admits digits only: skipped at once for numbers with letters. */
  digitsOnly: boolean;
  checkPasses: (groups: Groups) => boolean;
  /** Weights when the check digit passes / fails; null where the carrier comes from the number. */
  validWeight: number | null;
  failedWeight: number | null;
}

function compile(format: TrackingFormat): CompiledFormat {
  const { checksum, serialPrefix } = format;
  const verify = checksum ? checksumVerifier(checksum) : null;
  const checkPasses = (groups: Groups): boolean => {
    if (verify === null) return true;
    let serial = groups.SerialNumber;
    const check = groups.CheckDigit;
    if (serial === undefined || check === undefined) return false;
    if (serialPrefix !== undefined && !serial.startsWith(serialPrefix)) serial = serialPrefix + serial;
    return verify(serial, check);
  };
  const carrier = format.carrier;
  return {
    format,
    // A pattern without letters (group names aside) admits digits only.
    digitsOnly: !/[A-Z]/.test(format.pattern.source.replace(/\(\?<\w+>/g, "")),
    checkPasses,
    validWeight: carrier === null ? null : formatWeight(format, carrier, true),
    failedWeight: carrier === null ? null : formatWeight(format, carrier, false),
  };
}

/** Formats by the length of the numbers they admit: the first filter, before any regex. */
const BY_LENGTH: readonly (readonly CompiledFormat[])[] = (() => {
  const longest = Math.max(...FORMATS.flatMap((f) => f.lengths));
  const table: CompiledFormat[][] = Array.from({ length: longest + 1 }, () => []);
  for (const format of FORMATS) {
    const compiled = compile(format);
    for (const length of format.lengths) table[length].push(compiled);
  }
  return table;
})();

const PLAUSIBLE_NUMBER = /^(?=[A-Z]*[0-9])[0-9A-Z]{6,40}$/;

/**
 * Which carrier issued a tracking number. `trackingCompany` is Shopify's tracking_company for
 * the fulfillment, used as a hint: it ranks its carrier first among matching formats and stands
 * in for carriers whose formats we cannot verify.
 */
export function detectCarrier(input: string, trackingCompany?: string | null): Detection {
  const number = normalizeNumber(typeof input === "string" ? input : String(input ?? ""));
  const hint = trackingCompany ? carrierFromCompany(trackingCompany) : null;
  const candidates: Candidate[] = [];
  const weights: number[] = [];
  if (number.length < BY_LENGTH.length) matchFormats(number, hint, candidates, weights);

  if (hint !== null && !candidates.some((c) => c.carrier === hint) && PLAUSIBLE_NUMBER.test(number)) {
    candidates.push({ carrier: hint, service: null, confidence: 0, valid: false, format: "shopify_company" });
    weights.push(COMPANY_ONLY_WEIGHT);
  }
  if (candidates.length === 0) return { number, carrier: null, service: null, valid: false, candidates };

  let total = 0;
  for (const w of weights) total += w;
  for (let i = 0; i < candidates.length; i++) candidates[i].confidence = confidence(weights[i], total);
  const ranked = candidates.length === 1 ? candidates : bestFirst(candidates, weights);
  const best = ranked[0];
  return { number, carrier: best.carrier, service: best.service, valid: best.valid, candidates: ranked };
}

/** Heaviest first; ties keep format order. */
function bestFirst(candidates: readonly Candidate[], weights: readonly number[]): Candidate[] {
  const order = candidates.map((_, i) => i).sort((a, b) => weights[b] - weights[a] || a - b);
  return order.map((i) => candidates[i]);
}

function matchFormats(number: string, hint: CarrierId | null, candidates: Candidate[], weights: number[]): void {
  const first = number.charAt(0);
  const digits = isDigits(number);
  for (const compiled of BY_LENGTH[number.length]) {
    const { format } = compiled;
    if (compiled.digitsOnly && !digits) continue;
    if (format.starts.length > 0 && !format.starts.includes(first)) continue;
    const match = format.pattern.exec(number);
    if (match === null) continue;
    const groups: Groups = match.groups ?? {};

    let carrier: CarrierId;
    let service: string | null;
    if (format.identify) {
      const identity = format.identify(groups);
      if (identity === null) continue;
      ({ carrier, service } = identity);
    } else if (format.carrier !== null) {
      carrier = format.carrier;
      service = format.service ? format.service(groups) : null;
    } else continue;

    const valid = compiled.checkPasses(groups);
    if (!valid && format.specificity < TYPO_SPECIFICITY) continue;
    const weight = (valid ? compiled.validWeight : compiled.failedWeight) ?? formatWeight(format, carrier, valid);
    candidates.push({ carrier, service, confidence: 0, valid, format: format.id });
    weights.push(hint === null ? weight : weight * hintFactor(carrier, hint));
  }
}

function isDigits(number: string): boolean {
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
