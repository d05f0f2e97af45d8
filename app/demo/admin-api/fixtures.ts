// Deterministic, realistic Shopify orders for the stand-in (e.g. the 5,000-order backfill test).
// Same (n, seed, options) -> same records. Tracking numbers follow each carrier's published
// format including its check digit, and sit in fulfillments the way Shopify stores them.
import type { ShopifyAddress, ShopifyFulfillmentRecord, ShopifyOrderRecord, ShopifyShopRecord } from "../shopify-records";

export interface StandInOrderOptions {
  /** When the first order was placed (ISO instant). Default 2026-09-01T00:00:00Z. */
  start?: string;
  /** Orders are spread evenly over this many days. Default 60. */
  spanDays?: number;
  /** Offset the REST timestamps are written in, as the shop's zone would. Default -04:00. */
  utcOffset?: string;
  /** Order number of the first order (name "#<n>"). Default 1001. */
  firstOrderNumber?: number;
}

export function standInShop(overrides: Partial<ShopifyShopRecord> = {}): ShopifyShopRecord {
  return {
    id: 68_412_345_678,
    name: "Porchlight Demo Goods",
    myshopify_domain: "porchlight-demo.myshopify.com",
    email: "owner@porchlight-demo.example",
    currency: "USD",
    iana_timezone: "America/New_York",
    primary_locale: "en",
    plan_name: "basic",
    ...overrides,
  };
}

// mulberry32: small, fast, good enough for fixtures.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const digits = (r: Rand, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
const ALNUM = [..."0123456789ABCDEFGHJKLMNPRSTUVWXYZ"];

// ---- check digits, as each carrier defines them ----

/** Mod 10 over digits (letters count as (charCode - 3) % 10, as UPS does); weights alternate. */
function mod10(serial: string, evenWeight: number, oddWeight: number, fromRight = false): number {
  const chars = fromRight ? [...serial].reverse() : [...serial];
  const total = chars.reduce((sum, c, i) => {
    const x = /\d/.test(c) ? Number(c) : (c.charCodeAt(0) - 3) % 10;
    return sum + x * (i % 2 === 0 ? evenWeight : oddWeight);
  }, 0);
  return (10 - (total % 10)) % 10;
}

function s10Check(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const r = [...serial].reduce((s, c, i) => s + Number(c) * weights[i], 0) % 11;
  return r === 0 ? 5 : r === 1 ? 0 : 11 - r;
}

interface Carrier {
  company: string;
  number(r: Rand): string;
  url(n: string): string;
}

