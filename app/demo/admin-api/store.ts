// In-memory Shopify side of one shop: its orders (REST-shape records, as webhooks carry them),
// the access tokens it accepts, and what apps wrote to it (fulfillment events, Flow triggers).
// Tests change orders at runtime and read back what was written.
import type { ShopifyOrderRecord, ShopifyShopRecord } from "../shopify-records";
import { compileFulfillmentSearch, compileOrderSearch, type IndexedOrder } from "./order-filters";
import {
  gid,
  orderNode,
  parseGid,
  shopNode,
  type FulfillmentEventNode,
  type FulfillmentNode,
  type OrderNode,
  type ShopNode,
} from "./mapping";
import type { SortValue } from "./pagination";
import type { SearchWarning } from "./search-syntax";

export interface AdminApiStoreInit {
  shop: ShopifyShopRecord;
  accessTokens: string[];
  orders: ShopifyOrderRecord[];
  /** Clock for timestamps the store sets (event createdAt, fulfillment updated_at). */
  now?: () => number;
  /** When given, flowTriggerReceive accepts only these handles. */
  flowTriggerHandles?: string[];
}

export type OrderSortKey =
  | "CREATED_AT" | "CURRENT_TOTAL_PRICE" | "CUSTOMER_NAME" | "DESTINATION" | "FINANCIAL_STATUS"
  | "FULFILLMENT_STATUS" | "ID" | "ORDER_NUMBER" | "PO_NUMBER" | "PROCESSED_AT" | "RELEVANCE"
  | "TOTAL_ITEMS_QUANTITY" | "TOTAL_PRICE" | "UPDATED_AT";

export interface OrderListEntry {
  id: number;
  value: SortValue;
}

export interface OrderList {
  entries: readonly OrderListEntry[];
  descending: boolean;
  warnings: SearchWarning[];
}

export interface UserError {
  field: string[] | null;
  message: string;
}

export interface FulfillmentEventInput {
  fulfillmentId: string;
  status: string;
  happenedAt?: string | null;
  message?: string | null;
  estimatedDeliveryAt?: string | null;
  address1?: string | null;
  city?: string | null;
  province?: string | null;
  country?: string | null;
  zip?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface RecordedFulfillmentEvent extends FulfillmentEventNode {
  fulfillmentId: string;
  orderId: string;
}

export interface FlowTriggerCall {
  handle: string | null;
  payload: unknown;
  /** The deprecated `body` argument, when a caller still uses it. */
  body: string | null;
  receivedAt: string;
}

interface Entry extends IndexedOrder {
  node: OrderNode | null;
}

const SORT_VALUE: Record<OrderSortKey, (o: Entry) => SortValue> = {
  CREATED_AT: (o) => o.createdMs,
  UPDATED_AT: (o) => o.updatedMs,
  PROCESSED_AT: (o) => o.processedMs,
  ID: (o) => o.record.id,
  RELEVANCE: (o) => o.record.id,
  PO_NUMBER: (o) => o.record.id,
  TOTAL_ITEMS_QUANTITY: (o) => o.record.id,
  ORDER_NUMBER: (o) => o.record.order_number,
  TOTAL_PRICE: (o) => Number(o.record.total_price) || 0,
  CURRENT_TOTAL_PRICE: (o) => Number(o.record.total_price) || 0,
  CUSTOMER_NAME: (o) => [o.record.customer?.first_name, o.record.customer?.last_name].filter(Boolean).join(" ").toLowerCase(),
  DESTINATION: (o) => [o.record.shipping_address?.country_code, o.record.shipping_address?.province_code, o.record.shipping_address?.city].join("|"),
  FINANCIAL_STATUS: (o) => o.record.financial_status ?? "",
  FULFILLMENT_STATUS: (o) => o.record.fulfillment_status ?? "",
};

const LIST_CACHE_SIZE = 32;
const FLOW_PAYLOAD_MAX_BYTES = 50_000;

const toIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

function parseInstant(value: string, what: string): number {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new Error(`${what}: not a date-time: ${JSON.stringify(value)}`);
  return ms;
}

export class AdminApiStore {
  private shopRecord: ShopifyShopRecord;
  private readonly tokens: Set<string>;
  private readonly now: () => number;
  private readonly flowHandles: Set<string> | null;
  private readonly orders = new Map<number, Entry>();
  private readonly orderOfFulfillment = new Map<number, number>();
  private readonly eventsByFulfillment = new Map<number, FulfillmentEventNode[]>();
  private readonly eventLog: RecordedFulfillmentEvent[] = [];
  private readonly flowLog: FlowTriggerCall[] = [];
  private readonly lists = new Map<string, OrderList>();
  private nextEventId = 1_000_000_001;

