// The `query:` filters the stand-in understands on `orders` and `Order.fulfillments`, with the
// meanings Shopify documents for them (fulfillment_status and status keep the REST words).
import type { ShopifyFulfillmentRecord, ShopifyOrderRecord } from "../shopify-records";
import { parseGid } from "./mapping";
import {
  compileSearch,
  dateMatcher,
  numberMatcher,
  SearchValueError,
  textMatcher,
  type CompiledSearch,
  type FieldMatcher,
} from "./search-syntax";

/** An order as the store indexes it: the record plus its instants, parsed once. */
export interface IndexedOrder {
  record: ShopifyOrderRecord;
  createdMs: number;
  updatedMs: number;
  processedMs: number;
}

const parseId = (type: string) => (v: string): number | null => {
  if (/^\d{1,16}$/.test(v)) return Number(v);
  return parseGid(v, type);
};

const STATUS: Record<string, (r: ShopifyOrderRecord) => boolean> = {
  open: (r) => !r.closed_at && !r.cancelled_at,
  closed: (r) => Boolean(r.closed_at),
  cancelled: (r) => Boolean(r.cancelled_at),
  canceled: (r) => Boolean(r.cancelled_at),
  not_closed: (r) => !r.closed_at,
  any: () => true,
};

const FULFILLMENT_STATUS: Record<string, (fs: string | null) => boolean> = {
  shipped: (fs) => fs === "fulfilled",
  fulfilled: (fs) => fs === "fulfilled",
  partial: (fs) => fs === "partial",
  unshipped: (fs) => fs === null,
  unfulfilled: (fs) => fs === null || fs === "partial",
  any: () => true,
};

const FINANCIAL_STATUS: Record<string, (fs: string | null) => boolean> = {
  any: () => true,
  unpaid: (fs) => fs === "authorized" || fs === "partially_paid" || fs === "pending",
};

function keyword<T>(table: Record<string, (item: T) => boolean>, fallback: (value: string) => (item: T) => boolean): FieldMatcher<T> {
  return ({ value }) => table[value.toLowerCase()] ?? fallback(value.toLowerCase());
}

function orderFields(timeZone: string): Record<string, FieldMatcher<IndexedOrder>> {
  const statusOf = keyword<ShopifyOrderRecord>(STATUS, (v) => {
    throw new SearchValueError(`Invalid status '${v}'.`);
  });
  const fulfillmentOf = keyword<string | null>(FULFILLMENT_STATUS, (v) => (fs) => fs === v);
  const financialOf = keyword<string | null>(FINANCIAL_STATUS, (v) => (fs) => fs === v);
  return {
    created_at: dateMatcher((o) => o.createdMs, timeZone),
    updated_at: dateMatcher((o) => o.updatedMs, timeZone),
    processed_at: dateMatcher((o) => o.processedMs, timeZone),
    id: numberMatcher((o) => o.record.id, parseId("Order")),
    customer_id: numberMatcher((o) => o.record.customer?.id ?? null, parseId("Customer")),
    name: textMatcher((o) => [o.record.name, o.record.name.replace(/^#/, "")]),
    email: textMatcher((o) => [o.record.email, o.record.customer?.email]),
    status: (t) => {
      const f = statusOf(t);
      return (o) => f(o.record);
    },
    fulfillment_status: (t) => {
      const f = fulfillmentOf(t);
      return (o) => f(o.record.fulfillment_status);
    },
    financial_status: (t) => {
      const f = financialOf(t);
      return (o) => f(o.record.financial_status);
    },
  };
}

const orderText: FieldMatcher<IndexedOrder> = ({ value }) => {
  const v = value.toLowerCase();
  return ({ record: r }) =>
    [r.name, r.email, r.customer?.email, r.customer?.first_name, r.customer?.last_name]
      .some((s) => typeof s === "string" && s.toLowerCase().includes(v));
};

export function compileOrderSearch(query: string | null | undefined, timeZone: string): CompiledSearch<IndexedOrder> {
  return compileSearch(query, orderFields(timeZone), orderText);
}

export function compileFulfillmentSearch(
  query: string | null | undefined,
  timeZone: string,
): CompiledSearch<ShopifyFulfillmentRecord> {
  return compileSearch(query, {
    created_at: dateMatcher((f) => Date.parse(f.created_at), timeZone),
    updated_at: dateMatcher((f) => Date.parse(f.updated_at), timeZone),
  });
}
