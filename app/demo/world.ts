// The seeded demo shop: a few hundred orders in every delivery state, as Shopify would hold
// them (ShopifyOrderRecord) plus the scans each parcel has had by `now`. Deterministic per seed.
import { detectCarrier } from "../tracking/detect";
import type { EventCode } from "../tracking/taxonomy";
import { digits, pick, seededRandom, type Random } from "./random";
import { SCENARIOS } from "./scenarios";
import type { ShopifyOrderRecord, ShopifyShopRecord } from "./shopify-records";

export interface DemoScan {
  code: EventCode;
  occurredAt: Date;
  utcOffset: string;
  location: string;
}

export interface DemoParcel {
  trackingNumber: string;
  carrier: string;
  scenario: string;
  shippedAt: Date;
  scans: DemoScan[];
}

export interface DemoWorld {
  shop: ShopifyShopRecord;
  orders: ShopifyOrderRecord[];
  /** Parcels by tracking number. */
  parcels: Map<string, DemoParcel>;
}

interface Lane {
  country: string;
  locale: string;
  offset: string;
  cities: Array<[string, string, string]>; // city, region, zip
  carriers: Array<{ id: string; company: string; number: (r: Random) => string; url: (n: string) => string }>;
}

/** Completes a number body with the check digit that our detector accepts for `carrier`. */
function withCheckDigit(body: (check: string) => string, carrier: string): string {
  for (let d = 0; d <= 9; d++) {
    const candidate = body(String(d));
    const det = detectCarrier(candidate);
    if (det.valid && det.candidates.some((c) => c.carrier === carrier)) return candidate;
  }
  throw new Error(`no check digit makes a valid ${carrier} number`);
}

function s10(r: Random, country: string, carrier: string): string {
  const body = `${pick(r, ["RR", "CP", "LX", "EE"])}${digits(r, 8)}`;
  return withCheckDigit((c) => `${body}${c}${country}`, carrier);
}

