// JSX types for the Polaris web components our UI extensions render (API 2025-10 and later),
// limited to the properties we use and the values Shopify documents for checkout and customer
// accounts. @shopify/ui-extensions is not a dependency; these declarations stand in for it.
import type { ComponentChildren } from "preact";

type Gap = "none" | "small-300" | "small-200" | "small-100" | "small" | "base" | "large" | "large-100";
type Base = { id?: string; key?: string | number; children?: ComponentChildren };
type AccessibilityRole =
  | "main" | "header" | "footer" | "section" | "aside" | "navigation" | "ordered-list" | "list-item"
  | "unordered-list" | "separator" | "status" | "alert" | "generic" | "none";

declare module "preact" {
  namespace createElement.JSX {
    interface IntrinsicElements {
      "s-section": Base & { heading?: string; accessibilityLabel?: string };
      "s-stack": Base & { direction?: "block" | "inline"; gap?: Gap; alignItems?: "start" | "center" | "end" | "normal"; accessibilityRole?: AccessibilityRole };
      "s-box": Base & { padding?: Gap; background?: "transparent" | "subdued" | "base"; accessibilityRole?: AccessibilityRole; accessibilityLabel?: string };
      "s-heading": Base;
      "s-paragraph": Base & { color?: "subdued" | "base"; tone?: "auto" | "info" | "success" | "warning" | "critical" | "neutral" };
      "s-text": Base & { type?: "strong" | "small" | "emphasis" | "generic"; color?: "subdued" | "base"; tone?: "auto" | "neutral" | "info" | "success" | "warning" | "critical" };
      "s-badge": Base & { tone?: "auto" | "neutral" | "critical"; color?: "base" | "subdued" };
      "s-banner": Base & { heading?: string; tone?: "auto" | "info" | "success" | "warning" | "critical" };
      "s-progress": Base & { value?: number; max?: number; accessibilityLabel?: string; tone?: "auto" | "critical" };
      "s-spinner": Base & { accessibilityLabel?: string; size?: "small-100" | "small" | "base" | "large" | "large-100" };
      "s-link": Base & { href?: string; target?: "auto" | "_self" | "_blank"; accessibilityLabel?: string; onClick?: (event: Event) => void };
      "s-button": Base & {
        onClick?: (event: Event) => void;
        href?: string;
        variant?: "auto" | "primary" | "secondary";
        tone?: "auto" | "neutral" | "critical";
        accessibilityLabel?: string;
        disabled?: boolean;
        loading?: boolean;
      };
      "s-divider": Base;
      "s-ordered-list": Base;
      "s-list-item": Base;
    }
  }
}
