// Previews run the real bundles, which call Porchlight's backend at the app URL baked in at
// build time (UI extensions) or the storefront's app proxy path (tracking page). This sends
// those calls where the preview says instead; everything else passes through.
import type { PreviewBackend } from "./preview-config";

const TRACKING_PATH = /\/api\/tracking$/;
const PROXY_PATH = /^\/apps\/porchlight\/track/;

export function redirectedRequest(input: string, backend: PreviewBackend, pageUrl: string): string | { inline: unknown } | null {
  const url = new URL(input, pageUrl);
  const apiCall = TRACKING_PATH.test(url.pathname);
  const proxyCall = PROXY_PATH.test(url.pathname);
  if (!apiCall && !proxyCall) return null;
  if (backend.mode === "inline") return { inline: backend.view };
  if (backend.mode === "url") return new URL(backend.url, pageUrl).href;
  const base = new URL(backend.base, pageUrl).href.replace(/\/+$/, "");
  return `${base}${apiCall ? "/api/tracking" : url.pathname}${url.search}`;
}

export function installFetchRedirect(backend: PreviewBackend): void {
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const raw = input instanceof Request ? input.url : String(input);
    const target = redirectedRequest(raw, backend, location.href);
    if (target === null) return original(input, init);
    if (typeof target === "string") return original(target, init);
    return Promise.resolve(new Response(JSON.stringify(target.inline), { status: 200, headers: { "Content-Type": "application/json" } }));
  };
}