const UPS = {
  id: "ups",
  company: "UPS",
  number: (r: Random) => {
    const body = `1Z${digits(r, 3)}E${digits(r, 2)}03${digits(r, 7)}`;
    return withCheckDigit((c) => body + c, "ups");
  },
  url: (n: string) => `https://www.ups.com/track?tracknum=${n}`,
};
const USPS = {
  id: "usps",
  company: "USPS",
  number: (r: Random) => {
    const body = `0307${digits(r, 15)}`;
    return withCheckDigit((c) => body + c, "usps");
  },
  url: (n: string) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
};
const FEDEX = {
  id: "fedex",
  company: "FedEx",
  number: (r: Random) => {
    const body = digits(r, 11);
    return withCheckDigit((c) => body + c, "fedex");
  },
  url: (n: string) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
};
const DHL = {
  id: "dhl_express",
  company: "DHL Express",
  number: (r: Random) => {
    const body = digits(r, 9);
    return withCheckDigit((c) => body + c, "dhl_express");
  },
  url: (n: string) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}`,
};
const post = (id: string, company: string, cc: string, url: string) => ({
  id,
  company,
  number: (r: Random) => s10(r, cc, id),
  url: (n: string) => url + n,
});

const LANES: Lane[] = [
  {
    country: "US",
    locale: "en",
    offset: "-05:00",
    cities: [["Brooklyn", "NY", "11201"], ["Austin", "TX", "78701"], ["Denver", "CO", "80202"], ["Seattle", "WA", "98101"]],
    carriers: [UPS, USPS, FEDEX],
  },
  {
    country: "CA",
    locale: "fr",
    offset: "-05:00",
    cities: [["Montréal", "QC", "H2X 1Y4"], ["Toronto", "ON", "M5V 2T6"]],
    carriers: [post("canadapost", "Canada Post", "CA", "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor="), UPS],
  },
  {
    country: "GB",
    locale: "en",
    offset: "+00:00",
    cities: [["London", "", "SW1A 1AA"], ["Manchester", "", "M1 1AE"]],
    carriers: [post("royalmail", "Royal Mail", "GB", "https://www.royalmail.com/track-your-item#/tracking-results/"), DHL],
  },
  {
    country: "DE",
    locale: "de",
    offset: "+01:00",
    cities: [["Berlin", "BE", "10115"], ["München", "BY", "80331"]],
    carriers: [DHL],
  },
  {
    country: "NL",
    locale: "nl",
    offset: "+01:00",
    cities: [["Amsterdam", "NH", "1012 AB"], ["Utrecht", "UT", "3511 AA"]],
    carriers: [post("postnl", "PostNL", "NL", "https://postnl.nl/tracktrace/?B=")],
  },
  {
    country: "AU",
    locale: "en",
    offset: "+11:00",
    cities: [["Sydney", "NSW", "2000"], ["Melbourne", "VIC", "3000"]],
    carriers: [post("australiapost", "Australia Post", "AU", "https://auspost.com.au/mypost/track/#/details/")],
  },
  {
    country: "FR",
    locale: "fr",
    offset: "+01:00",
    cities: [["Paris", "", "75001"], ["Lyon", "", "69001"]],
    carriers: [DHL, UPS],
  },
  {
    country: "JP",
    locale: "ja",
    offset: "+09:00",
    cities: [["Tokyo", "13", "100-0001"], ["Osaka", "27", "530-0001"]],
    carriers: [DHL, FEDEX],
  },
];
const LANE_WEIGHTS = [50, 8, 10, 8, 6, 6, 6, 6];

const FIRST = ["Ava", "Noah", "Mia", "Liam", "Emma", "Lucas", "Chloé", "Jonas", "Sofia", "Yuki", "Olivia", "Hugo"];
const LAST = ["Smith", "Martin", "Müller", "de Vries", "Tanaka", "Brown", "Dubois", "Rossi", "Wilson", "Jansen"];

function weighted<T>(r: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

export function buildDemoWorld(now: Date, orderCount = 300, seed = 7): DemoWorld {
  const r = seededRandom(seed);
  const shop: ShopifyShopRecord = {
    id: 90001,
    name: "Porchlight Demo Outfitters",
    myshopify_domain: "porchlight-demo.myshopify.com",
    email: "owner@example.com",
    currency: "USD",
    iana_timezone: "America/New_York",
    primary_locale: "en",
    plan_name: "basic",
  };
  const names = Object.keys(SCENARIOS);
  const weights = names.map((n) => SCENARIOS[n].weight);
  const orders: ShopifyOrderRecord[] = [];
  const parcels = new Map<string, DemoParcel>();

  for (let i = 0; i < orderCount; i++) {
    const lane = weighted(r, LANES, LANE_WEIGHTS);
    const [city, region, zip] = pick(r, lane.cities);
    const scenario = weighted(r, names, weights);
    const steps = SCENARIOS[scenario].steps;
    const lastHour = steps.length ? steps[steps.length - 1][1] : 0;
    const ageHours = scenario === "silent" ? lastHour + 72 + r() * 120 : lastHour + 2 + r() * 36;
    const shippedAt = new Date(now.getTime() - ageHours * 3_600_000);
    const placedAt = new Date(shippedAt.getTime() - (6 + r() * 30) * 3_600_000);
    const id = 5_100_000_000 + i;
    const first = pick(r, FIRST);
    const last = pick(r, LAST);
    const email = `${first}.${last}.${i}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, "");
    const carrier = pick(r, lane.carriers);
    const number = carrier.number(r);
    const origin = ["Newark", "NJ", "US"];
    const scans: DemoScan[] = steps.map(([code, h]) => {
      const atDestination = h >= 50;
      return {
        code,
        occurredAt: new Date(shippedAt.getTime() + h * 3_600_000 + Math.floor(r() * 40) * 60_000),
        utcOffset: atDestination ? lane.offset : "-05:00",
        location: atDestination ? [city, region, lane.country].filter(Boolean).join(", ") : origin.join(", "),
      };
    });
    parcels.set(number, { trackingNumber: number, carrier: carrier.id, scenario, shippedAt, scans });
    const fulfilledAt = shippedAt.toISOString();
    orders.push({
      id,
      admin_graphql_api_id: `gid://shopify/Order/${id}`,
      name: `#${1001 + i}`,
      order_number: 1001 + i,
      email,
      created_at: placedAt.toISOString(),
      updated_at: fulfilledAt,
      processed_at: placedAt.toISOString(),
      cancelled_at: null,
      financial_status: "paid",
      fulfillment_status: "fulfilled",
      currency: "USD",
      total_price: (20 + r() * 180).toFixed(2),
      customer_locale: lane.locale,
      customer: {
        id: 7_000_000 + i,
        admin_graphql_api_id: `gid://shopify/Customer/${7_000_000 + i}`,
        email,
        first_name: first,
        last_name: last,
      },
      shipping_address: { first_name: first, last_name: last, address1: `${1 + (i % 200)} Main St`, city, province_code: region || null, country_code: lane.country, zip },
      shipping_lines: [{ title: "Standard", code: "standard" }],
      fulfillments: [
        {
          id: 4_200_000_000 + i,
          admin_graphql_api_id: `gid://shopify/Fulfillment/${4_200_000_000 + i}`,
          order_id: id,
          status: "success",
          created_at: fulfilledAt,
          updated_at: fulfilledAt,
          tracking_company: carrier.company,
          tracking_number: number,
          tracking_numbers: [number],
          tracking_url: carrier.url(number),
          tracking_urls: [carrier.url(number)],
          shipment_status: null,
          origin_address: { country_code: "US", province_code: "NJ" },
        },
      ],
    });
  }
  return { shop, orders, parcels };
}
