/** Porchlight's carrier ids. S10 numbers of postal operators we do not integrate become `upu_<cc>`. */
export const CARRIER_IDS = [
  "amazon",
  "australiapost",
  "canadapost",
  "canpar",
  "dhl",
  "dhl_ecommerce",
  "dhl_express",
  "dpd",
  "fedex",
  "gls",
  "gofo",
  "landmark",
  "lasership",
  "old_dominion",
  "ontrac",
  "postnl",
  "purolator",
  "royalmail",
  "speedee",
  "ups",
  "usps",
  "yodel",
  "yunexpress",
] as const;

export type KnownCarrierId = (typeof CARRIER_IDS)[number];
export type CarrierId = KnownCarrierId | `upu_${string}`;

export interface Candidate {
  carrier: CarrierId;
  service: string | null;
  /** 0..1, relative to the other candidates and to "some format we do not know". */
  confidence: number;
  /** True when the number matches the format including its check digit. */
  valid: boolean;
  /**
   * The number format behind the candidate (a tracking_number_data definition id), or
   * "shopify_company" when only the merchant's tracking company names this carrier.
   */
  format: string;
}

export interface Detection {
  /** Trimmed, spaces and dashes removed, upper-cased. */
  number: string;
  carrier: CarrierId | null;
  service: string | null;
  /** True when the best candidate is a format the number matches, check digit included. */
  valid: boolean;
  /**
   * Best first: every format the number matches with its check digit; formats with a distinctive
   * prefix whose check digit fails (likely typos, valid: false); and the merchant's tracking
   * company when none of its formats matches (valid: false).
   */
  candidates: Candidate[];
}
