// Helpers for carrier code tables (codes.ts files): exact lookups, wording rules and keyword
// guesses bounded by what the carrier's own coarse status already says.
import { codeInfo, type EventCode, type Milestone } from "../tracking/taxonomy";
import { classifyByKeywords } from "../tracking/normalize";

/** A raw code -> event code table. A Map, so raw codes like "constructor" find nothing. */
export function codeTable(entries: Readonly<Record<string, EventCode>>): ReadonlyMap<string, EventCode> {
  return new Map(Object.entries(entries));
}

/** Looks a raw code up; null codes find nothing. */
export function lookup(table: ReadonlyMap<string, EventCode>, raw: string | null): EventCode | undefined {
  return raw === null ? undefined : table.get(raw);
}

/** First rule whose pattern matches the text. */
export function firstMatch(
  text: string | null,
  rules: ReadonlyArray<readonly [RegExp, EventCode]>,
): EventCode | undefined {
  if (!text) return undefined;
  for (const [re, code] of rules) if (re.test(text)) return code;
  return undefined;
}

/**
 * The generic keyword guess, kept only when its milestone is one the carrier's coarse status
 * allows (a scan filed under "delivered" stays delivered; the words pick the detail).
 */
export function guessWithin(
  text: string | null,
  allowed: ReadonlySet<Milestone>,
  fallback: EventCode,
): EventCode {
  if (!text) return fallback;
  const guess = classifyByKeywords(text);
  return allowed.has(codeInfo(guess).milestone) ? guess : fallback;
}
