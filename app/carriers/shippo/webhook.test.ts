import { describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { verify, webhookUrl } from "./webhook";

const TOKEN = "d4c1f0a8e27b4b6f9c3e5a7d1b2c3e4f";

describe("shippo webhook verification", () => {
  const body = ownFixture("shippo", "webhook-track-updated-attempt.json");

  it("accepts a push to the registered URL, which carries the shared token", () => {
    const url = webhookUrl("https://porchlight.example/webhooks/shippo", TOKEN);
    expect(url).toBe(`https://porchlight.example/webhooks/shippo?token=${TOKEN}`);
    expect(verify(body, {}, TOKEN, url)).toBe(true);
    expect(verify(body, {}, TOKEN, `/webhooks/shippo?token=${TOKEN}`)).toBe(true);
  });

  it("rejects a wrong, truncated, missing or repeated-elsewhere token", () => {
    expect(verify(body, {}, TOKEN, `/webhooks/shippo?token=${TOKEN.slice(0, -1)}`)).toBe(false);
    expect(verify(body, {}, TOKEN, `/webhooks/shippo?token=${TOKEN.toUpperCase()}`)).toBe(false);
    expect(verify(body, {}, TOKEN, "/webhooks/shippo")).toBe(false);
    expect(verify(body, {}, TOKEN, `/webhooks/shippo?other=${TOKEN}`)).toBe(false);
    expect(verify(body, { "x-token": TOKEN }, TOKEN)).toBe(false);
    expect(verify(body, {}, "", "/webhooks/shippo?token=")).toBe(false);
  });
});