  constructor(init: AdminApiStoreInit) {
    this.shopRecord = structuredClone(init.shop);
    this.tokens = new Set(init.accessTokens);
    this.now = init.now ?? Date.now;
    this.flowHandles = init.flowTriggerHandles ? new Set(init.flowTriggerHandles) : null;
    for (const o of init.orders) this.upsertOrder(o);
  }

  get shopDomain(): string {
    return this.shopRecord.myshopify_domain;
  }

  /** REST plan_name (basic, professional, unlimited, shopify_plus, ...). */
  get planName(): string {
    return this.shopRecord.plan_name;
  }

  get orderCount(): number {
    return this.orders.size;
  }

  acceptsToken(token: string | null | undefined): boolean {
    return typeof token === "string" && this.tokens.has(token);
  }

  addAccessToken(token: string): void {
    this.tokens.add(token);
  }

  revokeAccessToken(token: string): void {
    this.tokens.delete(token);
  }

  shop(): ShopNode {
    return shopNode(this.shopRecord);
  }

  // ---- orders ----

  /** Adds the order, or replaces the one with the same id. The store keeps its own copy. */
  upsertOrder(record: ShopifyOrderRecord): void {
    if (!Number.isSafeInteger(record.id) || record.id <= 0) throw new Error(`order id must be a positive integer, got ${record.id}`);
    const copy = structuredClone(record);
    const previous = this.orders.get(copy.id);
    for (const f of copy.fulfillments) {
      const owner = this.orderOfFulfillment.get(f.id);
      if (owner !== undefined && owner !== copy.id) throw new Error(`fulfillment ${f.id} already belongs to order ${owner}`);
    }
    if (previous) for (const f of previous.record.fulfillments) this.orderOfFulfillment.delete(f.id);
    for (const f of copy.fulfillments) this.orderOfFulfillment.set(f.id, copy.id);
    this.orders.set(copy.id, {
      record: copy,
      createdMs: parseInstant(copy.created_at, `order ${copy.id} created_at`),
      updatedMs: parseInstant(copy.updated_at, `order ${copy.id} updated_at`),
      processedMs: parseInstant(copy.processed_at ?? copy.created_at, `order ${copy.id} processed_at`),
      node: null,
    });
    this.lists.clear();
  }

  /** Changes an order the way a merchant edit would; returns the stored copy after the change. */
  updateOrder(id: number, change: Partial<ShopifyOrderRecord> | ((current: ShopifyOrderRecord) => ShopifyOrderRecord)): ShopifyOrderRecord {
    const entry = this.orders.get(id);
    if (!entry) throw new Error(`no order ${id}`);
    const current = structuredClone(entry.record);
    const next = typeof change === "function" ? change(current) : { ...current, ...change, id };
    if (next.id !== id) throw new Error(`updateOrder cannot change the id (${id} -> ${next.id})`);
    this.upsertOrder(next);
    return this.order(id)!;
  }

  removeOrder(id: number): boolean {
    const entry = this.orders.get(id);
    if (!entry) return false;
    for (const f of entry.record.fulfillments) this.orderOfFulfillment.delete(f.id);
    this.orders.delete(id);
    this.lists.clear();
    return true;
  }

  /** A copy of the stored REST record (with shipment_status moved along by recorded events). */
  order(id: number): ShopifyOrderRecord | undefined {
    const entry = this.orders.get(id);
    return entry ? structuredClone(entry.record) : undefined;
  }

  orderNode(id: number): OrderNode | undefined {
    const entry = this.orders.get(id);
    if (!entry) return undefined;
    entry.node ??= orderNode(entry.record, this.shopRecord, (fid) => this.eventsByFulfillment.get(fid) ?? []);
    return entry.node;
  }

  fulfillmentNode(id: number): FulfillmentNode | undefined {
    const orderId = this.orderOfFulfillment.get(id);
    if (orderId === undefined) return undefined;
    return this.orderNode(orderId)?.fulfillments.find((f) => f.legacyResourceId === id);
  }

  /** Order.fulfillments(first, query). */
  fulfillmentsOf(order: OrderNode, query: string | null | undefined): FulfillmentNode[] {
    if (!query) return order.fulfillments;
    const entry = this.orders.get(order.legacyResourceId);
    if (!entry) return [];
    const { test } = compileFulfillmentSearch(query, this.shopRecord.iana_timezone);
    const keep = new Set(entry.record.fulfillments.filter(test).map((f) => f.id));
    return order.fulfillments.filter((f) => keep.has(f.legacyResourceId));
  }

