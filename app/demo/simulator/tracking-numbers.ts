// Tracking numbers the sandbox carriers hand out, in each carrier's real format, completed with
// the check character our detector (app/tracking/detect) verifies.
import { detectCarrier } from "../../tracking/detect";
import { digits, pick, type Random } from "../random";
import type { Service, SimCarrier } from "./carriers";

const DIGITS = "0123456789";
const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export interface CheckDigitOptions {
  /** Shopify tracking company, for carriers whose numbers only the company name identifies (GLS). */
  company?: string;
  /** The characters a check character can take; digits by default. */
  alphabet?: string;
}

/**
 * Completes a number body with the first check character for which `detectCarrier` lists
 * `carrier` among its candidates (as a verified format, or through `company`).
 */
export function withCheckDigit(body: (check: string) => string, carrier: string, options: CheckDigitOptions = {}): string {
  for (const check of options.alphabet ?? DIGITS) {
    const candidate = body(check);
    const detection = detectCarrier(candidate, options.company);
    if (detection.candidates.some((c) => c.carrier === carrier && (c.valid || (options.company !== undefined && c.format === "shopify_company")))) return candidate;
  }
  throw new Error(`no check character makes a valid ${carrier} number`);
}

function s10(r: Random, carrier: string, country: string, prefixes: readonly string[]): string {
  const body = `${pick(r, prefixes)}${digits(r, 8)}`;
  return withCheckDigit((c) => `${body}${c}${country}`, carrier);
}

function letters(r: Random, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(65 + Math.floor(r() * 26));
  return s;
}

const UPS_SERVICE_CODES: Record<Service, string> = { ground: "03", express: "01", international: "66" };

/** A fresh tracking number for a carrier and service. */
export function trackingNumber(r: Random, carrier: SimCarrier, service: Service): string {
  switch (carrier) {
    case "ups": {
      const body = `1Z${letters(r, 1)}${digits(r, 2)}${letters(r, 1)}${digits(r, 2)}${UPS_SERVICE_CODES[service]}${digits(r, 7)}`;
      return withCheckDigit((c) => body + c, carrier);
    }
    case "fedex": {
      const body = digits(r, 11);
      return withCheckDigit((c) => body + c, carrier);
    }
    case "usps": {
      if (service === "international") return s10(r, carrier, "US", ["LX", "CP", "RR"]);
      const body = `94${service === "express" ? "701" : "001"}9${digits(r, 8)}${digits(r, 7)}`;
      return withCheckDigit((c) => body + c, carrier);
    }
    case "dhl_express": {
      const body = `${1 + Math.floor(r() * 9)}${digits(r, 8)}`;
      return withCheckDigit((c) => body + c, carrier);
    }
    case "canadapost": {
      if (service === "international") return s10(r, carrier, "CA", ["LX", "CP", "RR"]);
      const body = `7023210${digits(r, 8)}`;
      return withCheckDigit((c) => body + c, carrier);
    }
    case "royalmail":
      return s10(r, carrier, "GB", service === "international" ? ["LX", "RR", "CP"] : ["TT", "TP", "RR"]);
    case "australiapost":
      return s10(r, carrier, "AU", service === "international" ? ["LX", "CP", "RR"] : ["RR", "CD"]);
    case "postnl":
      return s10(r, carrier, "NL", service === "international" ? ["LX", "CP", "RR"] : ["CD", "RR"]);
    case "dpd": {
      const body = `0${digits(r, 13)}`;
      return withCheckDigit((c) => body + c, carrier, { alphabet: ALPHANUMERIC });
    }
    case "gls": {
      const body = digits(r, 11);
      return withCheckDigit((c) => body + c, carrier, { company: "GLS" });
    }
  }
}
