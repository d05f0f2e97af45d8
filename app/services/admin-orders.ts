// The Admin GraphQL order shape Porchlight reads, and its mapping to the webhook record shape
// (so backfill and webhooks share one sync path).
import type { ShopifyFulfillmentRecord, ShopifyOrderRecord } from "../demo/shopify-records";

export const ORDER_FIELDS = /* GraphQL */ `
  id
  legacyResourceId
  name
  email
  createdAt
  updatedAt
  cancelledAt
  displayFinancialStatus
  displayFulfillmentStatus
  customerLocale
  currencyCode
  customer { id email firstName lastName }
  shippingAddress { city provinceCode countryCodeV2 zip }
  fulfillments(first: 5) {
    id
    legacyResourceId
    status
    createdAt
    updatedAt
    trackingInfo(first: 5) { company number url }
  }
`;

export interface AdminOrderNode {
  id: string;
  legacyResourceId: string;
  name: string;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string | null;
  customerLocale: string | null;
  currencyCode: string;
  customer: { id: string; email: string | null; firstName: string | null; lastName: string | null } | null;
  shippingAddress: { city: string | null; provinceCode: string | null; countryCodeV2: string | null; zip: string | null } | null;
  fulfillments: Array<{
    id: string;
    legacyResourceId: string;
    status: string;
    createdAt: string;
    updatedAt: string;
    trackingInfo: Array<{ company: string | null; number: string | null; url: string | null }>;
  }>;
}

const legacy = (gid: string) => Number(gid.slice(gid.lastIndexOf("/") + 1));

export function orderRecordFromAdmin(n: AdminOrderNode): ShopifyOrderRecord {
  const orderId = Number(n.legacyResourceId);
  return {
    id: orderId,
    admin_graphql_api_id: n.id,
    name: n.name,
    order_number: Number(n.name.replace(/\D/g, "")) || 0,
    email: n.email,
    created_at: n.createdAt,
    updated_at: n.updatedAt,
    cancelled_at: n.cancelledAt,
    financial_status: n.displayFinancialStatus?.toLowerCase() ?? null,
    fulfillment_status: n.displayFulfillmentStatus?.toLowerCase() ?? null,
    currency: n.currencyCode,
    total_price: "0",
    customer_locale: n.customerLocale,
    customer: n.customer
      ? { id: legacy(n.customer.id), admin_graphql_api_id: n.customer.id, email: n.customer.email, first_name: n.customer.firstName, last_name: n.customer.lastName }
      : null,
    shipping_address: n.shippingAddress
      ? { city: n.shippingAddress.city, province_code: n.shippingAddress.provinceCode, country_code: n.shippingAddress.countryCodeV2, zip: n.shippingAddress.zip }
      : null,
    fulfillments: n.fulfillments.map(
      (f): ShopifyFulfillmentRecord => ({
        id: Number(f.legacyResourceId),
        admin_graphql_api_id: f.id,
        order_id: orderId,
        status: f.status.toLowerCase() as ShopifyFulfillmentRecord["status"],
        created_at: f.createdAt,
        updated_at: f.updatedAt,
        tracking_company: f.trackingInfo[0]?.company ?? null,
        tracking_number: f.trackingInfo[0]?.number ?? null,
        tracking_numbers: f.trackingInfo.map((t) => t.number).filter((x): x is string => Boolean(x)),
        tracking_url: f.trackingInfo[0]?.url ?? null,
        tracking_urls: f.trackingInfo.map((t) => t.url ?? ""),
        shipment_status: null,
      }),
    ),
  };
}
