/** @jsxImportSource preact */
// Storefront island for the "Order tracking" app block: mounts on every block on the page (once
// each, even if the script is included twice). Loaded with `defer`, so it never blocks rendering.
import { render } from "preact";
import { readableTextOn } from "./colors";
import { parseStrings } from "./strings";
import { STYLES } from "./styles";
import { TrackingPage } from "./TrackingPage";

function injectStyles(): void {
  if (document.getElementById("porchlight-track-styles")) return;
  const style = document.createElement("style");
  style.id = "porchlight-track-styles";
  style.textContent = STYLES;
  document.head.appendChild(style);
}

let mounted = 0;

function mount(block: HTMLElement): void {
  if (block.dataset.porchlightMounted) return;
  const strings = parseStrings(block.querySelector("script[data-porchlight-strings]")?.textContent);
  const target = block.querySelector<HTMLElement>("[data-porchlight-app]");
  if (!strings || !target) return;
  block.dataset.porchlightMounted = "true";
  const accent = getComputedStyle(block).getPropertyValue("--pl-accent");
  block.style.setProperty("--pl-on-accent", readableTextOn(accent));
  const initialTracking = block.dataset.trackingNumber || new URLSearchParams(location.search).get("tracking") || "";
  target.textContent = "";
  render(
    <TrackingPage
      strings={strings}
      endpoint={block.dataset.endpoint || "/apps/porchlight/track"}
      locale={block.dataset.locale || document.documentElement.lang || null}
      initialTracking={initialTracking}
      idPrefix={`porchlight-track-${mounted++}`}
      signedIn={block.dataset.signedIn === "true"}
    />,
    target,
  );
}

function mountAll(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>("[data-porchlight-track]").forEach(mount);
}

injectStyles();
mountAll(document);
// The theme editor re-renders a section when the merchant changes a setting.
document.addEventListener("shopify:section:load", (event) => mountAll(event.target as ParentNode));
