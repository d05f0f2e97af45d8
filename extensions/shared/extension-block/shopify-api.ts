// The parts of the `shopify` global our UI extensions use (API 2026-07). Declared here because
// @shopify/ui-extensions is not a dependency; names follow Shopify's target API docs.

/** Shopify's SubscribableSignalLike: a current value plus change notifications. */
export interface Subscribable<T> {
  readonly value: T;
  subscribe(listener: (value: T) => void): () => void;
}

export interface ExtensionApi {
  sessionToken: { get(): Promise<string> };
  i18n: { translate(key: string, replacements?: Record<string, string | number>): string };
  localization: { language: Subscribable<{ isoCode: string }> };
}

/** customer-account.order-status.* targets. */
export interface OrderStatusApi extends ExtensionApi {
  order: Subscribable<{ id: string; name: string } | undefined>;
  authenticationState: Subscribable<"fully_authenticated" | "pre_authenticated">;
  requireLogin(): Promise<void>;
}

/** purchase.thank-you.* targets. */
export interface ThankYouApi extends ExtensionApi {
  orderConfirmation: Subscribable<{ order: { id: string }; number?: string } | undefined>;
}