const CARRIERS = {
  ups: {
    company: "UPS",
    number: (r) => {
      const serial = Array.from({ length: 6 }, () => pick(r, ALNUM)).join("") + pick(r, ["01", "02", "03", "12", "13"]) + digits(r, 7);
      return `1Z${serial}${mod10(serial, 1, 2)}`;
    },
    url: (n) => `https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=${n}`,
  },
  usps: {
    company: "USPS",
    number: (r) => {
      const serial = `94${pick(r, ["001", "055", "612"])}9${digits(r, 8)}${digits(r, 7)}`;
      return `${serial}${mod10(serial, 3, 1, true)}`;
    },
    url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  fedex: {
    company: "FedEx",
    number: (r) => {
      const serial = `${1 + Math.floor(r() * 9)}${digits(r, 10)}`;
      const weights = [3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1];
      const check = ([...serial].reduce((s, c, i) => s + Number(c) * weights[i], 0) % 11) % 10;
      return `${serial}${check}`;
    },
    url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  },
  dhl_express: {
    company: "DHL Express",
    number: (r) => {
      const serial = `${1 + Math.floor(r() * 9)}${digits(r, 8)}`;
      return `${serial}${Number(serial) % 7}`;
    },
    url: (n) => `https://www.dhl.com/en/express/tracking.html?AWB=${n}&brand=DHL`,
  },
  canada_post: {
    company: "Canada Post",
    number: (r) => {
      const serial = `${pick(r, ["7023", "7035", "4006"])}${digits(r, 11)}`;
      return `${serial}${mod10(serial, 3, 1)}`;
    },
    url: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=${n}`,
  },
  royal_mail: {
    company: "Royal Mail",
    number: (r) => {
      const serial = digits(r, 8);
      return `${pick(r, ["RR", "RB", "LX", "CP"])}${serial}${s10Check(serial)}GB`;
    },
    url: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  },
} satisfies Record<string, Carrier>;

interface Region {
  country: string;
  currency: string;
  locales: readonly string[];
  carriers: readonly Carrier[];
  places: ReadonlyArray<readonly [city: string, province: string | null, zip: () => string]>;
}

const zip5 = (r: Rand, prefix: string) => () => prefix + digits(r, 5 - prefix.length);

function regions(r: Rand): ReadonlyArray<readonly [weight: number, Region]> {
  const ca = (fsa: string) => () => `${fsa} ${digits(r, 1)}${pick(r, ["A", "B", "C", "E", "G", "H", "J", "K"])}${digits(r, 1)}`;
  const uk = (area: string) => () => `${area}${1 + Math.floor(r() * 9)} ${digits(r, 1)}${pick(r, ["AB", "DX", "JQ", "NP", "TW"])}`;
  return [
    [0.62, {
      country: "US", currency: "USD", locales: ["en", "en", "en", "es"],
      carriers: [CARRIERS.usps, CARRIERS.usps, CARRIERS.ups, CARRIERS.fedex],
      places: [
        ["Brooklyn", "NY", zip5(r, "112")], ["Austin", "TX", zip5(r, "787")], ["Portland", "OR", zip5(r, "972")],
        ["Columbus", "OH", zip5(r, "432")], ["Denver", "CO", zip5(r, "802")], ["Oakland", "CA", zip5(r, "946")],
        ["Atlanta", "GA", zip5(r, "303")], ["Madison", "WI", zip5(r, "537")],
      ],
    }],
    [0.16, {
      country: "CA", currency: "CAD", locales: ["en-CA", "en-CA", "fr-CA"],
      carriers: [CARRIERS.canada_post, CARRIERS.canada_post, CARRIERS.ups],
      places: [["Toronto", "ON", ca("M5V")], ["Montréal", "QC", ca("H2X")], ["Vancouver", "BC", ca("V6B")], ["Halifax", "NS", ca("B3H")]],
    }],
    [0.14, {
      country: "GB", currency: "GBP", locales: ["en-GB"],
      carriers: [CARRIERS.royal_mail, CARRIERS.royal_mail, CARRIERS.dhl_express],
      places: [["London", "ENG", uk("E")], ["Manchester", "ENG", uk("M")], ["Edinburgh", "SCT", uk("EH")], ["Cardiff", "WLS", uk("CF")]],
    }],
    [0.08, {
      country: "DE", currency: "EUR", locales: ["de", "de", "en"],
      carriers: [CARRIERS.dhl_express],
      places: [["Berlin", null, zip5(r, "10")], ["Hamburg", null, zip5(r, "20")], ["München", null, zip5(r, "80")]],
    }],
  ];
}

const FIRST = ["Ava", "Noah", "Maya", "Liam", "Zoe", "Omar", "Chloé", "Mateo", "Priya", "Jonas", "Amara", "Kenji", "Sofia", "Ethan", "Leila", "Hugo"];
const LAST = ["Nguyen", "Smith", "Okafor", "García", "Müller", "Tremblay", "Patel", "Kowalski", "Brown", "Haddad", "Rossi", "Andersen", "Kim", "Dubois"];

function formatLocal(ms: number, offset: string): string {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [h, m] = offset.slice(1).split(":").map(Number);
  const local = new Date(ms + sign * (h * 60 + m) * 60_000);
  return local.toISOString().replace(/\.\d{3}Z$/, offset);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function makeStandInOrders(n: number, seed: number, options: StandInOrderOptions = {}): ShopifyOrderRecord[] {
  const r = rng(seed);
  const start = Date.parse(options.start ?? "2026-09-01T00:00:00Z");
  const span = (options.spanDays ?? 60) * DAY;
  const offset = options.utcOffset ?? "-04:00";
  const firstNumber = options.firstOrderNumber ?? 1001;
  const end = start + span;
  const regionTable = regions(r);
  const at = (ms: number) => formatLocal(ms, offset);
  const customers: Array<{ id: number; first: string; last: string; email: string; region: Region; locale: string }> = [];
  const orders: ShopifyOrderRecord[] = [];
  const step = span / Math.max(1, n);
  let fulfillmentSeq = 0;

  for (let i = 0; i < n; i++) {
    const createdMs = Math.round(start + i * step + r() * step * 0.9);
    const id = 6_100_000_000_000 + i * 1000 + Math.floor(r() * 1000);
    const number = firstNumber + i;

    let customer = customers.length > 20 && r() < 0.3 ? pick(r, customers) : undefined;
    if (!customer) {
      let roll = r();
      const region = regionTable.find(([w]) => (roll -= w) < 0)?.[1] ?? regionTable[0][1];
      const first = pick(r, FIRST);
      const last = pick(r, LAST);
      const cid = 7_200_000_000_000 + customers.length * 7 + 3;
      const email = `${first}.${last}${customers.length}`.normalize("NFD").replace(/[^A-Za-z0-9.]/g, "").toLowerCase() + pick(r, ["@example.com", "@example.net", "@example.org"]);
      customer = { id: cid, first, last, email, region, locale: pick(r, region.locales) };
      customers.push(customer);
    }
    const region = customer.region;
    const [city, province, zip] = pick(r, region.places);
    const address: ShopifyAddress = {
      first_name: customer.first,
      last_name: customer.last,
      address1: `${1 + Math.floor(r() * 980)} ${pick(r, ["Maple", "Station", "Harbour", "King", "Elm", "Mill", "Church"])} ${pick(r, ["St", "Ave", "Rd", "Lane"])}`,
      city,
      province_code: province,
      country_code: region.country,
      zip: zip(),
      phone: null,
    };

    const ageDays = (end - createdMs) / DAY;
    const roll = r();
    const cancelled = roll < 0.03;
    const kind = cancelled ? "cancelled" : roll < 0.12 ? "partial" : roll < 0.3 || ageDays < 1 ? "unfulfilled" : "fulfilled";
    const fulfillments: ShopifyFulfillmentRecord[] = [];
    const shipments = kind === "fulfilled" ? (r() < 0.12 ? 2 : 1) : kind === "partial" ? 1 : 0;
    let lastTouch = createdMs + Math.floor(r() * 20 * 60_000);

    for (let k = 0; k < shipments; k++) {
      const carrier = pick(r, region.carriers);
      const parcels = r() < 0.08 ? 2 : 1;
      const numbers = Array.from({ length: parcels }, () => carrier.number(r));
      const fCreated = Math.max(createdMs + 600_000 * (k + 1), Math.min(end - HOUR, createdMs + (6 + r() * 60) * HOUR + k * DAY));
      const shippedDays = (end - fCreated) / DAY;
      const shipment =
        shippedDays > 9 ? (r() < 0.95 ? "delivered" : pick(r, ["failure", "attempted_delivery"]))
        : shippedDays > 3 ? pick(r, ["in_transit", "in_transit", "delivered", "out_for_delivery", "delayed"])
        : shippedDays > 1 ? pick(r, ["in_transit", "confirmed", "label_printed"])
        : pick(r, [null, "label_purchased", "confirmed"]);
      const fUpdated = Math.max(fCreated, Math.min(end, fCreated + (shipment === "delivered" ? (2 + r() * 5) * DAY : r() * DAY)));
      const fid = 5_300_000_000_000 + fulfillmentSeq++ * 11;
      fulfillments.push({
        id: fid,
        admin_graphql_api_id: `gid://shopify/Fulfillment/${fid}`,
        order_id: id,
        status: "success",
        created_at: at(fCreated),
        updated_at: at(fUpdated),
        tracking_company: carrier.company,
        tracking_number: numbers[0],
        tracking_numbers: numbers,
        tracking_url: carrier.url(numbers[0]),
        tracking_urls: numbers.map((x) => carrier.url(x)),
        shipment_status: shipment,
        location_id: 71_234_567_890,
        origin_address: { country_code: "US", province_code: "NY" },
      });
      lastTouch = Math.max(lastTouch, fUpdated);
    }

    const cancelledMs = cancelled ? Math.min(end, createdMs + (1 + r() * 30) * HOUR) : null;
    if (cancelledMs !== null) lastTouch = Math.max(lastTouch, cancelledMs);
    const closedMs = cancelledMs ?? (kind === "fulfilled" && ageDays > 14 && r() < 0.6 ? lastTouch + HOUR : null);
    if (closedMs !== null) lastTouch = Math.max(lastTouch, closedMs);
    const financial = cancelled ? pick(r, ["refunded", "voided"]) : r() < 0.9 ? "paid" : pick(r, ["pending", "authorized", "partially_refunded"]);

    orders.push({
      id,
      admin_graphql_api_id: `gid://shopify/Order/${id}`,
      name: `#${number}`,
      order_number: number,
      email: customer.email,
      phone: null,
      created_at: at(createdMs),
      updated_at: at(lastTouch),
      processed_at: at(createdMs),
      cancelled_at: cancelledMs === null ? null : at(cancelledMs),
      cancel_reason: cancelled ? pick(r, ["customer", "inventory", "declined", "other"]) : null,
      closed_at: closedMs === null ? null : at(closedMs),
      financial_status: financial,
      fulfillment_status: kind === "fulfilled" ? "fulfilled" : kind === "partial" ? "partial" : null,
      currency: region.currency,
      total_price: (12 + Math.floor(r() * 240) + pick(r, [0, 0.5, 0.95, 0.99])).toFixed(2),
      customer_locale: customer.locale,
      customer: {
        id: customer.id,
        admin_graphql_api_id: `gid://shopify/Customer/${customer.id}`,
        email: customer.email,
        first_name: customer.first,
        last_name: customer.last,
      },
      shipping_address: address,
      shipping_lines: [{ title: pick(r, ["Standard Shipping", "Express", "Free Shipping"]), code: null }],
      fulfillments,
    });
  }
  return orders;
}
