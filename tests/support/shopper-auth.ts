// Signs what Shopify signs for shopper-facing calls: extension session tokens (HS256 JWT with the
// app secret) and app proxy query strings (hex HMAC-SHA256 of the sorted parameters).
import { createHmac, randomUUID } from "node:crypto";
import { TEST_API_KEY, TEST_API_SECRET } from "./env";

const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");

export function sessionToken(claims: { shop: string; customerId?: string | null; expiresIn?: number; secret?: string; aud?: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: `https://${claims.shop}/admin`,
    dest: `https://${claims.shop}`,
    aud: claims.aud ?? TEST_API_KEY,
    exp: now + (claims.expiresIn ?? 300),
    nbf: now - 10,
    iat: now - 10,
    jti: randomUUID(),
    sid: randomUUID(),
  };
  if (claims.customerId) payload.sub = `gid://shopify/Customer/${claims.customerId}`;
  const head = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = b64url(JSON.stringify(payload));
  const sig = createHmac("sha256", claims.secret ?? TEST_API_SECRET).update(`${head}.${body}`).digest("base64url");
  return `${head}.${body}.${sig}`;
}

export function signedProxyUrl(base: string, params: Record<string, string>, secret = TEST_API_SECRET): string {
  const all: Record<string, string> = { timestamp: String(Math.floor(Date.now() / 1000)), path_prefix: "/apps/porchlight", logged_in_customer_id: "", ...params };
  const message = Object.keys(all)
    .sort()
    .map((k) => `${k}=${all[k]}`)
    .join("");
  const signature = createHmac("sha256", secret).update(message).digest("hex");
  return `${base}?${new URLSearchParams({ ...all, signature })}`;
}
