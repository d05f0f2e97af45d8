import { describe, expect, it } from "vitest";
import {
  CATALOGS,
  CODES,
  LOCALES,
  MILESTONES,
  PITFALL_FAMILIES,
  milestoneLabel,
  pitfallLabel,
  pitfallNext,
  resolveLocale,
  shopperMessage,
  type EventCode,
  type Locale,
} from "./index";

const codes = [...CODES.keys()];
const nonEnglish = LOCALES.filter((l) => l !== "en");
const each = (fn: (locale: Locale, code: EventCode, text: string) => void) => {
  for (const locale of LOCALES) for (const code of codes) fn(locale, code, shopperMessage(code, locale));
};

// Words a carrier writes for its staff, not for a shopper (in any of our languages).
const JARGON = /\bRTS\b|\bPOD\b|\bhub\b|\bmanifest(e|o|s)?\b|linehaul|line haul|exception scan|\bscan(ned|s)?\b|consignee|consignor|\bshipper\b|\bAWB\b|\bEDI\b|\bDEX\b|\bDEPOT\b|ハブ|スキャン|マニフェスト/i;
// Tell-tale English left in a translation.
const ENGLISH = /\b(the|your|you|will be|has been|please|package|delivery|store|carrier|soon)\b/i;
const PLACEHOLDER = /\{[A-Za-z_]+\}/g;
const placeholders = (text: string) => (text.match(PLACEHOLDER) ?? []).sort();

describe("shopper messages", () => {
  it("covers exactly the taxonomy's codes in every locale", () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGS[locale].messages).sort(), locale).toEqual([...codes].sort());
    expect(codes.length * LOCALES.length).toBeGreaterThanOrEqual(160 * 8);
  });

  it("gives every code a short, trimmed message that ends like a sentence", () => {
    each((locale, code, text) => {
      const where = `${locale} ${code}`;
      expect(typeof text, where).toBe("string");
      expect(text.trim(), where).toBe(text);
      expect(text.length, where).toBeGreaterThan(10);
      expect(text.length, where).toBeLessThanOrEqual(200);
      expect(text, where).toMatch(/[.!?。！？]$/);
      expect(text, where).not.toMatch(/\s{2,}|\s[.,]/);
    });
  });

  it("uses at most two sentences per message", () => {
    each((locale, code, text) => {
      const sentences = text.split(/(?<=[.!?。！？])\s*/).filter((s) => s.length > 0);
      expect(sentences.length, `${locale} ${code}: ${text}`).toBeLessThanOrEqual(locale === "ja" ? 3 : 2);
    });
  });

  it("never shows carrier jargon", () => {
    each((locale, code, text) => expect(text, `${locale} ${code}`).not.toMatch(JARGON));
  });

  it("translates every message instead of leaving English behind", () => {
    for (const locale of nonEnglish) {
      for (const code of codes) {
        const text = shopperMessage(code, locale);
        expect(text, `${locale} ${code}`).not.toBe(shopperMessage(code, "en"));
        expect(text, `${locale} ${code}`).not.toMatch(ENGLISH);
      }
    }
  });

  it("writes Japanese in Japanese script and polite form", () => {
    for (const code of codes) {
      const text = shopperMessage(code, "ja");
      expect(text, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text, code).not.toMatch(/[a-z]{2,}/); // acronyms such as SMS are fine
      for (const sentence of text.split("。").filter(Boolean)) {
        expect(sentence, code).toMatch(/(ます|です|ました|ません|でした|ください)$/);
      }
    }
  });

  it("keeps placeholders identical across locales", () => {
    for (const code of codes) {
      const expected = placeholders(shopperMessage(code, "en"));
      for (const locale of nonEnglish) expect(placeholders(shopperMessage(code, locale)), `${locale} ${code}`).toEqual(expected);
    }
  });

  it("tells apart events of different milestones", () => {
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const code of codes) {
        const text = shopperMessage(code, locale);
        const milestone = code.split(".")[0];
        const other = seen.get(text);
        if (other) expect(other.split(".")[0], `${locale}: ${code} repeats ${other}`).toBe(milestone);
        seen.set(text, code);
      }
    }
  });

  it("says what happens next or what to do for every English pitfall message", () => {
    const nextStep = /\bwill\b|\bwe'll\b|\byou'll\b|\bplease\b|\bcontact\b|\bcheck\b|\bno action\b|\bexpect\b|\bbring\b|\bfollow\b|\buse the code\b|\bcollect\b|\bstill on its way\b/i;
    for (const info of CODES.values()) {
      if (info.pitfall) expect(shopperMessage(info.code, "en"), info.code).toMatch(nextStep);
    }
  });

  it("points shoppers to the store for outcomes they cannot fix alone", () => {
    const store: Record<Locale, RegExp> = {
      en: /store/, fr: /boutique/, de: /Shop/, es: /tienda/, it: /negozio/, nl: /winkel/, pt: /loja/, ja: /ストア/,
    };
    for (const info of CODES.values()) {
      if (info.severity !== "critical") continue;
      for (const locale of LOCALES) expect(shopperMessage(info.code, locale), `${locale} ${info.code}`).toMatch(store[locale]);
    }
  });
});

