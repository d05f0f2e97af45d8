// Tracking numbers arrive with spaces, dashes, lower case and invisible characters pasted in.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u200B-\u200D\u2060\u00AD]+/g;
const CLEAN = /^[0-9A-Z]*$/;

/** Trimmed, spaces and dashes (and zero-width characters) removed, upper-cased. */
export function normalizeNumber(raw: string): string {
  if (CLEAN.test(raw)) return raw;
  return raw.replace(SEPARATORS, "").toUpperCase();
}
