// Dates for the shopper, in their zone and language. Intl formatters are costly to build and
// cheap to use: one per (locale, zone, style), kept.
import type { Locale } from "../taxonomy";

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, style: "day" | "dayTime" | "iso"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === "iso"
        ? { year: "numeric", month: "2-digit", day: "2-digit", timeZone }
        : style === "day"
          ? { weekday: "long", month: "long", day: "numeric", timeZone }
          : { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone };
    f = new Intl.DateTimeFormat(style === "iso" ? "en-CA" : locale, options);
    if (cache.size > 500) cache.clear();
    cache.set(key, f);
  }
  return f;
}

/** The first valid IANA zone among the candidates (the shopper's, then the shop's), or UTC. */
export function safeTimeZone(...zones: Array<string | null | undefined>): string {
  for (const zone of zones) {
    if (!zone) continue;
    try {
      formatter("en", zone, "iso");
      return zone;
    } catch {
      // not a zone: try the next
    }
  }
  return "UTC";
}

/** "2026-11-26": the calendar date of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  return formatter("en", timeZone, "iso").format(at);
}

export function dayText(at: Date, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, "day").format(at);
}

export function dayTimeText(at: Date, locale: Locale, timeZone: string): string {
  return formatter(locale, timeZone, "dayTime").format(at);
}

/** Whole days from `a` to `b` as calendar dates ("2026-11-24" -> "2026-11-26" is 2). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