describe("milestone and pitfall labels", () => {
  it("labels every milestone and family in every locale, distinctly and translated", () => {
    for (const locale of LOCALES) {
      const milestones = MILESTONES.map((m) => milestoneLabel(m, locale));
      const families = PITFALL_FAMILIES.map((f) => pitfallLabel(f, locale));
      for (const label of [...milestones, ...families]) {
        expect(label.trim().length, locale).toBeGreaterThan(0);
        expect(label.length, locale).toBeLessThanOrEqual(40);
        expect(label, locale).not.toMatch(/[.。]$/);
      }
      expect(new Set(milestones).size, locale).toBe(MILESTONES.length);
      expect(new Set(families).size, locale).toBe(PITFALL_FAMILIES.length);
      if (locale === "en") continue;
      MILESTONES.forEach((m, i) => expect(milestones[i], `${locale} ${m}`).not.toBe(milestoneLabel(m, "en")));
      PITFALL_FAMILIES.forEach((f, i) => expect(families[i], `${locale} ${f}`).not.toBe(pitfallLabel(f, "en")));
    }
  });

  it("tells the shopper what happens next for every family, in full sentences, translated", () => {
    for (const locale of LOCALES) {
      const next = PITFALL_FAMILIES.map((f) => pitfallNext(f, locale));
      for (const text of next) expect(text, locale).toMatch(/^\S.{20,220}[.。]$/u);
      expect(new Set(next).size, locale).toBe(PITFALL_FAMILIES.length);
      if (locale !== "en") PITFALL_FAMILIES.forEach((f, i) => expect(next[i], `${locale} ${f}`).not.toBe(pitfallNext(f, "en")));
    }
  });

  it("has exactly the known keys, so a typo'd label key cannot hide", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGS[locale].pitfallNext).sort()).toEqual([...PITFALL_FAMILIES].sort());
      expect(Object.keys(CATALOGS[locale].milestoneLabels).sort()).toEqual([...MILESTONES].sort());
      expect(Object.keys(CATALOGS[locale].pitfallLabels).sort()).toEqual([...PITFALL_FAMILIES].sort());
    }
  });
});

describe("resolveLocale", () => {
  it.each([
    ["fr-CA", "fr"],
    ["pt-BR", "pt"],
    ["ja-JP", "ja"],
    ["de", "de"],
    ["ES-mx", "es"],
    ["es-419", "es"],
    ["nl_BE", "nl"],
    ["  it-IT  ", "it"],
    ["en-GB", "en"],
    ["zh-CN", "en"],
    ["nb-NO", "en"],
    ["english", "en"],
    ["*", "en"],
    ["", "en"],
  ] as const)("%s -> %s", (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it("falls back to English for null and undefined", () => {
    expect(resolveLocale(null)).toBe("en");
    expect(resolveLocale(undefined)).toBe("en");
  });

  it("reads Accept-Language headers by preference", () => {
    expect(resolveLocale("de-CH,de;q=0.9,en;q=0.8")).toBe("de");
    expect(resolveLocale("zh-CN,zh;q=0.9,ja;q=0.8,en;q=0.5")).toBe("ja");
    expect(resolveLocale("en;q=0.5, nl")).toBe("nl");
    expect(resolveLocale("fr;q=0, pt-PT;q=0.3")).toBe("pt");
    expect(resolveLocale("fr;q=0")).toBe("en");
  });

  it("feeds straight into the message lookup", () => {
    expect(shopperMessage("out_for_delivery.out_for_delivery", resolveLocale("fr-CA"))).toBe(CATALOGS.fr.messages["out_for_delivery.out_for_delivery"]);
    expect(shopperMessage("out_for_delivery.out_for_delivery", resolveLocale("xx"))).toBe(CATALOGS.en.messages["out_for_delivery.out_for_delivery"]);
  });
});
