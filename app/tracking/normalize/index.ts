export * from "./types";
export * from "./errors";
export * from "./time";
export * from "./zones";
export { classifyByKeywords } from "./keywords";
export { buildEvent, joinLocation, eventKey, orderEvents, tracking } from "./build";
export { compareEvents, currentStatus, mergeEvents, type ShipmentStatus } from "./status";
