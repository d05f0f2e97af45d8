// Shopify-side records in the shape Shopify's webhooks deliver them (REST JSON, snake_case).
// The demo world and tests build these; the local Admin API stand-in serves them through
// GraphQL, and the webhook tests post them as payloads.

export interface ShopifyAddress {
  first_name?: string | null;
  last_name?: string | null;
  address1?: string | null;
  city: string | null;
  province_code: string | null;
  country_code: string | null;
  zip: string | null;
  phone?: string | null;
}

// Ids are numbers in Shopify's JSON. Webhook payloads reach the app with ids above 2^53 as exact
// strings (see quoteBigIntegers), so code that reads an id goes through String() / legacyId().

export interface ShopifyFulfillmentRecord {
  id: number;
  admin_graphql_api_id: string;
  order_id: number;
  status: "pending" | "open" | "success" | "cancelled" | "error" | "failure";
  created_at: string;
  updated_at: string;
  tracking_company: string | null;
  tracking_number: string | null;
  tracking_numbers: string[];
  tracking_url: string | null;
  tracking_urls: string[];
  shipment_status: string | null;
  location_id?: number | null;
  origin_address?: { country_code: string | null; province_code?: string | null } | null;
}

export interface ShopifyOrderRecord {
  id: number;
  admin_graphql_api_id: string;
  name: string;
  order_number: number;
  email: string | null;
  phone?: string | null;
  created_at: string;
  updated_at: string;
  processed_at?: string;
  cancelled_at: string | null;
  cancel_reason?: string | null;
  closed_at?: string | null;
  financial_status: string | null;
  fulfillment_status: string | null;
  currency: string;
  total_price: string;
  customer_locale: string | null;
  customer: { id: number; admin_graphql_api_id: string; email: string | null; first_name: string | null; last_name: string | null } | null;
  shipping_address: ShopifyAddress | null;
  shipping_lines?: Array<{ title: string; code: string | null }>;
  fulfillments: ShopifyFulfillmentRecord[];
}

export interface ShopifyShopRecord {
  id: number;
  name: string;
  myshopify_domain: string;
  email: string;
  currency: string;
  iana_timezone: string;
  primary_locale: string;
  plan_name: string;
}
