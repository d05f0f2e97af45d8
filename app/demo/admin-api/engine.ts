// One GraphQL request against one shop, the way Shopify's Admin API answers it: parse, validate,
// price the query, draw from the shop's bucket, run, refund, and report the cost.
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import {
  actualQueryCost,
  bucketForPlan,
  LeakyBucket,
  requestedQueryCost,
  SINGLE_QUERY_MAX_COST,
  type BucketSize,
  type CostInput,
} from "./cost";
import { executionError, maxCostExceededBody, shopifyValidationError, throttledBody, type ShopifyErrorEntry } from "./errors";
import { buildAdminSchema, type AdminApiContext } from "./resolvers";
import type { AdminApiStore } from "./store";

export interface GraphQLRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface EngineOptions {
  /** Bucket size; defaults to what the shop's plan gets on Shopify (Standard: 2,000 max, 100/s). */
  bucket?: Partial<BucketSize>;
  /** Clock in milliseconds, for the bucket's restore. */
  now?: () => number;
}

export interface EngineResponse {
  status: number;
  body: unknown;
}

let sharedSchema: GraphQLSchema | undefined;
const schema = () => (sharedSchema ??= buildAdminSchema());

const errorsOnly = (errors: ShopifyErrorEntry[]): EngineResponse => ({ status: 200, body: { errors } });

export class AdminApiEngine {
  readonly bucket: LeakyBucket;

  constructor(readonly store: AdminApiStore, options: EngineOptions = {}) {
    this.bucket = new LeakyBucket({ ...bucketForPlan(store.planName), ...options.bucket }, options.now);
  }

  async run(request: GraphQLRequestBody): Promise<EngineResponse> {
    const s = schema();
    if (typeof request.query !== "string" || request.query.trim() === "") {
      return errorsOnly([{ message: "No query string was present" }]);
    }
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (e) {
      if (e instanceof GraphQLError) return errorsOnly([{ message: e.message, locations: e.locations }]);
      throw e;
    }
    const invalid = validate(s, document);
    if (invalid.length > 0) return errorsOnly(invalid.map((e) => shopifyValidationError(e, document)));

    const operationName = typeof request.operationName === "string" && request.operationName !== "" ? request.operationName : undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      return errorsOnly([{ message: operationName ? `No operation named "${operationName}"` : "An operation name is required" }]);
    }
    const inputs = request.variables && typeof request.variables === "object" ? (request.variables as Record<string, unknown>) : {};
    const coerced = getVariableValues(s, operation.variableDefinitions ?? [], inputs);
    if (coerced.errors) return errorsOnly(coerced.errors.map(executionError));

    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    const costInput: CostInput = { schema: s, operation, fragments, variables: coerced.coerced };
    const requested = requestedQueryCost(costInput);

    if (requested > SINGLE_QUERY_MAX_COST) {
      return { status: 200, body: maxCostExceededBody({ requestedQueryCost: requested, actualQueryCost: null, throttleStatus: this.bucket.status() }) };
    }
    if (!this.bucket.take(requested)) {
      return { status: 200, body: throttledBody({ requestedQueryCost: requested, actualQueryCost: null, throttleStatus: this.bucket.status() }) };
    }

    const context: AdminApiContext = { store: this.store, search: [] };
    const result = await execute({ schema: s, document, operationName, variableValues: inputs, contextValue: context });
    const actual = actualQueryCost(costInput, result.data as Record<string, unknown> | null | undefined);
    this.bucket.refund(requested - actual);

    const extensions: Record<string, unknown> = {
      cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: this.bucket.status() },
    };
    if (context.search.length > 0) extensions.search = context.search;
    return {
      status: 200,
      body: {
        ...(result.errors ? { errors: result.errors.map(executionError) } : {}),
        data: result.data ?? null,
        extensions,
      },
    };
  }
}
