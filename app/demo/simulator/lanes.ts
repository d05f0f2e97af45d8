// The sandbox network's lanes: origin warehouse -> customer region, each with the carriers and
// services merchants ship it with, the network's transit-time distribution per lane x carrier x
// service (log-normal in network days, median from distance) and the delivery promise a
// merchant advertises for it. Carriers publish transit times in whole days and run their
// networks to that schedule, so a lane's median is a whole number of network days and the
// log-normal spread around it is a carrier's slips (and early arrivals).
import { CARRIERS, type Service, type SimCarrier } from "./carriers";
import { distanceKm, PLACES, type Place } from "./places";
import { hashSeed } from "./rng";

export interface LaneOption {
  carrier: SimCarrier;
  service: Service;
  /** Scheduled network days from collection to the delivery station: the distribution's median. */
  medianDays: number;
  /** Log-normal sigma of those days. */
  sigma: number;
  /** Business days from the ship date the merchant promises delivery within. */
  advertisedDays: number;
  weight: number;
}

export interface Lane {
  id: string;
  origin: Place;
  destination: Place;
  weight: number;
  options: LaneOption[];
}

const EU = new Set(["DE", "FR", "NL"]);
const POSTS = new Set<SimCarrier>(["usps", "royalmail", "canadapost", "australiapost", "postnl"]);

/** True when a parcel crosses a customs border (the EU is one customs territory). */
export function crossesCustoms(from: string, to: string): boolean {
  return from !== to && !(EU.has(from) && EU.has(to));
}

/** Road networks (no flight) within Europe and between the US and Canada. */
export function byRoad(carrier: SimCarrier, service: Service, from: string, to: string): boolean {
  if (from === to) return true;
  if (service === "express") return false;
  const europe = (c: string) => EU.has(c) || c === "GB";
  if (europe(from) && europe(to)) return carrier === "dpd" || carrier === "gls" || carrier === "postnl";
  const northAmerica = (c: string) => c === "US" || c === "CA";
  return northAmerica(from) && northAmerica(to) && (carrier === "ups" || carrier === "fedex");
}

function medianDays(carrier: SimCarrier, service: Service, from: Place, to: Place): number {
  const km = distanceKm(from, to);
  if (from.country === to.country) {
    if (service === "express") return to.country === "AU" ? 1 + km / 2500 : 1 + km / 4000;
    switch (to.country) {
      case "US":
        return 1 + km / 900 + (carrier === "usps" ? 0.25 : 0);
      case "CA":
        return 1 + km / 800;
      case "GB":
        return carrier === "royalmail" ? 1.8 + km / 1000 : 1 + km / 1500;
      case "AU":
        return 2 + km / 800;
      default:
        return 1 + km / 1000 + (carrier === "gls" ? 0.15 : 0);
    }
  }
  if (service === "express") return 1.8 + km / 6000;
  if (byRoad(carrier, service, from.country, to.country)) return POSTS.has(carrier) ? 2 + km / 700 : 1.5 + km / 700 + (crossesCustoms(from.country, to.country) ? 0.5 : 0);
  if (POSTS.has(carrier)) return Math.min(13, 4 + km / 2000);
  return 3 + km / 4000;
}

function advertisedDays(laneId: string, carrier: SimCarrier, service: Service, median: number, international: boolean): number {
  // Most merchants add a handling day to the carrier's transit time, many a day or two of
  // slack on top; a fifth quote the bare transit time and miss whenever collection or the
  // network runs a day late.
  const h = hashSeed(laneId, carrier, service) % 20;
  const margin = h < 4 ? 0 : h < 10 ? 1 : h < 18 ? 2 : 3;
  return median + margin + (international && service !== "express" ? 1 : 0);
}

type OptionRow = readonly [SimCarrier, Service, number];

/** Carriers and services per origin country -> destination country ("*": any other). */
const OPTIONS: ReadonlyArray<readonly [string, string, readonly OptionRow[]]> = [
  ["US", "US", [["ups", "ground", 30], ["fedex", "ground", 20], ["usps", "ground", 25], ["ups", "express", 8], ["fedex", "express", 7], ["usps", "express", 5]]],
  ["US", "CA", [["usps", "international", 35], ["ups", "international", 20], ["fedex", "international", 10], ["dhl_express", "express", 15], ["ups", "express", 10], ["fedex", "express", 10]]],
  ["US", "*", [["usps", "international", 50], ["dhl_express", "express", 25], ["fedex", "express", 15], ["ups", "express", 10]]],
  ["CA", "CA", [["canadapost", "ground", 55], ["ups", "ground", 25], ["canadapost", "express", 20]]],
  ["CA", "*", [["canadapost", "international", 60], ["ups", "international", 40]]],
  ["GB", "GB", [["royalmail", "ground", 45], ["dpd", "ground", 35], ["royalmail", "express", 20]]],
  ["GB", "US", [["royalmail", "international", 60], ["dhl_express", "express", 40]]],
  ["GB", "*", [["royalmail", "international", 35], ["dpd", "international", 40], ["dhl_express", "express", 25]]],
  ["DE", "DE", [["dpd", "ground", 45], ["gls", "ground", 40], ["dhl_express", "express", 15]]],
  ["DE", "US", [["dhl_express", "express", 60], ["ups", "international", 40]]],
  ["DE", "*", [["dpd", "international", 40], ["gls", "international", 40], ["dhl_express", "express", 20]]],
  ["NL", "NL", [["postnl", "ground", 65], ["dpd", "ground", 35]]],
  ["NL", "US", [["postnl", "international", 60], ["dhl_express", "express", 40]]],
  ["NL", "*", [["postnl", "international", 40], ["dpd", "international", 35], ["gls", "international", 25]]],
  ["AU", "AU", [["australiapost", "ground", 75], ["australiapost", "express", 25]]],
  ["AU", "*", [["australiapost", "international", 65], ["dhl_express", "express", 35]]],
];

