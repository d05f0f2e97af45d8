// REST-shape records (what webhooks deliver) -> the objects the GraphQL resolvers return.
// Pure: the store decides when to rebuild them.
import type {
  ShopifyAddress,
  ShopifyFulfillmentRecord,
  ShopifyOrderRecord,
  ShopifyShopRecord,
} from "../shopify-records";

export const gid = (type: string, id: number | string): string => `gid://shopify/${type}/${id}`;

/** Numeric id of `gid://shopify/<type>/<id>`, or null when the string is not such a gid. */
export function parseGid(value: string, type: string): number | null {
  const m = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d{1,16})(?:\?.*)?$/.exec(value);
  if (!m || m[1] !== type) return null;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) ? n : null;
}

export interface ShopNode {
  id: string;
  name: string;
  myshopifyDomain: string;
  email: string;
  currencyCode: string;
  ianaTimezone: string;
  primaryDomain: { id: string; host: string; url: string; sslEnabled: boolean };
  plan: { displayName: string; publicDisplayName: string; partnerDevelopment: boolean; shopifyPlus: boolean };
}

export interface FulfillmentEventNode {
  id: string;
  legacyId: number;
  status: string;
  happenedAt: string;
  createdAt: string;
  message: string | null;
  estimatedDeliveryAt: string | null;
  address1: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface FulfillmentNode {
  id: string;
  legacyResourceId: number;
  orderId: number;
  name: string;
  status: string;
  createdAt: string;
  updatedAt: string;
  trackingInfo: Array<{ company: string | null; number: string | null; url: string | null }>;
  displayStatus: string | null;
  estimatedDeliveryAt: string | null;
  inTransitAt: string | null;
  deliveredAt: string | null;
  originAddress: { countryCode: string; provinceCode: string | null; address1: null; address2: null; city: null; zip: null } | null;
  /** Oldest first. */
  events: FulfillmentEventNode[];
}

export interface OrderNode {
  id: string;
  legacyResourceId: number;
  name: string;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
  processedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  closed: boolean;
  closedAt: string | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string;
  customerLocale: string | null;
  currencyCode: string;
  customer: {
    id: string;
    legacyResourceId: number;
    email: string | null;
    defaultEmailAddress: { emailAddress: string } | null;
    firstName: string | null;
    lastName: string | null;
    displayName: string;
    locale: string;
  } | null;
  shippingAddress: {
    id: string;
    address1: string | null;
    city: string | null;
    country: string | null;
    countryCodeV2: string | null;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    provinceCode: string | null;
    zip: string | null;
  } | null;
  fulfillments: FulfillmentNode[];
}

// REST plan_name -> ShopPlan.displayName (deprecated) and publicDisplayName.
const PLANS: Record<string, readonly [string, string]> = {
  basic: ["Basic", "Basic"],
  professional: ["Shopify", "Grow"],
  unlimited: ["Advanced", "Advanced"],
  shopify_plus: ["Shopify Plus", "Plus"],
  plus_partner_sandbox: ["Shopify Plus Partner Sandbox", "Development"],
  partner_test: ["Developer Preview", "Development"],
  affiliate: ["Development", "Development"],
  starter: ["Starter", "Starter"],
  retail: ["Retail", "Retail"],
  trial: ["Trial", "Trial"],
  dormant: ["Pause and Build", "Paused"],
  staff_business: ["Staff Business", "Staff Business"],
};

export function shopNode(shop: ShopifyShopRecord): ShopNode {
  const [displayName, publicDisplayName] = PLANS[shop.plan_name] ?? [shop.plan_name, "Other"];
  return {
    id: gid("Shop", shop.id),
    name: shop.name,
    myshopifyDomain: shop.myshopify_domain,
    email: shop.email,
    currencyCode: shop.currency,
    ianaTimezone: shop.iana_timezone,
    primaryDomain: { id: gid("Domain", shop.id), host: shop.myshopify_domain, url: `https://${shop.myshopify_domain}`, sslEnabled: true },
    plan: {
      displayName,
      publicDisplayName,
      partnerDevelopment: ["partner_test", "affiliate", "plus_partner_sandbox"].includes(shop.plan_name),
      shopifyPlus: shop.plan_name === "shopify_plus" || shop.plan_name === "plus_partner_sandbox",
    },
  };
}

const FINANCIAL: Record<string, string> = {
  pending: "PENDING",
  authorized: "AUTHORIZED",
  partially_paid: "PARTIALLY_PAID",
  paid: "PAID",
  partially_refunded: "PARTIALLY_REFUNDED",
  refunded: "REFUNDED",
  voided: "VOIDED",
  expired: "EXPIRED",
};

const ORDER_FULFILLMENT: Record<string, string> = {
  fulfilled: "FULFILLED",
  partial: "PARTIALLY_FULFILLED",
  restocked: "RESTOCKED",
  on_hold: "ON_HOLD",
  scheduled: "SCHEDULED",
  in_progress: "IN_PROGRESS",
  request_declined: "REQUEST_DECLINED",
};

const FULFILLMENT_STATUS: Record<ShopifyFulfillmentRecord["status"], string> = {
  pending: "PENDING",
  open: "OPEN",
  success: "SUCCESS",
  cancelled: "CANCELLED",
  error: "ERROR",
  failure: "FAILURE",
};

// Fulfillment.displayStatus values a REST shipment_status can name (same words, upper case).
const DISPLAY_FROM_SHIPMENT = new Set([
  "ATTEMPTED_DELIVERY", "CARRIER_PICKED_UP", "CONFIRMED", "DELAYED", "DELIVERED", "FAILURE",
  "IN_TRANSIT", "LABEL_PRINTED", "LABEL_PURCHASED", "OUT_FOR_DELIVERY", "PICKED_UP", "READY_FOR_PICKUP",
]);

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? null;
  } catch {
    return null;
  }
}

