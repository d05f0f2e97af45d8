// Local stand-in for Shopify's Admin GraphQL API (Shopify itself is unreachable here): the demo
// mounts its handler, tests start it on a free port and point a GraphQL client at it.
export { ADMIN_API_VERSION, adminSchemaSDL } from "./schema";
export {
  AdminApiStore,
  createStandInStore,
  type AdminApiStoreInit,
  type FlowTriggerCall,
  type FulfillmentEventInput,
  type OrderSortKey,
  type RecordedFulfillmentEvent,
  type UserError,
} from "./store";
export { AdminApiEngine, type EngineOptions, type EngineResponse, type GraphQLRequestBody } from "./engine";
export { createAdminApiHandler, startAdminApiServer, type AdminApiHandler, type AdminApiHandlerOptions, type RunningAdminApi } from "./server";
export { bucketForPlan, LeakyBucket, SINGLE_QUERY_MAX_COST, type BucketSize, type ThrottleStatus } from "./cost";
export { gid, parseGid } from "./mapping";
export { makeStandInOrders, standInShop, type StandInOrderOptions } from "./fixtures";
