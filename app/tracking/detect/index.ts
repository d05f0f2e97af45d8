export { detectCarrier } from "./detect";
export { carrierFromCompany } from "./shopify-companies";
export { normalizeNumber } from "./normalize";
export { FORMATS } from "./couriers";
export { postalOperator, type PostalOperator } from "./s10";
export type { TrackingFormat } from "./format";
export * from "./types";
export { CARRIER_NAMES, carrierDisplayName } from "./carrier-names";
