import { describe, expect, it, vi } from "vitest";
import { viewFixture } from "../tracking-view/view-fixtures";
import { loadTrackingView, trackingUrl } from "./fetch-view";

const view = viewFixture("weather-delay.fr");
const orderId = "gid://shopify/Order/5512";

function respond(status: number, body: unknown): typeof fetch {
  return vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status }));
}

describe("trackingUrl", () => {
  it("names the order, the asking surface, and the shopper's language and time zone", () => {
    expect(trackingUrl("https://app.example.com/", { orderId, surface: "order-status", locale: "fr-CA", timeZone: "America/Montreal" })).toBe(
      "https://app.example.com/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F5512&surface=order-status&locale=fr-CA&tz=America%2FMontreal",
    );
    expect(trackingUrl("https://app.example.com", { orderId, surface: "thank-you", locale: null, timeZone: null })).toBe(
      "https://app.example.com/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F5512&surface=thank-you",
    );
  });
});

describe("loadTrackingView", () => {
  it("sends a fresh session token with every request and returns the view", async () => {
    const tokens = ["token-1", "token-2"];
    const getToken = vi.fn(async () => tokens.shift()!);
    const fetchImpl = respond(200, view);
    const input = { appUrl: "https://app.example.com", orderId, surface: "order-status" as const, locale: "fr", timeZone: null, getToken, fetchImpl };
    expect(await loadTrackingView(input)).toEqual({ kind: "ready", view });
    await loadTrackingView(input);
    const calls = vi.mocked(fetchImpl).mock.calls;
    expect(calls.map(([, init]) => (init?.headers as Record<string, string>).Authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(calls[0][0]).toBe("https://app.example.com/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F5512&surface=order-status&locale=fr");
  });

  it("tells 'no tracking yet' (404) apart from failures", async () => {
    const base = { appUrl: "https://app.example.com", orderId, surface: "thank-you" as const, locale: null, timeZone: null, getToken: async () => "t" };
    expect(await loadTrackingView({ ...base, fetchImpl: respond(404, { error: "not found" }) })).toEqual({ kind: "not-found" });
    expect(await loadTrackingView({ ...base, fetchImpl: respond(401, "") })).toEqual({ kind: "error", status: 401 });
    expect(await loadTrackingView({ ...base, fetchImpl: respond(503, "") })).toEqual({ kind: "error", status: 503 });
  });

  it("turns network errors, token errors and unusable bodies into an error state", async () => {
    const base = { appUrl: "https://app.example.com", orderId, surface: "thank-you" as const, locale: null, timeZone: null, getToken: async () => "t" };
    const offline: typeof fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await loadTrackingView({ ...base, fetchImpl: offline })).toEqual({ kind: "error", status: null });
    const noToken = async () => {
      throw new Error("session expired");
    };
    expect(await loadTrackingView({ ...base, getToken: noToken, fetchImpl: respond(200, view) })).toEqual({ kind: "error", status: null });
    expect(await loadTrackingView({ ...base, fetchImpl: respond(200, "<html>") })).toEqual({ kind: "error", status: 200 });
    expect(await loadTrackingView({ ...base, fetchImpl: respond(200, { shipments: [] }) })).toEqual({ kind: "error", status: 200 });
  });
});
