export { simulate, DEFAULT_START, type SimulateOptions } from "./simulate";
export type { SimulatedShipment, CarrierEta, Outcome } from "./types";
export { DEFAULT_LANES, type Lane, type LaneOption } from "./lanes";
export { CARRIERS, SIM_CARRIERS, type CarrierProfile, type Service, type SimCarrier } from "./carriers";
export { DEFAULT_PITFALL_RATES, PITFALL_KINDS, type PitfallKind, type PitfallRates } from "./pitfalls";
export { withCheckDigit, trackingNumber, type CheckDigitOptions } from "./tracking-numbers";
export { PLACES, type Place } from "./places";
