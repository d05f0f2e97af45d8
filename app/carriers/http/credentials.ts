// Carrier credentials at rest: AES-256-GCM with a 32-byte key from PORCHLIGHT_ENCRYPTION_KEY.
// Blob: "pl1.<iv>.<tag>.<ciphertext>" (base64url). An optional context (e.g. "shop:carrier") is
// bound as additional data, so a blob copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const PREFIX = "pl1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export class CredentialKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialKeyError";
  }
}

export class CredentialDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialDecryptionError";
  }
}

/** The key from the environment: 32 bytes, base64. */
export function encryptionKeyFromEnv(env: Record<string, string | undefined> = process.env): Buffer {
  const raw = env.PORCHLIGHT_ENCRYPTION_KEY?.trim();
  if (!raw) throw new CredentialKeyError("PORCHLIGHT_ENCRYPTION_KEY is not set (32 random bytes, base64: `openssl rand -base64 32`).");
  return keyFromBase64(raw);
}

export function keyFromBase64(raw: string): Buffer {
  if (!BASE64.test(raw)) throw new CredentialKeyError("PORCHLIGHT_ENCRYPTION_KEY is not base64.");
  const key = Buffer.from(raw, "base64");
  if (key.length !== KEY_BYTES) throw new CredentialKeyError(`PORCHLIGHT_ENCRYPTION_KEY must decode to ${KEY_BYTES} bytes (got ${key.length}).`);
  return key;
}

function toKey(key: Buffer | string): Buffer {
  const k = typeof key === "string" ? keyFromBase64(key) : key;
  if (k.length !== KEY_BYTES) throw new CredentialKeyError(`encryption key must be ${KEY_BYTES} bytes (got ${k.length}).`);
  return k;
}

export function encryptCredentials(json: unknown, key: Buffer | string = encryptionKeyFromEnv(), context = ""): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", toKey(key), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(json), "utf8"), cipher.final()]);
  return [PREFIX, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function decryptCredentials<T = unknown>(blob: string, key: Buffer | string = encryptionKeyFromEnv(), context = ""): T {
  const parts = typeof blob === "string" ? blob.split(".") : [];
  if (parts.length !== 4 || parts[0] !== PREFIX) throw new CredentialDecryptionError("Not an encrypted credentials blob (expected pl1.<iv>.<tag>.<data>).");
  const iv = Buffer.from(parts[1], "base64url");
  const tag = Buffer.from(parts[2], "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new CredentialDecryptionError("Encrypted credentials blob is truncated.");
  let plain: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", toKey(key), iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(Buffer.from(parts[3], "base64url")), decipher.final()]).toString("utf8");
  } catch (err) {
    if (err instanceof CredentialKeyError) throw err;
    throw new CredentialDecryptionError("Credentials could not be decrypted: wrong key, wrong context or tampered data.");
  }
  return JSON.parse(plain) as T;
}
