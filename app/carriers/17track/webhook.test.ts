import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { verify } from "./webhook";

const KEY = "17track-key-1";

describe("17track webhook verification", () => {
  it("accepts sign = hex SHA-256 of body + '/' + key (vector computed with sha256sum)", () => {
    const body = '{"event":"TRACKING_UPDATED","data":{"number":"YT2509412345678901"}}';
    const sign = "941d7e78b2b50a3baa706e824eb0ebedfb8b628551fcc4f9348321e64a492f66";
    expect(verify(body, { sign }, KEY)).toBe(true);
    expect(verify(body, new Headers({ Sign: sign.toUpperCase() }), KEY)).toBe(true);
  });

  it("accepts a real push and rejects forgeries", () => {
    const body = ownFixture("17track", "webhook-tracking-stopped.json");
    const sign = createHash("sha256").update(`${body}/${KEY}`).digest("hex");
    expect(verify(body, { sign }, KEY)).toBe(true);
    expect(verify(body, { sign }, "another-key")).toBe(false);
    expect(verify(`${body} `, { sign }, KEY)).toBe(false);
    expect(verify(body, { sign: createHash("sha256").update(body).digest("hex") }, KEY)).toBe(false);
    expect(verify(body, { sign: createHash("sha256").update(`${body}${KEY}`).digest("hex") }, KEY)).toBe(false);
    expect(verify(body, {}, KEY)).toBe(false);
  });
});
