/** @jsxImportSource preact */
/// <reference path="./polaris-elements.d.ts" />
// The delivery-status block shared by the order-status and Thank-you extensions: loads the
// order's TrackingView from Porchlight and shows it, or a loading, not-shipped or error state.
import { useEffect, useState } from "preact/hooks";
import { createTrackingLayout } from "../tracking-view/layout";
import { shopperTimeZone } from "../tracking-view/shopper-time-zone";
import { APP_URL } from "./app-url";
import { loadTrackingView, type BlockSurface, type ViewResult } from "./fetch-view";
import { polarisPrimitives } from "./polaris-primitives";
import type { ExtensionApi } from "./shopify-api";
import { useSubscribable } from "./use-subscribable";

const { TrackingViewContent } = createTrackingLayout(polarisPrimitives);

export interface TrackingBlockProps {
  api: ExtensionApi;
  surface: BlockSurface;
  orderId: string | undefined;
  /** Opened from an order link without signing in: show the status, keep details behind login. */
  preAuthenticated?: boolean;
  onRequireLogin?: () => void;
  appUrl?: string;
}

export function TrackingBlock({ api, surface, orderId, preAuthenticated = false, onRequireLogin, appUrl = APP_URL }: TrackingBlockProps) {
  const t = (key: string) => api.i18n.translate(key);
  const language = useSubscribable(api.localization.language);
  const locale = language?.isoCode ?? null;
  const [result, setResult] = useState<ViewResult | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!orderId) return;
    let current = true;
    setResult(null);
    const request = { appUrl, orderId, surface, locale, timeZone: shopperTimeZone() };
    loadTrackingView({ ...request, getToken: () => api.sessionToken.get() }).then((next) => {
      if (current) setResult(next);
    });
    return () => {
      current = false;
    };
  }, [api, appUrl, surface, orderId, locale, attempt]);

  const signIn = preAuthenticated && onRequireLogin && (
    <s-stack gap="small-200">
      <s-paragraph color="subdued">{t("signInBody")}</s-paragraph>
      <s-button variant="secondary" onClick={onRequireLogin}>
        {t("signInAction")}
      </s-button>
    </s-stack>
  );

  if (!orderId || result?.kind === "not-found") {
    return (
      <s-section heading={t("title")}>
        {signIn && !orderId ? signIn : <s-paragraph>{t("notShipped")}</s-paragraph>}
      </s-section>
    );
  }
  if (result === null) {
    return (
      <s-section heading={t("title")}>
        <s-stack direction="inline" gap="small-200" alignItems="center" accessibilityRole="status">
          <s-spinner size="small" />
          <s-text>{t("loading")}</s-text>
        </s-stack>
      </s-section>
    );
  }
  if (result.kind === "error") {
    return (
      <s-section heading={t("title")}>
        <s-banner tone="critical" heading={t("errorTitle")}>
          <s-stack gap="small-200">
            <s-paragraph>{t("errorBody")}</s-paragraph>
            <s-button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
              {t("retry")}
            </s-button>
          </s-stack>
        </s-banner>
      </s-section>
    );
  }
  return <TrackingViewContent view={result.view} detailsLocked={signIn || undefined} />;
}
