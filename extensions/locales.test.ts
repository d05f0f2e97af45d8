// Every shopper-facing word the extensions own exists in all eight languages, and every key the
// code or the Liquid block asks for is there.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localeKey, STRING_KEYS } from "./tracking-page/src/strings";

const here = dirname(fileURLToPath(import.meta.url));
const LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pt", "ja"];

function localeFiles(dir: string, suffix = ".json"): Map<string, Record<string, unknown>> {
  const files = readdirSync(dir).filter((f) => f.endsWith(suffix) && (suffix !== ".json" || !f.endsWith(".schema.json")));
  return new Map(files.map((f) => [f.replace(suffix, "").replace(".default", ""), JSON.parse(readFileSync(join(dir, f), "utf8"))]));
}

function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

describe("UI extension locales", () => {
  const blockSource = readFileSync(join(here, "shared/extension-block/TrackingBlock.tsx"), "utf8");
  const usedKeys = [...blockSource.matchAll(/\bt\("(\w+)"\)/g)].map((m) => m[1]);
  const signInKeys = ["signInBody", "signInAction"];

  it.each([
    ["order-status-block", usedKeys],
    ["thank-you-block", usedKeys.filter((key) => !signInKeys.includes(key))],
  ])("%s has every key its block translates, in all languages", (folder, keys) => {
    const files = localeFiles(join(here, folder, "locales"));
    expect([...files.keys()].sort()).toEqual([...LANGUAGES].sort());
    const english = Object.keys(files.get("en")!).sort();
    expect(english).toEqual([...new Set(keys)].sort());
    for (const [language, strings] of files) {
      expect(Object.keys(strings).sort(), language).toEqual(english);
      for (const value of Object.values(strings)) expect(typeof value === "string" && value.trim().length > 0, language).toBe(true);
    }
  });

  it("translates rather than copies English", () => {
    const files = localeFiles(join(here, "order-status-block", "locales"));
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      expect(files.get(language)!.errorBody, language).not.toBe(files.get("en")!.errorBody);
    }
  });
});

describe("storefront tracking page locales", () => {
  const liquid = readFileSync(join(here, "tracking-page/blocks/tracking-page.liquid"), "utf8");
  const storefront = localeFiles(join(here, "tracking-page/locales"));
  const schema = localeFiles(join(here, "tracking-page/locales"), ".schema.json");

  it("passes every island string from the locale files through the block's JSON", () => {
    const pairs = [...liquid.matchAll(/"(\w+)": \{\{ 'porchlight\.track\.(\w+)' \| t \| json \}\}/g)].map((m) => [m[1], m[2]]);
    expect(pairs.map(([jsonKey]) => jsonKey)).toEqual([...STRING_KEYS]);
    for (const [jsonKey, fileKey] of pairs) expect(fileKey).toBe(localeKey(jsonKey as (typeof STRING_KEYS)[number]));
  });

  it("has every key the block and island use, in all languages", () => {
    expect([...storefront.keys()].sort()).toEqual([...LANGUAGES].sort());
    const referenced = [...liquid.matchAll(/'(porchlight\.track\.\w+)' \| t/g)].map((m) => m[1]);
    expect(referenced).toContain("porchlight.track.heading");
    expect(referenced).toContain("porchlight.track.noscript");
    for (const [language, file] of storefront) {
      const flat = flatten(file);
      for (const key of referenced) expect(typeof flat[key], `${language} ${key}`).toBe("string");
      expect(flat["porchlight.track.order_name"], language).toContain("{name}");
    }
  });

  it("has the settings labels the block schema names, in all languages", () => {
    const references = [...liquid.matchAll(/"t:([\w.]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(5);
    expect([...schema.keys()].sort()).toEqual([...LANGUAGES].sort());
    for (const [language, file] of schema) {
      const flat = flatten(file);
      for (const key of references) expect(typeof flat[key], `${language} ${key}`).toBe("string");
    }
  });

  it("loads the island deferred from the extension's assets", () => {
    expect(liquid).toMatch(/<script src="\{\{ 'porchlight-track\.js' \| asset_url \}\}" defer><\/script>/);
  });
});