  /**
   * The orders matching `query`, in the connection's order. Built once per distinct query and
   * kept until an order changes, so walking 5,000 orders page by page costs one sort, and each
   * page a binary search.
   */
  listOrders(query: string | null | undefined, sortKey: OrderSortKey, reverse: boolean): OrderList {
    const key = `${sortKey}\u0000${reverse}\u0000${query ?? ""}`;
    const cached = this.lists.get(key);
    if (cached) return cached;
    const { test, warnings } = compileOrderSearch(query, this.shopRecord.iana_timezone);
    const valueOf = SORT_VALUE[sortKey] ?? SORT_VALUE.ID;
    const entries: OrderListEntry[] = [];
    for (const e of this.orders.values()) if (test(e)) entries.push({ id: e.record.id, value: valueOf(e) });
    const sign = reverse ? -1 : 1;
    entries.sort((a, b) => {
      const c = typeof a.value === "number" && typeof b.value === "number"
        ? a.value - b.value
        : String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0;
      return sign * (c || a.id - b.id);
    });
    const list: OrderList = { entries, descending: reverse, warnings };
    if (this.lists.size >= LIST_CACHE_SIZE) this.lists.delete(this.lists.keys().next().value!);
    this.lists.set(key, list);
    return list;
  }

  // ---- what apps write ----

  /** fulfillmentEventCreate: records the event, or says why not in Shopify's userErrors form. */
  createFulfillmentEvent(input: FulfillmentEventInput): { event: RecordedFulfillmentEvent; userErrors: [] } | { event: null; userErrors: UserError[] } {
    const fulfillmentId = parseGid(input.fulfillmentId, "Fulfillment");
    const orderId = fulfillmentId === null ? undefined : this.orderOfFulfillment.get(fulfillmentId);
    if (fulfillmentId === null || orderId === undefined) {
      return { event: null, userErrors: [{ field: ["fulfillmentEvent", "fulfillmentId"], message: "Fulfillment does not exist." }] };
    }
    const entry = this.orders.get(orderId)!;
    const nowMs = this.now();
    const legacyId = this.nextEventId++;
    const event: FulfillmentEventNode = {
      id: gid("FulfillmentEvent", legacyId),
      legacyId,
      status: input.status,
      happenedAt: input.happenedAt ?? toIso(nowMs),
      createdAt: toIso(nowMs),
      message: input.message ?? null,
      estimatedDeliveryAt: input.estimatedDeliveryAt ?? null,
      address1: input.address1 ?? null,
      city: input.city ?? null,
      province: input.province ?? null,
      country: input.country ?? null,
      zip: input.zip ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    };
    const list = this.eventsByFulfillment.get(fulfillmentId) ?? [];
    list.push(event);
    this.eventsByFulfillment.set(fulfillmentId, list);

    // Shopify moves the fulfillment's shipment_status to its latest event.
    const f = entry.record.fulfillments.find((x) => x.id === fulfillmentId)!;
    const latest = [...list].sort((a, b) => Date.parse(a.happenedAt) - Date.parse(b.happenedAt) || a.legacyId - b.legacyId).at(-1)!;
    f.shipment_status = latest.status.toLowerCase();
    f.updated_at = toIso(nowMs);
    entry.node = null;

    const recorded: RecordedFulfillmentEvent = { ...event, fulfillmentId: input.fulfillmentId, orderId: entry.record.admin_graphql_api_id || gid("Order", orderId) };
    this.eventLog.push(recorded);
    return { event: recorded, userErrors: [] };
  }

  /** Every event apps created, in the order they arrived. */
  fulfillmentEvents(): readonly RecordedFulfillmentEvent[] {
    return this.eventLog;
  }

  receiveFlowTrigger(call: { handle?: string | null; payload?: unknown; body?: string | null }): UserError[] {
    const handle = call.handle ?? null;
    const body = call.body ?? null;
    const payload = call.payload ?? null;
    if (handle === null && body === null) return [{ field: ["handle"], message: "Handle can't be blank." }];
    if (handle !== null && this.flowHandles && !this.flowHandles.has(handle)) {
      return [{ field: ["handle"], message: `Flow trigger with handle '${handle}' does not exist.` }];
    }
    if (payload !== null && (typeof payload !== "object" || Array.isArray(payload))) {
      return [{ field: ["payload"], message: "Payload must be a JSON object." }];
    }
    if (Buffer.byteLength(JSON.stringify(payload ?? body ?? "")) > FLOW_PAYLOAD_MAX_BYTES) {
      return [{ field: ["payload"], message: `Payload exceeds ${FLOW_PAYLOAD_MAX_BYTES} bytes.` }];
    }
    this.flowLog.push({ handle, payload: structuredClone(payload), body, receivedAt: toIso(this.now()) });
    return [];
  }

  /** Every accepted flowTriggerReceive call, in the order they arrived. */
  flowTriggers(): readonly FlowTriggerCall[] {
    return this.flowLog;
  }
}

/** The store the demo and tests start from: `createStandInStore({ shop, accessTokens, orders })`. */
export function createStandInStore(init: AdminApiStoreInit): AdminApiStore {
  return new AdminApiStore(init);
}
