import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLES } from "./bundles";
import { buildExtensions, EXTENSIONS_DIR, resolveAppUrl, type BundleReport } from "./build";

let reports: Map<string, BundleReport & { code: string }>;

beforeAll(async () => {
  const built = await buildExtensions({ write: false, appUrl: "https://tracking.porchlight.test" });
  reports = new Map(built.map((report) => [report.bundle, { ...report, code: new TextDecoder().decode(report.contents) }]));
});

describe("extension bundles", () => {
  it("stay within their gzipped size budgets", () => {
    for (const spec of BUNDLES) {
      const report = reports.get(spec.name)!;
      expect(report.gzipBytes).toBeLessThan(report.bytes);
      if (spec.limitGzipBytes !== null) expect(report.gzipBytes, spec.name).toBeLessThanOrEqual(spec.limitGzipBytes);
      expect(report.pass).toBe(true);
    }
  });

  it("register UI extensions with shopify.extend for their target, as Shopify CLI does", () => {
    expect(reports.get("order-status-block")!.code).toMatch(/shopify\.extend\(["']customer-account\.order-status\.block\.render["']/);
    expect(reports.get("thank-you-block")!.code).toMatch(/shopify\.extend\(["']purchase\.thank-you\.block\.render["']/);
    expect(reports.get("tracking-page")!.code).not.toContain("shopify.extend");
  });

  it("bake in the app URL and leave no build-time names behind", () => {
    for (const name of ["order-status-block", "thank-you-block"]) {
      const { code } = reports.get(name)!;
      expect(code).toContain("https://tracking.porchlight.test");
      expect(code).not.toContain("__PORCHLIGHT_APP_URL__");
      expect(code).not.toContain("process.env");
    }
  });

  it("bundle the shared layout with each surface's own building blocks only", () => {
    const orderStatus = reports.get("order-status-block")!.code;
    const storefront = reports.get("tracking-page")!.code;
    expect(orderStatus).toContain("s-banner");
    expect(orderStatus).not.toContain("pl-banner");
    expect(storefront).toContain("pl-banner");
    expect(storefront).not.toContain("s-banner");
  });

  it("ship the storefront island as built from the current sources", () => {
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    const asset = readFileSync(join(EXTENSIONS_DIR, "tracking-page", "assets", "porchlight-track.js"), "utf8");
    expect(sha(asset), "assets/porchlight-track.js is stale: run npm run build:extensions").toBe(sha(reports.get("tracking-page")!.code));
  });
});

describe("resolveAppUrl", () => {
  it("prefers PORCHLIGHT_APP_URL, then SHOPIFY_APP_URL, then shopify.app.toml", () => {
    expect(resolveAppUrl({ PORCHLIGHT_APP_URL: "https://a.test/", SHOPIFY_APP_URL: "https://b.test" })).toBe("https://a.test");
    expect(resolveAppUrl({ SHOPIFY_APP_URL: "https://b.test" })).toBe("https://b.test");
    expect(resolveAppUrl({})).toBe("https://porchlight.example.com");
  });
});