function addressNode(orderId: number, a: ShopifyAddress | null): OrderNode["shippingAddress"] {
  if (!a) return null;
  return {
    id: `${gid("MailingAddress", orderId)}?model_name=Address`,
    address1: a.address1 ?? null,
    city: a.city,
    country: countryName(a.country_code),
    countryCodeV2: a.country_code,
    firstName: a.first_name ?? null,
    lastName: a.last_name ?? null,
    phone: a.phone ?? null,
    provinceCode: a.province_code,
    zip: a.zip,
  };
}

function displayStatus(f: ShopifyFulfillmentRecord, latest: FulfillmentEventNode | undefined): string | null {
  if (f.status === "cancelled") return "CANCELED";
  if (f.status === "failure" || f.status === "error") return "FAILURE";
  if (latest) return latest.status;
  const shipment = f.shipment_status?.toUpperCase();
  if (shipment && DISPLAY_FROM_SHIPMENT.has(shipment)) return shipment;
  return f.status === "success" ? "FULFILLED" : null;
}

function trackingInfo(f: ShopifyFulfillmentRecord): FulfillmentNode["trackingInfo"] {
  const numbers = f.tracking_numbers.length > 0 ? f.tracking_numbers : f.tracking_number ? [f.tracking_number] : [];
  if (numbers.length === 0) {
    return f.tracking_company || f.tracking_url ? [{ company: f.tracking_company, number: null, url: f.tracking_url }] : [];
  }
  return numbers.map((number, i) => ({
    company: f.tracking_company,
    number,
    url: f.tracking_urls[i] ?? (i === 0 ? f.tracking_url : null),
  }));
}

export function fulfillmentNode(
  order: ShopifyOrderRecord,
  f: ShopifyFulfillmentRecord,
  index: number,
  events: readonly FulfillmentEventNode[],
): FulfillmentNode {
  const sorted = [...events].sort((a, b) => Date.parse(a.happenedAt) - Date.parse(b.happenedAt) || a.legacyId - b.legacyId);
  const latest = sorted.at(-1);
  const firstOf = (status: string) => sorted.find((e) => e.status === status)?.happenedAt ?? null;
  const lastWithEta = sorted.filter((e) => e.estimatedDeliveryAt !== null).at(-1);
  return {
    id: f.admin_graphql_api_id || gid("Fulfillment", f.id),
    legacyResourceId: f.id,
    orderId: order.id,
    name: `${order.name}.${index + 1}`,
    status: FULFILLMENT_STATUS[f.status] ?? "SUCCESS",
    createdAt: f.created_at,
    updatedAt: f.updated_at,
    trackingInfo: trackingInfo(f),
    displayStatus: displayStatus(f, latest),
    estimatedDeliveryAt: lastWithEta?.estimatedDeliveryAt ?? null,
    inTransitAt: firstOf("IN_TRANSIT"),
    deliveredAt: sorted.filter((e) => e.status === "DELIVERED").at(-1)?.happenedAt ?? null,
    originAddress: f.origin_address?.country_code
      ? { countryCode: f.origin_address.country_code, provinceCode: f.origin_address.province_code ?? null, address1: null, address2: null, city: null, zip: null }
      : null,
    events: sorted,
  };
}

export function orderNode(
  o: ShopifyOrderRecord,
  shop: ShopifyShopRecord,
  eventsOf: (fulfillmentId: number) => readonly FulfillmentEventNode[],
): OrderNode {
  const c = o.customer;
  const displayName = c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || "" : "";
  return {
    id: o.admin_graphql_api_id || gid("Order", o.id),
    legacyResourceId: o.id,
    name: o.name,
    email: o.email,
    phone: o.phone ?? null,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
    processedAt: o.processed_at ?? o.created_at,
    cancelledAt: o.cancelled_at,
    cancelReason: o.cancel_reason ? o.cancel_reason.toUpperCase() : null,
    closed: Boolean(o.closed_at),
    closedAt: o.closed_at ?? null,
    displayFinancialStatus: o.financial_status ? (FINANCIAL[o.financial_status] ?? null) : null,
    displayFulfillmentStatus: (o.fulfillment_status && ORDER_FULFILLMENT[o.fulfillment_status]) || "UNFULFILLED",
    customerLocale: o.customer_locale,
    currencyCode: o.currency,
    customer: c
      ? {
          id: c.admin_graphql_api_id || gid("Customer", c.id),
          legacyResourceId: c.id,
          email: c.email,
          defaultEmailAddress: c.email ? { emailAddress: c.email } : null,
          firstName: c.first_name,
          lastName: c.last_name,
          displayName,
          locale: o.customer_locale ?? shop.primary_locale,
        }
      : null,
    shippingAddress: addressNode(o.id, o.shipping_address),
    fulfillments: o.fulfillments.map((f, i) => fulfillmentNode(o, f, i, eventsOf(f.id))),
  };
}
