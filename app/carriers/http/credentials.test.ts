import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CredentialDecryptionError, CredentialKeyError, decryptCredentials, encryptCredentials, encryptionKeyFromEnv } from "./credentials";

const KEY = randomBytes(32);
const UPS = { clientId: "porchlight-client", clientSecret: "s3cr3t-ÿ-✓", merchantId: "81WV38" };

describe("credential encryption at rest", () => {
  it("round-trips JSON and never stores the secret in clear", () => {
    const blob = encryptCredentials(UPS, KEY);
    expect(blob).toMatch(/^pl1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(blob).not.toContain("s3cr3t");
    expect(decryptCredentials(blob, KEY)).toEqual(UPS);
    expect(encryptCredentials(UPS, KEY)).not.toBe(blob);
  });

  it("takes the key from PORCHLIGHT_ENCRYPTION_KEY (32 bytes, base64)", () => {
    const env = { PORCHLIGHT_ENCRYPTION_KEY: KEY.toString("base64") };
    const blob = encryptCredentials(UPS, encryptionKeyFromEnv(env));
    expect(decryptCredentials(blob, KEY.toString("base64"))).toEqual(UPS);
  });

  it("refuses a missing, non-base64 or wrong-length key with a message naming the variable", () => {
    expect(() => encryptionKeyFromEnv({})).toThrow(/PORCHLIGHT_ENCRYPTION_KEY is not set/);
    expect(() => encryptionKeyFromEnv({ PORCHLIGHT_ENCRYPTION_KEY: "not base64!" })).toThrow(CredentialKeyError);
    expect(() => encryptionKeyFromEnv({ PORCHLIGHT_ENCRYPTION_KEY: randomBytes(16).toString("base64") })).toThrow(/must decode to 32 bytes \(got 16\)/);
  });

  it("says clearly when the key is wrong", () => {
    const blob = encryptCredentials(UPS, KEY);
    expect(() => decryptCredentials(blob, randomBytes(32))).toThrow(CredentialDecryptionError);
    expect(() => decryptCredentials(blob, randomBytes(32))).toThrow(/wrong key, wrong context or tampered data/);
  });

  it("detects tampering with the ciphertext, the tag or the nonce", () => {
    const [prefix, iv, tag, data] = encryptCredentials(UPS, KEY).split(".");
    const flip = (part: string) => {
      const bytes = Buffer.from(part, "base64url");
      bytes[0] ^= 1;
      return bytes.toString("base64url");
    };
    for (const forged of [[prefix, iv, tag, flip(data)], [prefix, iv, flip(tag), data], [prefix, flip(iv), tag, data]]) {
      expect(() => decryptCredentials(forged.join("."), KEY)).toThrow(CredentialDecryptionError);
    }
  });

  it("binds a blob to its context so it cannot be moved to another shop's row", () => {
    const blob = encryptCredentials(UPS, KEY, "shop-a.myshopify.com:ups");
    expect(decryptCredentials(blob, KEY, "shop-a.myshopify.com:ups")).toEqual(UPS);
    expect(() => decryptCredentials(blob, KEY, "shop-b.myshopify.com:ups")).toThrow(CredentialDecryptionError);
  });

  it("rejects what is not a blob", () => {
    expect(() => decryptCredentials("{\"clientSecret\":\"plain\"}", KEY)).toThrow(/Not an encrypted credentials blob/);
    expect(() => decryptCredentials("pl1.AAAA.BBBB.CCCC", KEY)).toThrow(/truncated/);
  });
});
