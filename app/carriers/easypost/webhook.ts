// EasyPost webhook authenticity: X-Hmac-Signature is "hmac-sha256-hex=" + the hex HMAC-SHA256
// of the raw body. The key is the webhook secret normalized to Unicode NFKD, as EasyPost's own
// client libraries do, so secrets with accents or full-width characters match.
import { createHmac } from "node:crypto";
import { bodyBytes, headerValue, safeEqual, type RawBody, type WebhookHeaders } from "../http/webhook-signature";

export const SIGNATURE_HEADER = "x-hmac-signature";
const PREFIX = "hmac-sha256-hex=";

export function sign(rawBody: RawBody, secret: string): string {
  const key = Buffer.from(secret.normalize("NFKD"), "utf8");
  return PREFIX + createHmac("sha256", key).update(bodyBytes(rawBody)).digest("hex");
}

export function verify(rawBody: RawBody, headers: WebhookHeaders, secret: string): boolean {
  const given = headerValue(headers, SIGNATURE_HEADER)?.trim();
  if (!given || !secret) return false;
  return safeEqual(sign(rawBody, secret), given);
}
