export { trainEtaModel, type TrainOptions } from "./train";
export { predictEta, RANGE_MASS } from "./predict";
export { calibrateMissThreshold, FLAG_LEAD_MS, replayPredictions, scoreEta, type EtaScore, type ReplayOptions } from "./evaluate";
export { HOLIDAY_COUNTRIES, holidaysOf, isHoliday } from "./holidays";
export type { CarrierEtaUpdate, EtaModel, EtaPlace, EtaPrediction, ShipmentHistory, ShipmentState } from "./types";
