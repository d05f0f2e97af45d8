import { describe, expect, it, vi } from "vitest";
import { redirectedRequest } from "./fetch-redirect";
import { signal, translator } from "./shopify-global";

describe("translator", () => {
  it("looks dotted keys up and fills {{placeholders}} like Shopify's i18n.translate", () => {
    const t = translator({ retry: "Réessayer", banner: { eta: "Arrive {{day}}", missing: 3 } });
    expect(t("retry")).toBe("Réessayer");
    expect(t("banner.eta", { day: "jeudi" })).toBe("Arrive jeudi");
    expect(t("banner.eta")).toBe("Arrive {{day}}");
    expect(t("banner.missing")).toBe("banner.missing");
    expect(t("nope.deeper")).toBe("nope.deeper");
  });
});

describe("signal", () => {
  it("notifies subscribers until they unsubscribe", () => {
    const state = signal<"pre_authenticated" | "fully_authenticated">("pre_authenticated");
    const listener = vi.fn();
    const stop = state.subscribe(listener);
    state.set("fully_authenticated");
    stop();
    state.set("pre_authenticated");
    expect(listener.mock.calls).toEqual([["fully_authenticated"]]);
    expect(state.value).toBe("pre_authenticated");
  });
});

describe("redirectedRequest", () => {
  const page = "http://127.0.0.1:4000/preview/order-status";
  const api = "https://porchlight.example.com/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F1&locale=fr";
  const proxy = "/apps/porchlight/track?format=json&tracking=1Z";

  it("leaves unrelated requests alone", () => {
    expect(redirectedRequest("https://cdn.example.com/app.js", { mode: "base", base: "/" }, page)).toBeNull();
    expect(redirectedRequest("/api/other", { mode: "inline", view: {} }, page)).toBeNull();
  });

  it("keeps path and query on a new base, or swaps in a view URL, or answers inline", () => {
    expect(redirectedRequest(api, { mode: "base", base: "/" }, page)).toBe(
      "http://127.0.0.1:4000/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F1&locale=fr",
    );
    expect(redirectedRequest(api, { mode: "base", base: "http://127.0.0.1:9/preview/" }, page)).toBe(
      "http://127.0.0.1:9/preview/api/tracking?order=gid%3A%2F%2Fshopify%2FOrder%2F1&locale=fr",
    );
    expect(redirectedRequest(proxy, { mode: "base", base: "/" }, page)).toBe("http://127.0.0.1:4000/apps/porchlight/track?format=json&tracking=1Z");
    expect(redirectedRequest(proxy, { mode: "url", url: "/views/9.json" }, page)).toBe("http://127.0.0.1:4000/views/9.json");
    expect(redirectedRequest(api, { mode: "inline", view: { order: 1 } }, page)).toEqual({ inline: { order: 1 } });
  });
});
