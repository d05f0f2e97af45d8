// Where parcels start, pass through and end up in the sandbox network: cities with their zone
// and rough coordinates (distance drives transit time), carrier hubs and air gateways.
import type { Zone } from "./calendar";

export interface Place {
  city: string;
  region: string;
  country: string;
  zone: Zone;
  lat: number;
  lon: number;
}

const US_E: Zone = { std: -300, dst: "us" };
const US_C: Zone = { std: -360, dst: "us" };
const US_M: Zone = { std: -420, dst: "us" };
const US_P: Zone = { std: -480, dst: "us" };
const UK: Zone = { std: 0, dst: "eu" };
const CET: Zone = { std: 60, dst: "eu" };
const AU_E: Zone = { std: 600, dst: "au" };
const AU_Q: Zone = { std: 600, dst: null };
const AU_W: Zone = { std: 480, dst: null };
const JST: Zone = { std: 540, dst: null };

const p = (city: string, region: string, country: string, zone: Zone, lat: number, lon: number): Place => ({ city, region, country, zone, lat, lon });

/** Customer addresses (one city per region) and merchant warehouses. */
export const PLACES: Record<string, Place> = {
  "US-NJ": p("Newark", "NJ", "US", US_E, 40.74, -74.17),
  "US-NY": p("Brooklyn", "NY", "US", US_E, 40.68, -73.94),
  "US-FL": p("Miami", "FL", "US", US_E, 25.76, -80.19),
  "US-IL": p("Chicago", "IL", "US", US_C, 41.88, -87.63),
  "US-TX": p("Austin", "TX", "US", US_C, 30.27, -97.74),
  "US-CO": p("Denver", "CO", "US", US_M, 39.74, -104.99),
  "US-CA": p("Los Angeles", "CA", "US", US_P, 34.05, -118.24),
  "US-WA": p("Seattle", "WA", "US", US_P, 47.61, -122.33),
  "CA-ON": p("Toronto", "ON", "CA", US_E, 43.65, -79.38),
  "CA-QC": p("Montréal", "QC", "CA", US_E, 45.5, -73.57),
  "CA-AB": p("Calgary", "AB", "CA", US_M, 51.05, -114.07),
  "CA-BC": p("Vancouver", "BC", "CA", US_P, 49.28, -123.12),
  "GB-LND": p("London", "LND", "GB", UK, 51.51, -0.13),
  "GB-MAN": p("Manchester", "MAN", "GB", UK, 53.48, -2.24),
  "GB-GLG": p("Glasgow", "GLG", "GB", UK, 55.86, -4.25),
  "DE-BE": p("Berlin", "BE", "DE", CET, 52.52, 13.4),
  "DE-BY": p("München", "BY", "DE", CET, 48.14, 11.58),
  "DE-NW": p("Köln", "NW", "DE", CET, 50.94, 6.96),
  "FR-IDF": p("Paris", "IDF", "FR", CET, 48.86, 2.35),
  "FR-ARA": p("Lyon", "ARA", "FR", CET, 45.76, 4.84),
  "NL-NH": p("Amsterdam", "NH", "NL", CET, 52.37, 4.9),
  "NL-ZH": p("Rotterdam", "ZH", "NL", CET, 51.92, 4.48),
  "AU-NSW": p("Sydney", "NSW", "AU", AU_E, -33.87, 151.21),
  "AU-VIC": p("Melbourne", "VIC", "AU", AU_E, -37.81, 144.96),
  "AU-QLD": p("Brisbane", "QLD", "AU", AU_Q, -27.47, 153.03),
  "AU-WA": p("Perth", "WA", "AU", AU_W, -31.95, 115.86),
  "JP-13": p("Tokyo", "13", "JP", JST, 35.68, 139.69),
  "JP-27": p("Osaka", "27", "JP", JST, 34.69, 135.5),
};

