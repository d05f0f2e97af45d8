// The storefront page's own words. The Liquid block renders them from the theme extension's
// locale files (locales/*.json, under porchlight.track.*) into a JSON script the island reads.
export const STRING_KEYS = [
  "orderLegend",
  "orderLegendSignedIn",
  "orderNumber",
  "email",
  "trackingLegend",
  "trackingNumber",
  "submit",
  "searching",
  "missingFields",
  "missingOrder",
  "invalidEmail",
  "notFound",
  "rateLimited",
  "unavailable",
  "orderName",
] as const;

export type StorefrontStrings = Record<(typeof STRING_KEYS)[number], string>;

/** The locale-file key for a string: orderLegend -> order_legend. */
export function localeKey(key: (typeof STRING_KEYS)[number]): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export function parseStrings(json: string | null | undefined): StorefrontStrings | null {
  try {
    const value: unknown = JSON.parse(json ?? "");
    if (typeof value !== "object" || value === null) return null;
    const record = value as Record<string, unknown>;
    return STRING_KEYS.every((key) => typeof record[key] === "string") ? (record as StorefrontStrings) : null;
  } catch {
    return null;
  }
}
