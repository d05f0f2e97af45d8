// Aggregators name carriers their own way. A hint is a Porchlight carrier id (translated through
// the aggregator's table) or already the aggregator's code (passed through).
import { CARRIER_IDS } from "../../tracking/detect";

const PORCHLIGHT_IDS: ReadonlySet<string> = new Set(CARRIER_IDS);

/** The aggregator's code for the hint; undefined when it is a Porchlight id the table lacks (let the aggregator detect). */
export function aggregatorCarrier(table: Readonly<Record<string, string>>, hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  if (Object.hasOwn(table, hint)) return table[hint];
  return PORCHLIGHT_IDS.has(hint) ? undefined : hint;
}
