// Shopper-facing words for the taxonomy: one message per event code, plus labels for milestones
// and pitfall families, in every supported locale.
import type { EventCode } from "../codes";
import { LOCALES, type Locale, type Milestone, type PitfallFamily } from "../types";
import * as de from "./de";
import * as en from "./en";
import * as es from "./es";
import * as fr from "./fr";
import * as it from "./it";
import * as ja from "./ja";
import * as nl from "./nl";
import * as pt from "./pt";

export interface LocaleCatalog {
  messages: Record<EventCode, string>;
  milestoneLabels: Record<Milestone, string>;
  pitfallLabels: Record<PitfallFamily, string>;
  /** What happens next and what the shopper can do, per pitfall family. */
  pitfallNext: Record<PitfallFamily, string>;
}

export const CATALOGS: Readonly<Record<Locale, LocaleCatalog>> = { en, fr, de, es, it, nl, pt, ja };

const SUPPORTED: ReadonlySet<string> = new Set(LOCALES);

/**
 * Maps a BCP 47 tag ("fr-CA", "pt_BR", "JA-jp") or an Accept-Language header
 * ("de-CH,de;q=0.9,en;q=0.8") to a supported locale; anything else falls back to English.
 */
export function resolveLocale(input: string | null | undefined): Locale {
  if (!input) return "en";
  const ranked = input
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? "";
    if (SUPPORTED.has(primary)) return primary as Locale;
  }
  return "en";
}

export function shopperMessage(code: EventCode, locale: Locale): string {
  return (CATALOGS[locale] ?? CATALOGS.en).messages[code];
}

export function milestoneLabel(milestone: Milestone, locale: Locale): string {
  return (CATALOGS[locale] ?? CATALOGS.en).milestoneLabels[milestone];
}

export function pitfallLabel(family: PitfallFamily, locale: Locale): string {
  return (CATALOGS[locale] ?? CATALOGS.en).pitfallLabels[family];
}

/** What happens next and what the shopper can do about a pitfall, in the shopper's words. */
export function pitfallNext(family: PitfallFamily, locale: Locale): string {
  return (CATALOGS[locale] ?? CATALOGS.en).pitfallNext[family];
}
