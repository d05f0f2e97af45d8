// Preview pages for the shopper surfaces outside Shopify: the real built bundles, run on the
// stand-in Polaris elements and `shopify` global (UI extensions) or inside a theme-like page
// (storefront tracking page). Returns one self-contained HTML document; serve it from a route
// such as /preview/<surface>. Needs `npm run build:extensions` to have run.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TrackingView } from "../../../app/tracking/view/types";
import { bundleSpec } from "../../bundles";
import { localeKey, STRING_KEYS, type StorefrontStrings } from "../../tracking-page/src/strings";
import { PREVIEW_CONFIG_GLOBAL, type PreviewBackend, type PreviewConfig, type PreviewSurface } from "../polaris-standin/preview-config";

export interface PreviewOptions {
  surface: PreviewSurface;
  /** BCP 47 tag; picks the extension's own strings. Defaults to the view's locale, else "en". */
  locale?: string;
  /** Answer every tracking request with this view... */
  view?: TrackingView;
  /** ...or fetch the view from this URL... */
  viewJsonUrl?: string;
  /** ...or send requests, path and query unchanged, to this origin/base (default: the page's origin). */
  backendUrl?: string;
  /** UI extensions: the order the extension sees (`shopify.order` / `shopify.orderConfirmation`). */
  orderId?: string;
  orderName?: string;
  /** What `shopify.sessionToken.get()` resolves to. */
  sessionToken?: string;
  authenticationState?: "fully_authenticated" | "pre_authenticated";
  /** Tracking page: a number looked up on load; defaults to the view's first tracking number. */
  trackingNumber?: string;
  /** Tracking page: the shopper is signed in to the store (the block then asks only for the order number). */
  signedIn?: boolean;
  /** Where the extensions live; defaults to <cwd>/extensions. */
  extensionsDir?: string;
}

export const DEFAULT_PREVIEW_SESSION_TOKEN = "porchlight-preview-session-token";

const UI_EXTENSION_DIR: Record<Exclude<PreviewSurface, "tracking-page">, string> = {
  "order-status": "order-status-block",
  "thank-you": "thank-you-block",
};

const SURFACE_TITLE: Record<PreviewSurface, string> = {
  "order-status": "Order status page",
  "thank-you": "Thank-you page",
  "tracking-page": "Storefront tracking page",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside <script>: no `</script>`, no line separators that end JS strings. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/script/gi, "<\\/script")}</script>`;
}

function readBundle(extensionsDir: string, name: string): string {
  const path = join(extensionsDir, bundleSpec(name).outfile);
  if (!existsSync(path)) throw new Error(`Missing ${path}: run \`npm run build:extensions\` before rendering previews.`);
  return readFileSync(path, "utf8");
}

/** locales/<tag>.json, then the primary language, then English (en.default.json). */
export function readLocaleFile(localesDir: string, locale: string): Record<string, unknown> {
  const primary = locale.split(/[-_]/)[0]?.toLowerCase() ?? "en";
  const candidates = [locale, `${locale}.default`, primary, `${primary}.default`, "en.default"];
  for (const name of candidates) {
    const path = join(localesDir, `${name}.json`);
    if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  }
  throw new Error(`No locale file in ${localesDir}`);
}

function backendFor(options: PreviewOptions): PreviewBackend {
  if (options.view) return { mode: "inline", view: options.view };
  if (options.viewJsonUrl) return { mode: "url", url: options.viewJsonUrl };
  return { mode: "base", base: options.backendUrl ?? "/" };
}

const PAGE_CSS = `
html{background:#f1f1f1;color:#1a1a1a;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans JP",sans-serif;font-size:16px;line-height:1.5}
body{margin:0}
.preview-extension{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.preview-theme header{background:#1a1a1a;color:#fff;padding:1rem 1.5rem;font-weight:600}
.preview-theme main{padding:2rem 1rem}
`;

