// UPU S10 numbers (e.g. RR123456785US) belong to the postal operator of the country in their
// last two letters. Operators we integrate map to our ids; every other one becomes `upu_<cc>`.
import { S10_OPERATORS } from "./s10-operators";
import type { CarrierId, KnownCarrierId } from "./types";

const OPERATORS: ReadonlyMap<string, readonly [operator: string, country: string]> = new Map(Object.entries(S10_OPERATORS));

const INTEGRATED_POSTS: ReadonlyMap<string, KnownCarrierId> = new Map([
  ["AU", "australiapost"],
  ["CA", "canadapost"],
  ["DE", "dhl"], // Deutsche Post DHL carries Germany's S10 items
  ["GB", "royalmail"],
  ["NL", "postnl"],
  ["US", "usps"],
]);

export interface PostalOperator {
  carrier: CarrierId;
  operator: string;
  country: string;
}

/** The operator behind an S10 country code, or null when the UPU list does not hold the code. */
export function postalOperator(countryCode: string): PostalOperator | null {
  const row = OPERATORS.get(countryCode);
  if (!row) return null;
  const carrier: CarrierId = INTEGRATED_POSTS.get(countryCode) ?? `upu_${countryCode.toLowerCase()}`;
  return { carrier, operator: row[0], country: row[1] };
}
