// AfterShip webhook authenticity: the aftership-hmac-sha256 header carries the base64
// HMAC-SHA256 of the raw request body, keyed with the account's webhook secret.
import { createHmac } from "node:crypto";
import { bodyBytes, headerValue, safeEqual, type RawBody, type WebhookHeaders } from "../http/webhook-signature";

export const SIGNATURE_HEADER = "aftership-hmac-sha256";

export function sign(rawBody: RawBody, secret: string): string {
  return createHmac("sha256", secret).update(bodyBytes(rawBody)).digest("base64");
}

export function verify(rawBody: RawBody, headers: WebhookHeaders, secret: string): boolean {
  const given = headerValue(headers, SIGNATURE_HEADER)?.trim();
  if (!given || !secret) return false;
  return safeEqual(sign(rawBody, secret), given);
}
