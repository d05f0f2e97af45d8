import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { verify } from "./webhook";

describe("easypost webhook verification", () => {
  it("accepts hmac-sha256-hex= plus the hex HMAC of the raw body (vector computed with openssl)", () => {
    const body = '{"description":"tracker.updated","object":"Event","result":{"tracking_code":"EZ1000000001"}}';
    const header = "hmac-sha256-hex=bb298c3af4cc6b13e73c490e24c5cf871e48dcc447e0d1e9cc5240ae5c4a80bc";
    expect(verify(body, { "X-Hmac-Signature": header }, "secret")).toBe(true);
    expect(verify(body, new Headers({ "x-hmac-signature": header }), "secret")).toBe(true);
  });

  it("normalizes the secret with NFKD, as EasyPost does", () => {
    const body = ownFixture("easypost", "event-tracker-updated-attempt.json");
    const header = `hmac-sha256-hex=${createHmac("sha256", "secret").update(body).digest("hex")}`;
    // Full-width letters decompose to ASCII under NFKD.
    expect(verify(body, { "x-hmac-signature": header }, "ｓｅｃｒｅｔ")).toBe(true);
    const decomposed = `hmac-sha256-hex=${createHmac("sha256", Buffer.from("cafe\u0301", "utf8")).update(body).digest("hex")}`;
    expect(verify(body, { "x-hmac-signature": decomposed }, "caf\u00e9")).toBe(true);
  });

  it("rejects forged, tampered and unsigned events", () => {
    const body = ownFixture("easypost", "event-return-to-sender.json");
    const hex = createHmac("sha256", "whsec-ep").update(body).digest("hex");
    expect(verify(body, { "x-hmac-signature": `hmac-sha256-hex=${hex}` }, "whsec-ep")).toBe(true);
    expect(verify(body.replace("return_to_sender", "delivered"), { "x-hmac-signature": `hmac-sha256-hex=${hex}` }, "whsec-ep")).toBe(false);
    expect(verify(body, { "x-hmac-signature": hex }, "whsec-ep")).toBe(false);
    expect(verify(body, { "x-hmac-signature": `hmac-sha256-hex=${hex}` }, "whsec-other")).toBe(false);
    expect(verify(body, { "x-hmac-signature": `hmac-sha256-hex=${"0".repeat(64)}` }, "whsec-ep")).toBe(false);
    expect(verify(body, {}, "whsec-ep")).toBe(false);
  });
});
