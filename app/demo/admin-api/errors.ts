// Response bodies in the shapes Shopify's Admin API uses for refusals and invalid queries.
import { visit, type ASTNode, type DocumentNode, type GraphQLError } from "graphql";
import { SINGLE_QUERY_MAX_COST, type ThrottleStatus } from "./cost";

export const INVALID_TOKEN_BODY = { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" };
export const NOT_FOUND_BODY = { errors: "Not Found" };
const RATE_LIMITS_DOC = "https://shopify.dev/api/usage/rate-limits";

export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export function throttledBody(cost: CostExtension) {
  return {
    errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: RATE_LIMITS_DOC } }],
    extensions: { cost },
  };
}

export function maxCostExceededBody(cost: CostExtension) {
  const message =
    `Query cost is ${cost.requestedQueryCost}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}).\n\n` +
    "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n" +
    "cost of a query is calculated.\n\n" +
    "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n" +
    "See https://shopify.dev/api/usage/bulk-operations/queries for usage details.\n";
  return {
    errors: [
      {
        message,
        extensions: { code: "MAX_COST_EXCEEDED", cost: cost.requestedQueryCost, maxCost: SINGLE_QUERY_MAX_COST, documentation: RATE_LIMITS_DOC },
      },
    ],
    extensions: { cost },
  };
}

export interface ShopifyErrorEntry {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Where `target` sits in the document, in graphql-ruby's style: ["query Name", "orders", "nodes", "foo"]. */
function documentPath(document: DocumentNode, target: ASTNode): string[] | undefined {
  let found: string[] | undefined;
  visit(document, {
    enter(node, _key, _parent, _path, ancestors) {
      if (found) return false;
      if (node !== target) return undefined;
      const chain = [...(ancestors as ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>), node].filter((a): a is ASTNode => !Array.isArray(a));
      found = chain.flatMap((a): string[] => {
        switch (a.kind) {
          case "OperationDefinition":
            return [a.name ? `${a.operation} ${a.name.value}` : a.operation];
          case "FragmentDefinition":
            return [`fragment ${a.name.value}`];
          case "InlineFragment":
            return [a.typeCondition ? `... on ${a.typeCondition.name.value}` : "..."];
          case "Field":
            return [a.name.value];
          default:
            return [];
        }
      });
      return false;
    },
  });
  return found;
}

/**
 * A validation error as Shopify (graphql-ruby) words the common ones: unknown fields, unknown
 * arguments, missing required arguments. Others keep graphql-js's message.
 */
export function shopifyValidationError(error: GraphQLError, document: DocumentNode): ShopifyErrorEntry {
  const locations = error.locations;
  const node = error.nodes?.[0];
  const path = node ? documentPath(document, node) : undefined;
  let m = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(error.message);
  if (m) {
    return {
      message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`,
      locations,
      path,
      extensions: { code: "undefinedField", typeName: m[2], fieldName: m[1] },
    };
  }
  m = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"\./.exec(error.message);
  if (m) {
    return {
      message: `Field '${m[3]}' doesn't accept argument '${m[1]}'`,
      locations,
      path: path ? [...path, m[1]] : undefined,
      extensions: { code: "argumentNotAccepted", name: m[3], typeName: "Field", argumentName: m[1] },
    };
  }
  m = /^Field "([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./.exec(error.message);
  if (m) {
    return {
      message: `Field '${m[1]}' is missing required arguments: ${m[2]}`,
      locations,
      path,
      extensions: { code: "missingRequiredArguments", className: "Field", name: m[1], arguments: m[2] },
    };
  }
  return { message: error.message, locations, ...(path ? { path } : {}) };
}

export function executionError(error: GraphQLError): ShopifyErrorEntry {
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.extensions && Object.keys(error.extensions).length > 0 ? { extensions: error.extensions } : {}),
  };
}
