// 17TRACK webhook authenticity: the `sign` header is the hex SHA-256 of the raw body, a "/" and
// the account's API key (the "security key"): sha256(body + "/" + key).
import { createHash } from "node:crypto";
import { bodyBytes, headerValue, safeEqual, type RawBody, type WebhookHeaders } from "../http/webhook-signature";

export const SIGNATURE_HEADER = "sign";

export function sign(rawBody: RawBody, apiKey: string): string {
  return createHash("sha256").update(bodyBytes(rawBody)).update(`/${apiKey}`, "utf8").digest("hex");
}

export function verify(rawBody: RawBody, headers: WebhookHeaders, apiKey: string): boolean {
  const given = headerValue(headers, SIGNATURE_HEADER)?.trim().toLowerCase();
  if (!given || !apiKey) return false;
  return safeEqual(sign(rawBody, apiKey), given);
}
