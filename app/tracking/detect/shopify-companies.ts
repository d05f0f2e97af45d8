// Shopify's `tracking_company` (free text a merchant or app typed, or one of Shopify's listed
// names) -> our carrier id. Exact names first, then known prefixes, then one-typo matches.
import type { KnownCarrierId } from "./types";

/** Compared after lower-casing and dropping everything but letters and digits. */
const NAMES: ReadonlyArray<readonly [KnownCarrierId, readonly string[]]> = [
  ["amazon", ["amazon", "amazonlogistics", "amazonlogisticsus", "amazonlogisticsuk", "amazonshipping", "amzl", "amzn"]],
  ["australiapost", ["australiapost", "auspost", "startrack"]],
  ["canadapost", ["canadapost", "postescanada", "cpc"]],
  ["canpar", ["canpar", "canparexpress"]],
  ["dhl", ["dhl", "deutschepost", "dhlparcel", "dhlpaket", "dhlde"]],
  ["dhl_ecommerce", ["dhlecommerce", "dhlecommerceasia", "dhlecommerceus", "dhlglobalmail", "dhlecs"]],
  ["dhl_express", ["dhlexpress", "dhlworldwideexpress", "dhlintl"]],
  ["dpd", ["dpd", "dpdlocal", "dpduk", "dpdgroup"]],
  ["fedex", ["fedex", "federalexpress", "fedexground", "fedexexpress", "fedexsmartpost", "fdx"]],
  ["gls", ["gls", "glsus", "glsparcel", "generallogisticssystems"]],
  ["gofo", ["gofo", "gofoexpress"]],
  ["landmark", ["landmark", "landmarkglobal"]],
  ["lasership", ["lasership"]],
  ["old_dominion", ["olddominion", "olddominionfreightline", "odfl"]],
  ["ontrac", ["ontrac"]],
  ["postnl", ["postnl", "postnlinternational", "tntpost"]],
  ["purolator", ["purolator"]],
  ["royalmail", ["royalmail", "parcelforce", "parcelforceworldwide"]],
  ["speedee", ["speedee", "speedeedelivery"]],
  ["ups", ["ups", "unitedparcelservice", "upsmailinnovations", "upssurepost"]],
  ["usps", ["usps", "unitedstatespostalservice", "uspostalservice", "unitedstatespost", "uspostoffice"]],
  ["yodel", ["yodel"]],
  ["yunexpress", ["yunexpress", "yuntrack"]],
];

/** A name starting with one of these belongs to that carrier; longer prefixes win. */
const PREFIXES: ReadonlyArray<readonly [string, KnownCarrierId]> = [
  ["dhlexpress", "dhl_express"],
  ["dhlecommerce", "dhl_ecommerce"],
  ["dhlecom", "dhl_ecommerce"],
  ["dhlglobalmail", "dhl_ecommerce"],
  ["amazon", "amazon"],
  ["australiapost", "australiapost"],
  ["canadapost", "canadapost"],
  ["deutschepost", "dhl"],
  ["dhl", "dhl"],
  ["dpd", "dpd"],
  ["fedex", "fedex"],
  ["gls", "gls"],
  ["lasership", "lasership"],
  ["ontrac", "ontrac"],
  ["postnl", "postnl"],
  ["purolator", "purolator"],
  ["royalmail", "royalmail"],
  ["ups", "ups"],
  ["usps", "usps"],
  ["yunexpress", "yunexpress"],
];

/** Names that say "no particular carrier". */
const NO_CARRIER = new Set(["other", "others", "custom", "none", "na", "unknown", "manual"]);

const EXACT: ReadonlyMap<string, KnownCarrierId> = new Map(NAMES.flatMap(([id, names]) => names.map((n) => [n, id] as const)));
const FUZZY_KEYS = [...EXACT.keys()].filter((k) => k.length >= 5);

export function companyKey(company: string): string {
  return company
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const cache = new Map<string, KnownCarrierId | null>();
const CACHE_LIMIT = 1000;

/** Our carrier id for a Shopify tracking company, or null ("Other", empty, unknown carriers). */
export function carrierFromCompany(company: string | null | undefined): KnownCarrierId | null {
  if (typeof company !== "string" || company.length === 0 || company.length > 200) return null;
  const cached = cache.get(company);
  if (cached !== undefined) return cached;
  const found = resolve(companyKey(company));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(company, found);
  return found;
}

function resolve(key: string): KnownCarrierId | null {
  if (key.length === 0 || NO_CARRIER.has(key)) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const [prefix, id] of PREFIXES) if (key.startsWith(prefix)) return id;
  if (key.length < 4) return null;
  // Misspellings ("Fedx", "Purolater", "Candada Post"): one edit away, or two for long names.
  const budget = key.length >= 10 ? 2 : 1;
  let best: KnownCarrierId | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const candidate of FUZZY_KEYS) {
    if (Math.abs(candidate.length - key.length) > budget) continue;
    const d = editDistance(key, candidate, budget);
    const id = EXACT.get(candidate)!;
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && id !== best) tie = true;
  }
  return tie ? null : best;
}

/** Optimal string alignment distance (adjacent swaps count once), giving up above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}
