// A local stand-in for the Polaris web components our UI extensions render, for previews and
// browser tests outside Shopify. Each element keeps Preact's children in its light DOM and
// renders accessible HTML around a <slot>: sections with nesting-based heading levels, banners
// as status/alert regions, buttons as real <button>s, links as <a>. Roles that wrap slotted
// content (region, status, list) go on the element itself so the content sits inside them.
// Properties arrive as attributes (Preact sets unknown props with setAttribute), so names are
// lower-cased here.
import { STANDIN_CSS } from "./styles";

const GAP: Record<string, string> = {
  none: "0",
  "small-300": "4px",
  "small-200": "8px",
  "small-100": "10px",
  small: "12px",
  base: "16px",
  large: "24px",
  "large-100": "32px",
};

const ROLE: Record<string, string | null> = {
  "ordered-list": "list",
  "unordered-list": "list",
  "list-item": "listitem",
  status: "status",
  alert: "alert",
  separator: "separator",
  section: "region",
  generic: null,
  none: null,
};

let sheet: CSSStyleSheet | null = null;

function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STANDIN_CSS);
  }
  return sheet;
}

function setOrRemove(element: Element, name: string, value: string | null | undefined): void {
  if (value === null || value === undefined || value === "") element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** How many s-section elements enclose `node`, across shadow boundaries. */
function sectionDepth(node: Node): number {
  let depth = 0;
  for (let current: Node | null = node.parentNode; current; ) {
    if (current instanceof Element && current.localName === "s-section") depth++;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return depth;
}

abstract class StandinElement extends HTMLElement {
  protected readonly root: ShadowRoot;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: "open" });
    this.root.adoptedStyleSheets = [styles()];
  }

  connectedCallback(): void {
    this.update();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.update();
  }

  protected abstract update(): void;

  /** Replaces the shadow content with `tag` holding a default slot, unless it already is. */
  protected frame<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    const current = this.root.firstElementChild;
    if (current?.localName === tag) return current as HTMLElementTagNameMap[K];
    const element = document.createElement(tag);
    element.append(document.createElement("slot"));
    this.root.replaceChildren(element);
    return element;
  }
}

class SectionElement extends StandinElement {
  static observedAttributes = ["heading", "accessibilitylabel"];

  protected update(): void {
    const heading = this.getAttribute("heading");
    const level = Math.min(6, 2 + sectionDepth(this));
    const section = document.createElement("div");
    section.className = "section";
    if (heading) {
      const title = document.createElement(`h${level}`);
      title.textContent = heading;
      section.append(title);
    }
    section.append(document.createElement("slot"));
    this.root.replaceChildren(section);
    this.setAttribute("role", "region");
    setOrRemove(this, "aria-label", this.getAttribute("accessibilitylabel") || heading);
  }
}

class HeadingElement extends StandinElement {
  protected update(): void {
    const level = Math.min(6, 2 + sectionDepth(this));
    const heading = this.frame(`h${level}` as "h2");
    heading.className = "heading";
  }
}

class StackElement extends StandinElement {
  static observedAttributes = ["direction", "gap", "alignitems", "accessibilityrole", "padding", "background"];
  protected readonly kind: string = "stack";

  protected update(): void {
    const div = this.frame("div");
    const inline = this.getAttribute("direction") === "inline";
    div.className = [this.kind, inline && "inline", this.getAttribute("background") === "subdued" && "subdued"].filter(Boolean).join(" ");
    div.style.gap = GAP[this.getAttribute("gap") ?? ""] ?? (this.kind === "stack" ? "0" : "");
    div.style.padding = GAP[this.getAttribute("padding") ?? ""] ?? "";
    div.style.alignItems = this.getAttribute("alignitems") ?? "";
    setOrRemove(this, "role", ROLE[this.getAttribute("accessibilityrole") ?? ""] ?? null);
    setOrRemove(this, "aria-label", this.getAttribute("accessibilitylabel"));
  }
}

class BoxElement extends StackElement {
  static observedAttributes = [...StackElement.observedAttributes, "accessibilitylabel"];
  protected readonly kind = "box";
}

class TextElement extends StandinElement {
  static observedAttributes = ["type", "color"];

  protected update(): void {
    const type = this.getAttribute("type");
    const tag = type === "strong" ? "strong" : type === "emphasis" ? "em" : type === "small" ? "small" : "span";
    const text = this.frame(tag);
    text.className = [this.getAttribute("color") === "subdued" && "subdued", type === "small" && "small"].filter(Boolean).join(" ");
  }
}

class ParagraphElement extends StandinElement {
  static observedAttributes = ["color"];

  protected update(): void {
    this.frame("p").className = this.getAttribute("color") === "subdued" ? "subdued" : "";
  }
}

