// What a preview page tells the stand-in runtime: which surface, which order, which words, and
// where the extension's backend calls should go.
export type PreviewSurface = "order-status" | "thank-you" | "tracking-page";

export type PreviewBackend =
  /** Every tracking request is answered with this TrackingView. */
  | { mode: "inline"; view: unknown }
  /** Every tracking request is sent to this URL instead (headers kept). */
  | { mode: "url"; url: string }
  /** Tracking requests keep their path and query but go to this origin or base path. */
  | { mode: "base"; base: string };

export interface PreviewConfig {
  surface: PreviewSurface;
  locale: string;
  orderId: string | null;
  orderName: string;
  sessionToken: string;
  authenticationState: "fully_authenticated" | "pre_authenticated";
  /** The extension's own locale file (UI extensions only). */
  translations: Record<string, unknown>;
  backend: PreviewBackend;
}

export const PREVIEW_CONFIG_GLOBAL = "__PORCHLIGHT_PREVIEW__";
