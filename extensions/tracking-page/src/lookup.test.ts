import { describe, expect, it, vi } from "vitest";
import { viewFixture } from "../../shared/tracking-view/view-fixtures";
import { checkQuery, lookupTracking, lookupUrl } from "./lookup";

describe("checkQuery", () => {
  it("prefers a tracking number and trims what the shopper typed", () => {
    expect(checkQuery({ order: "#1042", email: "", tracking: "  1Z5R89390357567127 " })).toEqual({
      ok: true,
      query: { kind: "tracking", tracking: "1Z5R89390357567127" },
    });
    expect(checkQuery({ order: " #1042 ", email: " ana@example.com ", tracking: "" })).toEqual({
      ok: true,
      query: { kind: "order", order: "#1042", email: "ana@example.com" },
    });
  });

  it("names the field to fix", () => {
    expect(checkQuery({ order: "", email: "", tracking: "" })).toEqual({ ok: false, reason: "missingFields", field: "order" });
    expect(checkQuery({ order: "1042", email: " ", tracking: "" })).toEqual({ ok: false, reason: "missingFields", field: "email" });
    expect(checkQuery({ order: "1042", email: "ana@", tracking: "" })).toEqual({ ok: false, reason: "invalidEmail", field: "email" });
  });
});

describe("checkQuery for a signed-in customer", () => {
  it("needs only the order number, and says so when it is missing", () => {
    expect(checkQuery({ order: " #1042 ", email: "", tracking: "" }, true)).toEqual({ ok: true, query: { kind: "order", order: "#1042", email: null } });
    expect(checkQuery({ order: "", email: "", tracking: "" }, true)).toEqual({ ok: false, reason: "missingOrder", field: "order" });
    expect(checkQuery({ order: "", email: "", tracking: "1Z5R89390357567127" }, true)).toEqual({ ok: true, query: { kind: "tracking", tracking: "1Z5R89390357567127" } });
    expect(lookupUrl("/apps/porchlight/track", { kind: "order", order: "#1042", email: null }, "en")).toBe("/apps/porchlight/track?format=json&order=%231042&locale=en");
  });
});

describe("lookupUrl", () => {
  it("asks the app proxy for JSON with either the order and email or the tracking number", () => {
    expect(lookupUrl("/apps/porchlight/track", { kind: "order", order: "#1042", email: "ana+1@example.com" }, "fr")).toBe(
      "/apps/porchlight/track?format=json&order=%231042&email=ana%2B1%40example.com&locale=fr",
    );
    expect(lookupUrl("/apps/porchlight/track", { kind: "tracking", tracking: "1Z5R89390357567127" }, null)).toBe(
      "/apps/porchlight/track?format=json&tracking=1Z5R89390357567127",
    );
    expect(lookupUrl("/apps/porchlight/track", { kind: "tracking", tracking: "1Z5R89390357567127" }, "de", "Europe/Berlin")).toBe(
      "/apps/porchlight/track?format=json&tracking=1Z5R89390357567127&locale=de&tz=Europe%2FBerlin",
    );
  });
});

describe("lookupTracking", () => {
  const respond = (status: number, body: unknown): typeof fetch =>
    vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));

  it("returns the view, or one of three outcomes the page explains", async () => {
    const view = viewFixture("out-for-delivery.fr");
    expect(await lookupTracking("/x", respond(200, view))).toEqual({ kind: "ready", view });
    expect(await lookupTracking("/x", respond(404, { error: "no match" }))).toEqual({ kind: "not-found" });
    expect(await lookupTracking("/x", respond(429, ""))).toEqual({ kind: "rate-limited" });
    expect(await lookupTracking("/x", respond(502, ""))).toEqual({ kind: "unavailable" });
    expect(await lookupTracking("/x", respond(200, "<!doctype html>"))).toEqual({ kind: "unavailable" });
    const offline: typeof fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await lookupTracking("/x", offline)).toEqual({ kind: "unavailable" });
  });
});
