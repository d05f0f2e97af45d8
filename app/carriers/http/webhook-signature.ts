// Shared pieces of webhook verification: header lookup across header shapes, and comparison in
// constant time (a timing difference must not reveal how much of a forged signature was right).
import { createHash, timingSafeEqual } from "node:crypto";

export type RawBody = string | Uint8Array;
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The header's value, case-insensitively; the first one when repeated. */
export function headerValue(headers: WebhookHeaders, name: string): string | null {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return typeof value === "string" ? value : (value[0] ?? null);
  }
  return null;
}

/**
 * Constant-time string equality. Both sides are hashed first so inputs of different lengths
 * compare in the same time too.
 */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a, "utf8").digest();
  const hb = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(ha, hb);
}

export function bodyBytes(body: RawBody): Buffer {
  return typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
