// Entry of the preview runtime (bundled to extensions/shared/dist/polaris-standin.js): defines the
// stand-in Polaris elements, installs the `shopify` global and routes backend calls, from the
// configuration the preview page put on window.__PORCHLIGHT_PREVIEW__.
import { defineStandinElements } from "./elements";
import { installFetchRedirect } from "./fetch-redirect";
import { PREVIEW_CONFIG_GLOBAL, type PreviewConfig } from "./preview-config";
import { createShopifyStandin } from "./shopify-global";

const config = (window as unknown as Record<string, PreviewConfig | undefined>)[PREVIEW_CONFIG_GLOBAL];
if (config) {
  installFetchRedirect(config.backend);
  if (config.surface !== "tracking-page") {
    defineStandinElements();
    (window as unknown as { shopify: unknown }).shopify = createShopifyStandin(config);
  }
}
