// The executable schema: Shopify's SDL subset plus resolvers that read and write an AdminApiStore.
import {
  buildSchema,
  GraphQLError,
  Kind,
  responsePathAsArray,
  valueFromASTUntyped,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { parseGid, type FulfillmentEventNode, type FulfillmentNode, type OrderNode } from "./mapping";
import { encodeCursor, paginate, type ConnectionArgs, type CursorKey } from "./pagination";
import { adminSchemaSDL } from "./schema";
import type { SearchWarning } from "./search-syntax";
import type { AdminApiStore, FulfillmentEventInput, OrderSortKey } from "./store";

export interface AdminApiContext {
  store: AdminApiStore;
  /** Filled by connections whose `query:` had terms they ignored; goes to extensions.search. */
  search: Array<{ path: ReadonlyArray<string | number>; query: string; warnings: SearchWarning[] }>;
}

type Resolver<TSource = unknown, TArgs = Record<string, unknown>> = GraphQLFieldResolver<TSource, AdminApiContext, TArgs>;

function connection<T>(items: T[], keys: CursorKey[], hasNextPage: boolean, hasPreviousPage: boolean) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(keys[i]), node }));
  return {
    edges,
    nodes: items,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function lookup<T>(id: string, type: string, find: (n: number) => T | undefined): T | null {
  const n = parseGid(id, type);
  if (n === null) throw new GraphQLError(`Invalid global id '${id}'`);
  return find(n) ?? null;
}

type OrdersArgs = ConnectionArgs & { query?: string | null; sortKey: OrderSortKey; reverse: boolean; savedSearchId?: string | null };
type EventsArgs = ConnectionArgs & { sortKey: "HAPPENED_AT" | "ID"; reverse: boolean };

const orders: Resolver<unknown, OrdersArgs> = (_src, args, ctx, info) => {
  const list = ctx.store.listOrders(args.query, args.sortKey, args.reverse);
  if (list.warnings.length > 0) ctx.search.push({ path: responsePathAsArray(info.path), query: args.query ?? "", warnings: list.warnings });
  const page = paginate(list.entries, args, (e) => e, list.descending);
  const nodes = page.items.map((e) => ctx.store.orderNode(e.id)!);
  return connection(nodes, page.items, page.hasNextPage, page.hasPreviousPage);
};

const events: Resolver<FulfillmentNode, EventsArgs> = (f, args) => {
  const keyOf = (e: FulfillmentEventNode): CursorKey =>
    args.sortKey === "ID" ? { id: e.legacyId, value: e.legacyId } : { id: e.legacyId, value: Date.parse(e.happenedAt) };
  const sorted = [...f.events].sort((a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    return ((x.value as number) - (y.value as number) || x.id - y.id) * (args.reverse ? -1 : 1);
  });
  const page = paginate(sorted, args, keyOf, args.reverse);
  return connection(page.items, page.items.map(keyOf), page.hasNextPage, page.hasPreviousPage);
};

const resolvers: Record<string, Record<string, Resolver<never, never>>> = {
  QueryRoot: {
    shop: ((_s, _a, ctx) => ctx.store.shop()) as Resolver,
    order: ((_s, { id }, ctx) => lookup(id, "Order", (n) => ctx.store.orderNode(n))) as Resolver<unknown, { id: string }>,
    fulfillment: ((_s, { id }, ctx) => lookup(id, "Fulfillment", (n) => ctx.store.fulfillmentNode(n))) as Resolver<unknown, { id: string }>,
    orders,
  },
  Order: {
    fulfillments: ((o, { first, query }, ctx) => {
      const list = ctx.store.fulfillmentsOf(o, query);
      return first === null || first === undefined ? list : list.slice(0, Math.max(0, first));
    }) as Resolver<OrderNode, { first?: number | null; query?: string | null }>,
  },
  Fulfillment: {
    trackingInfo: ((f, { first }) => (first === null || first === undefined ? f.trackingInfo : f.trackingInfo.slice(0, Math.max(0, first)))) as Resolver<
      FulfillmentNode,
      { first?: number | null }
    >,
    order: ((f, _a, ctx) => ctx.store.orderNode(f.orderId)) as Resolver<FulfillmentNode>,
    events,
  },
  Mutation: {
    fulfillmentEventCreate: ((_s, { fulfillmentEvent }, ctx) => {
      const result = ctx.store.createFulfillmentEvent({ ...fulfillmentEvent });
      return { fulfillmentEvent: result.event, userErrors: result.userErrors };
    }) as Resolver<unknown, { fulfillmentEvent: FulfillmentEventInput }>,
    flowTriggerReceive: ((_s, args, ctx) => ({ userErrors: ctx.store.receiveFlowTrigger(args) })) as Resolver<
      unknown,
      { handle?: string | null; payload?: unknown; body?: string | null }
    >,
  },
};

// ---- scalars ----

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Shopify's DateTime output: UTC, whole seconds, `Z`. */
function dateTimeOut(value: unknown): string {
  const ms = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function dateTimeIn(value: unknown): string {
  if (typeof value !== "string" || !ISO_DATE_TIME.test(value.trim())) {
    throw new GraphQLError(`Invalid DateTime ${JSON.stringify(value)}: expected an ISO-8601 date time.`);
  }
  return dateTimeOut(value.trim().replace(" ", "T"));
}

function stringIn(name: string) {
  return (value: unknown): string => {
    if (typeof value !== "string") throw new GraphQLError(`${name} must be a string, got ${JSON.stringify(value)}`);
    return value;
  };
}

function unsignedIn(value: unknown): string {
  const s = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof s !== "string" || !/^\d{1,20}$/.test(s)) throw new GraphQLError(`Invalid UnsignedInt64 ${JSON.stringify(value)}`);
  return s;
}

const literal = (parse: (v: unknown) => unknown) => (ast: ValueNode) => {
  if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw new GraphQLError(`Expected a string literal, got ${ast.kind}`);
  return parse(ast.value);
};

const scalars: Record<string, Pick<GraphQLScalarType, "serialize" | "parseValue" | "parseLiteral">> = {
  DateTime: { serialize: dateTimeOut, parseValue: dateTimeIn, parseLiteral: literal(dateTimeIn) },
  URL: { serialize: (v) => String(v), parseValue: stringIn("URL"), parseLiteral: literal(stringIn("URL")) },
  UnsignedInt64: { serialize: (v) => String(v), parseValue: unsignedIn, parseLiteral: literal(unsignedIn) },
  JSON: {
    serialize: (v) => v,
    parseValue: (v) => v,
    parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables ?? undefined),
  },
};

export function buildAdminSchema(): GraphQLSchema {
  const schema = buildSchema(adminSchemaSDL);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const defs = (schema.getType(typeName) as GraphQLObjectType).getFields();
    for (const [field, resolve] of Object.entries(fields)) {
      if (!defs[field]) throw new Error(`resolver for unknown field ${typeName}.${field}`);
      defs[field].resolve = resolve as GraphQLFieldResolver<unknown, AdminApiContext>;
    }
  }
  for (const [name, impl] of Object.entries(scalars)) Object.assign(schema.getType(name) as GraphQLScalarType, impl);
  return schema;
}
