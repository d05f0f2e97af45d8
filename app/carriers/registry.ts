// Every normalizer source Porchlight reads, by source id. Pure parsers only (no clients here).
// Add one import and one entry per source — keep both lists sorted.
import type { CarrierParser } from "../tracking/normalize";

export const PARSERS: Record<string, CarrierParser> = {
};

export const SOURCES = Object.keys(PARSERS).sort();