/** Sorting hubs per country. */
export const HUBS: Record<string, Place[]> = {
  US: [
    p("Louisville", "KY", "US", US_E, 38.25, -85.76),
    p("Memphis", "TN", "US", US_C, 35.15, -90.05),
    p("Secaucus", "NJ", "US", US_E, 40.79, -74.06),
    p("Hodgkins", "IL", "US", US_C, 41.77, -87.86),
    p("Dallas", "TX", "US", US_C, 32.78, -96.8),
    p("Atlanta", "GA", "US", US_E, 33.75, -84.39),
    p("Orlando", "FL", "US", US_E, 28.54, -81.38),
    p("Commerce City", "CO", "US", US_M, 39.81, -104.93),
    p("Ontario", "CA", "US", US_P, 34.06, -117.65),
    p("Kent", "WA", "US", US_P, 47.38, -122.23),
  ],
  CA: [
    p("Mississauga", "ON", "CA", US_E, 43.59, -79.64),
    p("Saint-Laurent", "QC", "CA", US_E, 45.5, -73.68),
    p("Winnipeg", "MB", "CA", { std: -360, dst: "us" }, 49.9, -97.14),
    p("Calgary", "AB", "CA", US_M, 51.0, -114.0),
    p("Richmond", "BC", "CA", US_P, 49.17, -123.14),
  ],
  GB: [
    p("Hinckley", "LEC", "GB", UK, 52.54, -1.37),
    p("Heathrow", "LND", "GB", UK, 51.47, -0.45),
    p("Warrington", "WRT", "GB", UK, 53.39, -2.6),
    p("Glasgow", "GLG", "GB", UK, 55.85, -4.3),
  ],
  DE: [
    p("Kassel", "HE", "DE", CET, 51.31, 9.48),
    p("Ludwigsfelde", "BB", "DE", CET, 52.3, 13.26),
    p("Aschheim", "BY", "DE", CET, 48.17, 11.72),
    p("Köln", "NW", "DE", CET, 50.9, 7.0),
  ],
  FR: [p("Roissy-en-France", "IDF", "FR", CET, 49.0, 2.55), p("Saint-Priest", "ARA", "FR", CET, 45.7, 4.94)],
  NL: [p("Nieuwegein", "UT", "NL", CET, 52.03, 5.08), p("Rotterdam", "ZH", "NL", CET, 51.88, 4.42)],
  AU: [
    p("Chullora", "NSW", "AU", AU_E, -33.89, 151.05),
    p("Tullamarine", "VIC", "AU", AU_E, -37.69, 144.84),
    p("Underwood", "QLD", "AU", AU_Q, -27.6, 153.1),
    p("Perth Airport", "WA", "AU", AU_W, -31.94, 115.97),
  ],
  JP: [p("Koto", "13", "JP", JST, 35.67, 139.82), p("Osaka", "27", "JP", JST, 34.65, 135.43)],
};

/** International air gateways per country. */
export const GATEWAYS: Record<string, Place[]> = {
  US: [p("Jamaica", "NY", "US", US_E, 40.64, -73.78), p("Cincinnati", "KY", "US", US_E, 39.05, -84.66), p("Los Angeles", "CA", "US", US_P, 33.94, -118.41)],
  CA: [p("Mississauga", "ON", "CA", US_E, 43.68, -79.61), p("Richmond", "BC", "CA", US_P, 49.19, -123.18)],
  GB: [p("East Midlands", "LEC", "GB", UK, 52.83, -1.33), p("Heathrow", "LND", "GB", UK, 51.47, -0.45)],
  DE: [p("Leipzig", "SN", "DE", CET, 51.42, 12.24), p("Frankfurt", "HE", "DE", CET, 50.04, 8.56)],
  FR: [p("Roissy-en-France", "IDF", "FR", CET, 49.0, 2.55)],
  NL: [p("Schiphol", "NH", "NL", CET, 52.31, 4.76)],
  AU: [p("Mascot", "NSW", "AU", AU_E, -33.94, 151.18), p("Tullamarine", "VIC", "AU", AU_E, -37.67, 144.84)],
  JP: [p("Narita", "12", "JP", JST, 35.77, 140.39), p("Izumisano", "27", "JP", JST, 34.43, 135.23)],
};

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function nearest(places: readonly Place[], to: { lat: number; lon: number }, except: readonly Place[] = []): Place {
  let best = places[0];
  let bestKm = Infinity;
  for (const place of places) {
    if (except.includes(place)) continue;
    const km = distanceKm(place, to);
    if (km < bestKm) {
      best = place;
      bestKm = km;
    }
  }
  return best;
}

export function locationOf(place: Place): string {
  return [place.city, place.region, place.country].filter(Boolean).join(", ");
}
