// Shopify's calculated query cost and the leaky bucket it is drawn from.
//   Scalars and enums 0, objects 1, connections 2 + (first|last) x (1 + the node's selection),
//   lists of objects with `first` sized the same way (unsized lists count one item), each
//   mutation field 10. The requested cost is computed from the query before it runs; the actual
//   cost from what it returned (fewer edges, null objects). A query is refused when its requested
//   cost exceeds 1,000 or what the bucket holds; after it runs the bucket gets back
//   requested - actual.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  isUnionType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from "graphql";

export const SINGLE_QUERY_MAX_COST = 1000;
export const MUTATION_FIELD_COST = 10;
const UNSIZED_LIST_ITEMS = 1;

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

type Data = Record<string, unknown> | null | undefined;

function included(input: CostInput, node: SelectionNode): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, input.variables as Record<string, unknown>);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, input.variables as Record<string, unknown>);
  return include?.if !== false;
}

function applies(input: CostInput, condition: string | undefined, type: GraphQLCompositeType): boolean {
  if (!condition || condition === type.name) return true;
  const cond = input.schema.getType(condition);
  if (!cond) return false;
  if (isObjectType(type) && (isInterfaceType(cond) || isUnionType(cond))) return input.schema.isSubType(cond, type);
  return !isObjectType(type);
}

