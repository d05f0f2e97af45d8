// The app's Admin GraphQL client (graphql-request). Every Admin API call goes through here, so
// the demo and tests can point it at the local stand-in (SHOPIFY_ADMIN_API_URL) and exercise the
// same code as production.
import { GraphQLClient, ClientError } from "graphql-request";
import { db } from "../db.server";
import { env } from "../env.server";
import { apiVersion } from "../shopify-api-version";

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface AdminClient {
  shop: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; cost: QueryCost | null }>;
}

export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly cost: QueryCost | null = null,
  ) {
    super(message);
    this.name = "AdminApiError";
  }
}

export function adminEndpoint(shop: string, version: string = apiVersion): string {
  const base = env().SHOPIFY_ADMIN_API_URL;
  if (base) return `${base.replace(/\/$/, "")}/admin/api/${version}/graphql.json`;
  return `https://${shop}/admin/api/${version}/graphql.json`;
}

export function createAdminClient(shop: string, accessToken: string, endpoint = adminEndpoint(shop)): AdminClient {
  const client = new GraphQLClient(endpoint, {
    headers: { "X-Shopify-Access-Token": accessToken, "X-Shopify-Shop-Domain": shop },
  });
  return {
    shop,
    async request<T>(query: string, variables?: Record<string, unknown>) {
      try {
        const res = await client.rawRequest<T>(query, variables);
        return { data: res.data, cost: costOf(res.extensions) };
      } catch (err) {
        if (err instanceof ClientError) {
          const errors = Array.isArray(err.response.errors) ? err.response.errors : [];
          const first = errors[0] as { message?: string; extensions?: { code?: string } } | undefined;
          const code = first?.extensions?.code ?? `HTTP_${err.response.status}`;
          const message = first?.message ?? `Admin API answered ${err.response.status}`;
          throw new AdminApiError(message, code, costOf((err.response as { extensions?: unknown }).extensions));
        }
        throw err;
      }
    },
  };
}

function costOf(extensions: unknown): QueryCost | null {
  const cost = (extensions as { cost?: QueryCost } | undefined)?.cost;
  return cost?.throttleStatus ? cost : null;
}

/** A client with the shop's stored offline token. */
export async function adminClientFor(shop: string): Promise<AdminClient> {
  const session = await db().session.findFirst({ where: { shop, isOnline: false }, orderBy: { expires: "desc" } });
  if (!session) throw new AdminApiError(`no offline session for ${shop}`, "NO_SESSION");
  return createAdminClient(shop, session.accessToken);
}
