export * from "./types";
export { buildTrackingView, type ViewAlert, type ViewInput, type ViewShipmentInput } from "./build";
export { safeTimeZone } from "./format";
export { VIEW_STRINGS } from "./strings";
export { statusOnly } from "./status-only";