const US_DOMESTIC: ReadonlyArray<readonly [string, number]> = [["US-NY", 12], ["US-NJ", 6], ["US-FL", 8], ["US-IL", 10], ["US-TX", 9], ["US-CO", 5], ["US-CA", 10], ["US-WA", 5]];

/** Merchant warehouses with their share of shipments, and where their customers live. */
const ORIGINS: ReadonlyArray<readonly [string, number, ReadonlyArray<readonly [string, number]>]> = [
  ["US-NJ", 35, [...US_DOMESTIC, ["CA-ON", 3], ["CA-QC", 1.5], ["CA-BC", 1], ["CA-AB", 0.5], ["GB-LND", 2], ["GB-MAN", 1.2], ["GB-GLG", 0.8], ["DE-BE", 0.8], ["DE-BY", 0.7], ["DE-NW", 0.5], ["FR-IDF", 1.4], ["FR-ARA", 0.6], ["NL-NH", 0.6], ["NL-ZH", 0.4], ["AU-NSW", 1], ["AU-VIC", 0.6], ["AU-QLD", 0.3], ["AU-WA", 0.1], ["JP-13", 0.7], ["JP-27", 0.3]]],
  ["US-CA", 20, [...US_DOMESTIC, ["CA-BC", 2], ["CA-ON", 2], ["AU-NSW", 1.5], ["AU-VIC", 1], ["AU-QLD", 0.5], ["JP-13", 2], ["JP-27", 1], ["GB-LND", 1.5]]],
  ["CA-ON", 8, [["CA-ON", 30], ["CA-QC", 20], ["CA-AB", 12], ["CA-BC", 15], ["US-NY", 6], ["US-IL", 4], ["US-CA", 5], ["US-WA", 3], ["US-FL", 2], ["US-TX", 3]]],
  ["GB-MAN", 12, [["GB-LND", 40], ["GB-MAN", 20], ["GB-GLG", 15], ["DE-BE", 2], ["DE-BY", 2], ["DE-NW", 1], ["FR-IDF", 3.5], ["FR-ARA", 1.5], ["NL-NH", 3], ["NL-ZH", 2], ["US-NY", 4], ["US-CA", 3], ["US-IL", 1.5], ["US-TX", 1.5]]],
  ["DE-NW", 8, [["DE-BE", 25], ["DE-BY", 25], ["DE-NW", 20], ["FR-IDF", 7], ["FR-ARA", 3], ["NL-NH", 5], ["NL-ZH", 3], ["GB-LND", 5], ["GB-MAN", 2], ["US-NY", 3], ["US-CA", 2]]],
  ["NL-NH", 7, [["NL-NH", 35], ["NL-ZH", 25], ["DE-BE", 8], ["DE-BY", 6], ["DE-NW", 6], ["FR-IDF", 6], ["FR-ARA", 2], ["GB-LND", 5], ["GB-MAN", 2], ["US-NY", 3], ["US-CA", 2]]],
  ["AU-NSW", 10, [["AU-NSW", 30], ["AU-VIC", 25], ["AU-QLD", 20], ["AU-WA", 10], ["US-CA", 4], ["US-NY", 3], ["GB-LND", 4], ["JP-13", 4]]],
];

function optionsFor(from: string, to: string): readonly OptionRow[] {
  const exact = OPTIONS.find(([o, d]) => o === from && d === to);
  const any = OPTIONS.find(([o, d]) => o === from && d === "*");
  const rows = exact ?? any;
  if (!rows) throw new Error(`no carriers for lane ${from} -> ${to}`);
  return rows[2];
}

function buildLanes(): Lane[] {
  const lanes: Lane[] = [];
  for (const [originKey, originWeight, destinations] of ORIGINS) {
    const origin = PLACES[originKey];
    const total = destinations.reduce((sum, [, share]) => sum + share, 0);
    for (const [destKey, share] of destinations) {
      const destination = PLACES[destKey];
      const id = `${originKey}>${destKey}`;
      const international = origin.country !== destination.country;
      const options = optionsFor(origin.country, destination.country).map(([carrier, service, weight]): LaneOption => {
        // Networks run on a schedule: the median is a whole number of sort cycles.
        const median = Math.max(1, Math.round(medianDays(carrier, service, origin, destination)));
        return {
          carrier,
          service,
          medianDays: median,
          sigma: CARRIERS[carrier].sigma[service],
          advertisedDays: advertisedDays(id, carrier, service, median, international),
          weight,
        };
      });
      lanes.push({ id, origin, destination, weight: (originWeight * share) / total, options });
    }
  }
  return lanes;
}

export const DEFAULT_LANES: readonly Lane[] = buildLanes();
