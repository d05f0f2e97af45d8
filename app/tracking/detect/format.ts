import type { ChecksumSpec } from "./checksums";
import type { CarrierId, KnownCarrierId } from "./types";

export type Groups = Readonly<Record<string, string | undefined>>;

/**
 * One tracking-number format of tracking_number_data, rewritten for normalized numbers (no
 * spaces or dashes, upper case): the data's PCRE patterns without their `\s*`, anchored.
 */
export interface TrackingFormat {
  /** The data's definition id (derived from its name where the data has none). */
  id: string;
  name: string;
  /** Null when the number itself names the carrier (see `identify`). */
  carrier: KnownCarrierId | null;
  /** Every length a matching number can have: the first, cheapest filter. */
  lengths: readonly number[];
  /** Characters a matching number can start with ("" = any): the second filter. */
  starts: string;
  /** Anchored; groups SerialNumber and CheckDigit feed the checksum. */
  pattern: RegExp;
  checksum?: ChecksumSpec;
  /** serial_number_format.prepend_if: the serial must start with this, prepended when absent. */
  serialPrefix?: string;
  /**
   * Bits of evidence in the pattern itself, roughly log2 of how many numbers of the same length
   * and kind there are per number the pattern admits: 0 for "any 12 digits", about 10 for "1Z…".
   */
  specificity: number;
  service?: (groups: Groups) => string | null;
  /**
   * Carrier and service decided by the number itself (S10: the country's postal operator).
   * Null when the data's `exists` validation fails (e.g. an unknown country code).
   */
  identify?: (groups: Groups) => { carrier: CarrierId; service: string | null } | null;
}

/** Builds an anchored pattern from readable pieces. */
export function anchored(...parts: string[]): RegExp {
  return new RegExp(`^(?:${parts.join("")})$`);
}
