import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { SIGNATURE_HEADER, verify } from "./webhook";

const SECRET = "whsec-aftership-1";

describe("aftership webhook verification", () => {
  it("accepts the documented base64 HMAC-SHA256 of the raw body (vector computed with openssl)", () => {
    const body = '{"event":"tracking_update","msg":{"tracking_number":"1Z0V2W930396725847","tag":"Delivered"},"ts":1715973002}';
    expect(verify(body, { "aftership-hmac-sha256": "C2vQdrNiw2HRYnaIappiRXQog3mtDLCgemsPSlz3mlI=" }, SECRET)).toBe(true);
    expect(verify(Buffer.from(body), new Headers({ "AfterShip-Hmac-Sha256": "C2vQdrNiw2HRYnaIappiRXQog3mtDLCgemsPSlz3mlI=" }), SECRET)).toBe(true);
  });

  it("accepts a real webhook body signed with the secret and rejects every forgery", () => {
    const body = ownFixture("aftership", "webhook-info-received.json");
    const good = createHmac("sha256", SECRET).update(body).digest("base64");
    expect(verify(body, { [SIGNATURE_HEADER]: good }, SECRET)).toBe(true);

    const tampered = body.replace('"InfoReceived"', '"Delivered"');
    expect(tampered).not.toBe(body);
    expect(verify(tampered, { [SIGNATURE_HEADER]: good }, SECRET)).toBe(false);
    expect(verify(body, { [SIGNATURE_HEADER]: createHmac("sha256", "other-secret").update(body).digest("base64") }, SECRET)).toBe(false);
    expect(verify(body, { [SIGNATURE_HEADER]: createHmac("sha256", SECRET).update(body).digest("hex") }, SECRET)).toBe(false);
    expect(verify(body, { [SIGNATURE_HEADER]: good.slice(0, -4) }, SECRET)).toBe(false);
    expect(verify(body, {}, SECRET)).toBe(false);
    expect(verify(body, { [SIGNATURE_HEADER]: good }, "")).toBe(false);
  });
});
