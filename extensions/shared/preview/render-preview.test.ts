import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildExtensions, EXTENSIONS_DIR } from "../../build";
import { BUNDLES } from "../../bundles";
import { parseStrings } from "../../tracking-page/src/strings";
import type { PreviewConfig } from "../polaris-standin/preview-config";
import { viewFixture } from "../tracking-view/view-fixtures";
import { renderPreviewDocument } from "./render-preview.server";

// A copy of extensions/ with freshly built bundles, so the test never touches the repo's dist/.
let extensionsDir: string;

beforeAll(async () => {
  extensionsDir = join(mkdtempSync(join(tmpdir(), "porchlight-preview-")), "extensions");
  cpSync(EXTENSIONS_DIR, extensionsDir, { recursive: true, filter: (src) => !/[/\\]dist([/\\]|$)/.test(src) });
  for (const report of await buildExtensions({ write: false })) {
    const spec = BUNDLES.find((b) => b.name === report.bundle)!;
    mkdirSync(dirname(join(extensionsDir, spec.outfile)), { recursive: true });
    writeFileSync(join(extensionsDir, spec.outfile), report.contents);
  }
});

function configOf(html: string): PreviewConfig {
  const json = /window\.__PORCHLIGHT_PREVIEW__ = (.*?);<\/script>/.exec(html)?.[1];
  return JSON.parse(json!) as PreviewConfig;
}

describe("renderPreviewDocument", () => {
  it("runs a UI extension on the stand-in with the order, token and the extension's own strings", () => {
    const html = renderPreviewDocument({ surface: "order-status", locale: "fr-CA", orderId: "gid://shopify/Order/77", extensionsDir });
    const config = configOf(html);
    expect(config).toMatchObject({
      surface: "order-status",
      locale: "fr-CA",
      orderId: "gid://shopify/Order/77",
      sessionToken: "porchlight-preview-session-token",
      authenticationState: "fully_authenticated",
      backend: { mode: "base", base: "/" },
    });
    expect(config.translations).toEqual(JSON.parse(readFileSync(join(extensionsDir, "order-status-block/locales/fr.json"), "utf8")));
    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain("customer-account.order-status.block.render");
    expect(html).not.toContain("purchase.thank-you.block.render");
  });

  it("answers with an inline view, or fetches it from a URL", () => {
    const view = viewFixture("customs-hold.fr");
    const inline = configOf(renderPreviewDocument({ surface: "thank-you", view, extensionsDir }));
    expect(inline.backend).toEqual({ mode: "inline", view });
    expect(inline.locale).toBe("fr");
    expect(inline.orderName).toBe("#2047");
    const byUrl = configOf(renderPreviewDocument({ surface: "thank-you", viewJsonUrl: "/views/77.json", locale: "de", extensionsDir }));
    expect(byUrl.backend).toEqual({ mode: "url", url: "/views/77.json" });
    expect(byUrl.translations.retry).toBe("Erneut versuchen");
  });

  it("falls back to the primary language, then English", () => {
    expect(configOf(renderPreviewDocument({ surface: "thank-you", locale: "pt-BR", extensionsDir })).translations.retry).toBe("Tentar novamente");
    expect(configOf(renderPreviewDocument({ surface: "thank-you", locale: "ko", extensionsDir })).translations.retry).toBe("Try again");
  });

  it("keeps view text from closing the script it is embedded in", () => {
    const view = viewFixture("lost.en");
    view.shipments[0].headline = "</script><script>alert(1)</script>";
    const html = renderPreviewDocument({ surface: "order-status", view, extensionsDir });
    expect(html.match(/<script\b/g)!.length).toBe(html.match(/<\/script>/g)!.length);
    expect(configOf(html).backend).toEqual({ mode: "inline", view });
  });

  it("renders the storefront block as the Liquid does, and looks the view's parcel up on load", () => {
    const view = viewFixture("weather-delay.fr");
    const html = renderPreviewDocument({ surface: "tracking-page", view, extensionsDir });
    expect(html).toContain('data-tracking-number="09980000020033F"');
    expect(html).toContain("--pl-accent: #005bd3");
    expect(html).toContain('<h2 class="porchlight-track__heading">Suivre ma commande</h2>');
    const strings = parseStrings(/<script type="application\/json" data-porchlight-strings>(.*?)<\/script>/s.exec(html)?.[1]);
    expect(strings?.submit).toBe("Suivre");
    expect(strings?.orderName).toBe("Commande {name}");
    expect(html).not.toContain("shopify.extend");
  });

  it("explains how to get the bundles when they are missing", () => {
    const empty = join(mkdtempSync(join(tmpdir(), "porchlight-empty-")), "extensions");
    cpSync(EXTENSIONS_DIR, empty, { recursive: true, filter: (src) => !/[/\\]dist([/\\]|$)/.test(src) });
    expect(() => renderPreviewDocument({ surface: "order-status", extensionsDir: empty })).toThrow(/npm run build:extensions/);
  });
});