/** Fields selected on `type`, grouped by response key (fragments merged), like graphql's collectFields. */
function collect(input: CostInput, type: GraphQLCompositeType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (!included(input, sel)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const list = out.get(key);
        if (list) list.push(sel);
        else out.set(key, [sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (applies(input, sel.typeCondition?.name.value, type)) walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        const frag = input.fragments[name];
        if (!frag || seen.has(name)) continue;
        seen.add(name);
        if (applies(input, frag.typeCondition.name.value, type)) walk(frag.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return out;
}

const setsOf = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

function isConnection(type: unknown): type is GraphQLObjectType {
  if (!isObjectType(type) || !type.name.endsWith("Connection")) return false;
  const fields = type.getFields();
  return "edges" in fields || "nodes" in fields;
}

function selectionCost(input: CostInput, type: GraphQLCompositeType, sets: readonly SelectionSetNode[], data: Data, actual: boolean): number {
  let total = 0;
  for (const [key, nodes] of collect(input, type, sets)) total += fieldCost(input, type, nodes, actual ? data?.[key] : undefined, actual);
  return total;
}

function fieldCost(input: CostInput, parent: GraphQLCompositeType, nodes: FieldNode[], value: unknown, actual: boolean): number {
  const name = nodes[0].name.value;
  if (name.startsWith("__") || isUnionType(parent)) return 0;
  const def = parent.getFields()[name];
  if (!def) return 0;
  const named = getNamedType(def.type);
  if (isLeafType(named)) return 0;
  const args = getArgumentValues(def, nodes[0], input.variables as Record<string, unknown>);
  const sets = setsOf(nodes);
  if (isConnection(named)) return connectionCost(input, named, sets, args, value as Data, actual);
  const one = (v: Data) => 1 + selectionCost(input, named, sets, v, actual);
  if (isListType(getNullableType(def.type))) {
    if (actual) return (Array.isArray(value) ? value : []).reduce<number>((s, v) => s + (v == null ? 0 : one(v as Data)), 0);
    const size = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : UNSIZED_LIST_ITEMS;
    return size * one(undefined);
  }
  if (actual && (value === null || value === undefined)) return 1;
  return one(value as Data);
}

function connectionCost(
  input: CostInput,
  conn: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  args: Record<string, unknown>,
  value: Data,
  actual: boolean,
): number {
  if (actual && !value) return 0;
  // perItem[i]: cost of the i-th node (for the requested cost, index 0 stands for every node).
  const perItem: number[] = [];
  const note = (i: number, cost: number) => {
    perItem[i] = Math.max(perItem[i] ?? 0, cost);
  };
  for (const [key, nodes] of collect(input, conn, sets)) {
    const field = conn.getFields()[nodes[0].name.value];
    if (!field) continue;
    const itemType = getNamedType(field.type) as GraphQLCompositeType;
    const items = actual ? (Array.isArray(value?.[key]) ? (value![key] as Data[]) : []) : [undefined];
    if (field.name === "nodes") {
      items.forEach((item, i) => note(i, 1 + selectionCost(input, itemType, setsOf(nodes), item, actual)));
    } else if (field.name === "edges" && isObjectType(itemType)) {
      const nodeField = itemType.getFields().node;
      if (!nodeField) continue;
      const nodeType = getNamedType(nodeField.type) as GraphQLCompositeType;
      for (const [edgeKey, edgeNodes] of collect(input, itemType, setsOf(nodes))) {
        if (edgeNodes[0].name.value !== "node") continue;
        items.forEach((edge, i) => note(i, 1 + selectionCost(input, nodeType, setsOf(edgeNodes), edge?.[edgeKey] as Data, actual)));
      }
    }
  }
  if (actual) return 2 + perItem.reduce((s, c) => s + (c ?? 0), 0);
  const size = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : 0;
  return 2 + size * (perItem[0] ?? 0);
}

function rootType(input: CostInput): GraphQLObjectType | null | undefined {
  const { schema, operation } = input;
  return operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "query" ? schema.getQueryType() : null;
}

function rootCost(input: CostInput, data: Data, actual: boolean): number {
  const root = rootType(input);
  if (!root) return 0;
  if (input.operation.operation === "mutation") {
    const fields = [...collect(input, root, [input.operation.selectionSet]).values()];
    return fields.filter((nodes) => !nodes[0].name.value.startsWith("__")).length * MUTATION_FIELD_COST;
  }
  return selectionCost(input, root, [input.operation.selectionSet], data, actual);
}

export function requestedQueryCost(input: CostInput): number {
  return rootCost(input, undefined, false);
}

/** What the query cost given what it returned; never more than it requested. */
export function actualQueryCost(input: CostInput, data: Data): number {
  return Math.min(rootCost(input, data, true), requestedQueryCost(input));
}

// ---- the bucket ----

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface BucketSize {
  maximumAvailable: number;
  /** Points restored per second. */
  restoreRate: number;
}

/**
 * Restore rate by plan as Shopify publishes it (Standard 100/s, Advanced 200/s, Plus 1,000/s,
 * Commerce Components 2,000/s); the bucket holds 20 seconds' worth (2,000 on Standard, as
 * Shopify's throttleStatus shows).
 */
export function bucketForPlan(planName: string): BucketSize {
  const rate = planName === "shopify_plus" || planName === "plus_partner_sandbox"
    ? 1000
    : planName === "unlimited"
      ? 200
      : planName === "enterprise"
        ? 2000
        : 100;
  return { maximumAvailable: rate * 20, restoreRate: rate };
}

export class LeakyBucket {
  private available: number;
  private last: number;

  constructor(private readonly size: BucketSize, private readonly now: () => number = Date.now) {
    this.available = size.maximumAvailable;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    if (t > this.last) {
      this.available = Math.min(this.size.maximumAvailable, this.available + ((t - this.last) / 1000) * this.size.restoreRate);
      this.last = t;
    }
  }

  /** Takes `cost` points if the bucket holds them. */
  take(cost: number): boolean {
    this.refill();
    if (cost > this.available) return false;
    this.available -= cost;
    return true;
  }

  refund(points: number): void {
    if (points > 0) this.available = Math.min(this.size.maximumAvailable, this.available + points);
  }

  status(): ThrottleStatus {
    this.refill();
    return {
      maximumAvailable: this.size.maximumAvailable,
      currentlyAvailable: Math.floor(this.available + 1e-9),
      restoreRate: this.size.restoreRate,
    };
  }
}