/** Storefront strings from the theme extension's locale file, keyed as the island expects. */
export function storefrontStrings(extensionsDir: string, locale: string): { strings: StorefrontStrings; heading: string; noscript: string } {
  const file = readLocaleFile(join(extensionsDir, "tracking-page", "locales"), locale) as { porchlight: { track: Record<string, string> } };
  const track = file.porchlight.track;
  const strings = Object.fromEntries(STRING_KEYS.map((key) => [key, track[localeKey(key)]])) as StorefrontStrings;
  return { strings, heading: track.heading, noscript: track.noscript };
}

/** The block's colour settings defaults, read from its Liquid schema. */
export function blockColorDefaults(extensionsDir: string): Record<string, string> {
  const liquid = readFileSync(join(extensionsDir, "tracking-page", "blocks", "tracking-page.liquid"), "utf8");
  const schema = /\{%\s*schema\s*%\}([\s\S]*?)\{%\s*endschema\s*%\}/.exec(liquid)?.[1] ?? "{}";
  const settings = (JSON.parse(schema) as { settings?: Array<{ id?: string; type: string; default?: string }> }).settings ?? [];
  return Object.fromEntries(settings.filter((s) => s.type === "color" && s.id && s.default).map((s) => [s.id!, s.default!]));
}

function storefrontBlockHtml(extensionsDir: string, locale: string, trackingNumber: string | undefined, signedIn: boolean): string {
  const { strings, heading, noscript } = storefrontStrings(extensionsDir, locale);
  const colors = blockColorDefaults(extensionsDir);
  const style = `--pl-heading: ${colors.heading_color}; --pl-text: ${colors.text_color}; --pl-accent: ${colors.accent_color}; --pl-bg: ${colors.background_color}; min-height: 30rem;`;
  const tracking = trackingNumber ? ` data-tracking-number="${escapeHtml(trackingNumber)}"` : "";
  const customer = signedIn ? ` data-signed-in="true"` : "";
  return `<div class="porchlight-track" data-porchlight-track data-endpoint="/apps/porchlight/track" data-locale="${escapeHtml(locale)}"${tracking}${customer} style="${escapeHtml(style)}">
  <h2 class="porchlight-track__heading">${escapeHtml(heading)}</h2>
  <div data-porchlight-app><noscript><p>${escapeHtml(noscript)}</p></noscript></div>
  <script type="application/json" data-porchlight-strings>${scriptJson(strings)}</script>
</div>`;
}

export function renderPreviewDocument(options: PreviewOptions): string {
  const extensionsDir = options.extensionsDir ?? join(process.cwd(), "extensions");
  const locale = options.locale ?? options.view?.locale ?? "en";
  const surface = options.surface;
  const translations =
    surface === "tracking-page" ? {} : readLocaleFile(join(extensionsDir, UI_EXTENSION_DIR[surface], "locales"), locale);
  const config: PreviewConfig = {
    surface,
    locale,
    orderId: options.orderId ?? "gid://shopify/Order/1001",
    orderName: options.orderName ?? options.view?.order.name ?? "#1001",
    sessionToken: options.sessionToken ?? DEFAULT_PREVIEW_SESSION_TOKEN,
    authenticationState: options.authenticationState ?? "fully_authenticated",
    translations,
    backend: backendFor(options),
  };
  const head = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Porchlight preview · ${escapeHtml(SURFACE_TITLE[surface])}</title>
<style>${PAGE_CSS}</style>
<script>window.${PREVIEW_CONFIG_GLOBAL} = ${scriptJson(config)};</script>
${inlineScript(readBundle(extensionsDir, "polaris-standin"))}`;

  if (surface === "tracking-page") {
    const trackingNumber = options.trackingNumber ?? options.view?.shipments[0]?.trackingNumber;
    return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
${head}
</head>
<body class="preview-theme">
<header>Porchlight demo store</header>
<main>
${storefrontBlockHtml(extensionsDir, locale, trackingNumber, options.signedIn ?? false)}
</main>
${inlineScript(readBundle(extensionsDir, "tracking-page"))}
</body>
</html>
`;
  }
  // The extension renders into document.body, as it does in Shopify's sandbox.
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
${head}
${inlineScript(readBundle(extensionsDir, UI_EXTENSION_DIR[surface]))}
</head>
<body class="preview-extension"></body>
</html>
`;
}