class BadgeElement extends StandinElement {
  static observedAttributes = ["tone"];

  protected update(): void {
    this.frame("span").className = `badge ${this.getAttribute("tone") === "critical" ? "critical" : ""}`;
  }
}

class BannerElement extends StandinElement {
  static observedAttributes = ["tone", "heading"];

  protected update(): void {
    const tone = this.getAttribute("tone") ?? "info";
    const banner = document.createElement("div");
    banner.className = `banner ${tone === "auto" ? "info" : tone}`;
    this.setAttribute("role", tone === "critical" ? "alert" : "status");
    const heading = this.getAttribute("heading");
    if (heading) {
      const title = document.createElement("p");
      title.className = "title";
      title.textContent = heading;
      banner.append(title);
    }
    banner.append(document.createElement("slot"));
    this.root.replaceChildren(banner);
  }
}

class ProgressElement extends StandinElement {
  static observedAttributes = ["value", "max", "accessibilitylabel", "tone"];

  protected update(): void {
    const bar = document.createElement("div");
    bar.className = `progress ${this.getAttribute("tone") === "critical" ? "critical" : ""}`;
    bar.setAttribute("role", "progressbar");
    setOrRemove(bar, "aria-label", this.getAttribute("accessibilitylabel"));
    const max = Number(this.getAttribute("max") ?? 1) || 1;
    const raw = this.getAttribute("value");
    const fill = document.createElement("div");
    fill.className = "fill";
    if (raw !== null) {
      const value = Math.max(0, Math.min(max, Number(raw)));
      bar.setAttribute("aria-valuemin", "0");
      bar.setAttribute("aria-valuemax", String(max));
      bar.setAttribute("aria-valuenow", String(value));
      fill.style.width = `${(100 * value) / max}%`;
    }
    bar.append(fill);
    this.root.replaceChildren(bar);
  }
}

class SpinnerElement extends StandinElement {
  static observedAttributes = ["accessibilitylabel"];

  protected update(): void {
    const spinner = document.createElement("span");
    spinner.className = "spinner";
    const label = this.getAttribute("accessibilitylabel");
    if (label) {
      spinner.setAttribute("role", "progressbar");
      spinner.setAttribute("aria-label", label);
    } else spinner.setAttribute("aria-hidden", "true");
    this.root.replaceChildren(spinner);
  }
}

class LinkElement extends StandinElement {
  static observedAttributes = ["href", "target", "accessibilitylabel"];

  protected update(): void {
    const link = this.frame("a");
    setOrRemove(link, "href", this.getAttribute("href"));
    const target = this.getAttribute("target");
    setOrRemove(link, "target", target === "_blank" || target === "_self" ? target : null);
    setOrRemove(link, "rel", target === "_blank" ? "noopener noreferrer" : null);
    setOrRemove(link, "aria-label", this.getAttribute("accessibilitylabel"));
  }
}

class ButtonElement extends StandinElement {
  static observedAttributes = ["href", "variant", "accessibilitylabel", "disabled"];

  protected update(): void {
    const href = this.getAttribute("href");
    const control = href ? this.frame("a") : this.frame("button");
    control.className = `button ${this.getAttribute("variant") ?? "auto"}`;
    if (control instanceof HTMLAnchorElement) control.href = href ?? "";
    else {
      control.type = "button";
      control.disabled = this.hasAttribute("disabled") && this.getAttribute("disabled") !== "false";
    }
    setOrRemove(control, "aria-label", this.getAttribute("accessibilitylabel"));
  }
}

class DividerElement extends StandinElement {
  protected update(): void {
    if (!this.root.firstElementChild) this.root.append(document.createElement("hr"));
  }
}

class OrderedListElement extends StandinElement {
  protected update(): void {
    this.frame("div").className = "list";
    this.setAttribute("role", "list");
  }
}

class ListItemElement extends StandinElement {
  protected update(): void {
    this.frame("div").className = "list-item";
    this.setAttribute("role", "listitem");
  }
}

const ELEMENTS: Record<string, CustomElementConstructor> = {
  "s-section": SectionElement,
  "s-heading": HeadingElement,
  "s-stack": StackElement,
  "s-box": BoxElement,
  "s-text": TextElement,
  "s-paragraph": ParagraphElement,
  "s-badge": BadgeElement,
  "s-banner": BannerElement,
  "s-progress": ProgressElement,
  "s-spinner": SpinnerElement,
  "s-link": LinkElement,
  "s-button": ButtonElement,
  "s-divider": DividerElement,
  "s-ordered-list": OrderedListElement,
  "s-list-item": ListItemElement,
};

export const STANDIN_TAGS = Object.keys(ELEMENTS);

export function defineStandinElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) if (!registry.get(tag)) registry.define(tag, element);
}
