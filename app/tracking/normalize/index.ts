export * from "./types";
export * from "./errors";
export * from "./time";
export { classifyByKeywords } from "./keywords";
export { buildEvent, joinLocation, eventKey, orderEvents, tracking } from "./build";
