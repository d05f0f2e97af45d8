// A stand-in for the `shopify` global the UI extension host provides, for previews outside
// Shopify: order and authentication signals, session tokens, translations and `extend`.
import type { PreviewConfig } from "./preview-config";

interface Signal<T> {
  readonly value: T;
  readonly current: T;
  subscribe(listener: (value: T) => void): () => void;
  set(value: T): void;
}

export function signal<T>(initial: T): Signal<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get value() {
      return value;
    },
    get current() {
      return value;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}

/** Shopify's i18n.translate: dotted keys into the locale file, `{{name}}` replacements. */
export function translator(translations: Record<string, unknown>) {
  return (key: string, replacements: Record<string, string | number> = {}): string => {
    let node: unknown = translations;
    for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== "string") return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in replacements ? String(replacements[name]) : whole));
  };
}

export function createShopifyStandin(config: PreviewConfig) {
  const language = signal({ isoCode: config.locale });
  const common = {
    extend(_target: string, run: () => unknown) {
      const start = () => void run();
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
      else start();
    },
    sessionToken: { get: async () => config.sessionToken },
    i18n: { translate: translator(config.translations) },
    localization: { language, extensionLanguage: language },
  };
  if (config.surface === "thank-you") {
    return {
      ...common,
      orderConfirmation: signal(config.orderId ? { order: { id: config.orderId }, number: config.orderName, isFirstOrder: false } : undefined),
    };
  }
  const authenticationState = signal(config.authenticationState);
  return {
    ...common,
    order: signal(config.orderId ? { id: config.orderId, name: config.orderName } : undefined),
    authenticationState,
    // Shopify sends the shopper through login; the preview simply becomes signed in.
    requireLogin: async () => authenticationState.set("fully_authenticated"),
  };
}
