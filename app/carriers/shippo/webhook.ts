// Shippo signs no webhook: the URL registered with Shippo carries a secret token in its query
// string (…/webhooks/shippo?token=…), and a push is genuine when it comes back with that token.
// The body and headers play no part; the request URL does.
import { safeEqual, type RawBody, type WebhookHeaders } from "../http/webhook-signature";

export const TOKEN_PARAM = "token";

/** The URL to register with Shippo for `baseUrl` and the shared token. */
export function webhookUrl(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set(TOKEN_PARAM, token);
  return url.toString();
}

export function verify(_rawBody: RawBody, _headers: WebhookHeaders, secret: string, requestUrl?: string | URL): boolean {
  if (!secret || requestUrl === undefined) return false;
  let given: string | null;
  try {
    given = new URL(requestUrl, "http://localhost").searchParams.get(TOKEN_PARAM);
  } catch {
    return false;
  }
  return given !== null && safeEqual(given, secret);
}
