// The storefront tracking page (theme app extension island) as a shopper uses it: the built
// porchlight-track.js in a theme-like page, looking parcels up through a stand-in app proxy.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExtensions, EXTENSIONS_DIR } from "../../extensions/build";
import { writeStaticPreviews } from "../../extensions/shared/preview/static-previews.server";
import { storefrontStrings } from "../../extensions/shared/preview/render-preview.server";
import { viewFixture } from "../../extensions/shared/tracking-view/view-fixtures";
import { ARTIFACTS, launchBrowser } from "../support/browser";
import { auditPage, focusedName } from "./shopper/a11y-audit";
import { SHOPPER_EMAIL, startPreviewServer, type PreviewServer } from "./shopper/preview-server";

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  await buildExtensions({ write: true });
  writeStaticPreviews(EXTENSIONS_DIR); // a fresh clone has none yet
  server = await startPreviewServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fr = storefrontStrings(EXTENSIONS_DIR, "fr").strings;
const en = storefrontStrings(EXTENSIONS_DIR, "en").strings;

async function trackingPage(locale: string, signedIn = false): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 }, timezoneId: "Europe/Paris" });
  await page.goto(`${server.url}/preview/tracking-page?locale=${locale}${signedIn ? "&signedIn=1" : ""}`);
  await page.getByRole("button", { name: locale === "fr" ? fr.submit : en.submit }).waitFor();
  return page;
}

async function lookUp(page: Page, fields: { order?: string; email?: string; tracking?: string }, strings = en): Promise<void> {
  await page.getByLabel(strings.orderNumber).fill(fields.order ?? "");
  await page.getByLabel(strings.email).fill(fields.email ?? "");
  await page.getByLabel(strings.trackingNumber).fill(fields.tracking ?? "");
  await page.getByRole("button", { name: strings.submit }).click();
}

describe("storefront tracking page", () => {
  it("finds an order by number and email, typed and submitted with the keyboard", async () => {
    const view = viewFixture("weather-delay.fr");
    const shipment = view.shipments[0];
    const page = await trackingPage("fr");
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe(fr.orderNumber);
    await page.keyboard.type("#2046");
    await page.keyboard.press("Tab");
    await page.keyboard.type(SHOPPER_EMAIL);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 4, name: shipment.headline }).waitFor();
    expect(await page.getByRole("heading", { level: 3 }).innerText()).toBe("Commande #2046");
    expect(await page.getByText(`${view.labels.estimatedDelivery}\u00a0: ${shipment.estimate!.text}`).isVisible()).toBe(true);
    const banner = page.getByRole("status").filter({ hasText: shipment.banner!.title });
    expect(await banner.getByText(shipment.banner!.message).isVisible()).toBe(true);
    expect(await page.getByRole("progressbar", { name: shipment.milestoneLabel }).getAttribute("aria-valuenow")).toBe("2");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("pl-results");

    const call = server.requests.filter((r) => r.path === "/apps/porchlight/track").at(-1)!;
    expect(Object.fromEntries(call.query)).toEqual({ format: "json", order: "#2046", email: SHOPPER_EMAIL, locale: "fr", tz: "Europe/Paris" }); // the shopper's own zone, from the browser
    await page.screenshot({ path: join(ARTIFACTS, "tracking-page.weather-delay.fr.png"), fullPage: true });
    await page.close();
  });

  it("finds a parcel by tracking number and toggles its timeline from the keyboard", async () => {
    const view = viewFixture("customs-hold.en");
    const page = await trackingPage("en");
    await lookUp(page, { tracking: "3318810025" });
    await page.getByRole("heading", { level: 4, name: view.shipments[0].headline }).waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    const banner = page.getByRole("status").filter({ hasText: view.shipments[0].banner!.title });
    expect(await banner.getByRole("link", { name: view.shipments[0].banner!.action!.label }).getAttribute("href")).toBe(view.shipments[0].banner!.action!.url);

    const toggle = page.getByRole("button", { name: view.labels.showDetails });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    const expanded = page.getByRole("button", { name: view.labels.hideDetails });
    expect(await expanded.getAttribute("aria-expanded")).toBe("true");
    const list = page.locator(`#${await expanded.getAttribute("aria-controls")}`);
    expect(await list.getByRole("listitem").count()).toBe(view.shipments[0].timeline.length);
    await page.screenshot({ path: join(ARTIFACTS, "tracking-page.customs-hold.en.png"), fullPage: true });
    await page.keyboard.press("Space");
    expect(await page.getByRole("button", { name: view.labels.showDetails }).getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("listitem").count()).toBe(0);
    await page.close();
  });

  it("answers a wrong email and an unknown order with the same words", async () => {
    const page = await trackingPage("en");
    await lookUp(page, { order: "#1046", email: "someone.else@example.com" });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.innerText()).toBe(en.notFound);
    await lookUp(page, { order: "#9999", email: SHOPPER_EMAIL });
    await expect.poll(() => server.requests.filter((r) => r.query.get("order") === "#9999").length).toBe(1);
    await expect.poll(() => alert.innerText()).toBe(en.notFound);
    expect(server.requests.filter((r) => r.path === "/apps/porchlight/track").slice(-2).map((r) => r.status)).toEqual([404, 404]);
    await page.screenshot({ path: join(ARTIFACTS, "tracking-page.not-found.png"), fullPage: true });
    await page.close();
  });

  it("asks a signed-in customer only for the order number", async () => {
    const page = await trackingPage("fr", true);
    expect(await page.getByRole("group", { name: fr.orderLegendSignedIn }).isVisible()).toBe(true);
    expect(await page.getByLabel(fr.email).count()).toBe(0);
    await page.getByRole("button", { name: fr.submit }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe(fr.missingOrder);
    expect(await focusedName(page)).toBe(fr.orderNumber);

    await page.getByLabel(fr.orderNumber).fill("#2046");
    await page.keyboard.press("Enter");
    const view = viewFixture("weather-delay.fr");
    await page.getByRole("heading", { level: 4, name: view.shipments[0].headline }).waitFor();
    const call = server.requests.filter((r) => r.path === "/apps/porchlight/track").at(-1)!;
    expect(call.query.has("email")).toBe(false); // the proxy says who they are
    expect(call.status).toBe(200);
    await page.screenshot({ path: join(ARTIFACTS, "tracking-page.signed-in.fr.png"), fullPage: true });
    await page.close();
  });

  it("asks the shopper to wait when the proxy rate-limits", async () => {
    const page = await trackingPage("fr");
    await lookUp(page, { tracking: "RATELIMIT" }, fr);
    await expect.poll(() => page.getByRole("alert").innerText()).toBe(fr.rateLimited);
    await page.close();
  });

  it("points at the missing field before asking the proxy anything", async () => {
    const page = await trackingPage("en");
    const before = server.requests.length;
    await lookUp(page, { order: "#1046" });
    await expect.poll(() => page.getByRole("alert").innerText()).toBe(en.missingFields);
    const email = page.getByLabel(en.email);
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.getAttribute("aria-describedby")).toBe(await page.getByRole("alert").getAttribute("id"));
    expect(await focusedName(page)).toBe(en.email);
    await page.getByLabel(en.email).fill("not-an-email");
    await page.getByRole("button", { name: en.submit }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toBe(en.invalidEmail);
    expect(server.requests.length).toBe(before);
    await page.close();
  });

  it("looks up the view of a static preview page on load", async () => {
    const view = viewFixture("failed-attempt.fr");
    const page = await browser.newPage();
    await page.goto(`${server.url}/static/tracking-page.failed-attempt.fr.html`);
    await page.getByRole("heading", { level: 4, name: view.shipments[0].headline }).waitFor();
    expect(await page.getByLabel(fr.trackingNumber).inputValue()).toBe(view.shipments[0].trackingNumber);
    await page.close();
  });

  it("is keyboard reachable, named and readable, before and after a lookup", async () => {
    const page = await trackingPage("en");
    const form = await auditPage(page);
    expect(form.interactive.map((c) => c.name)).toEqual([en.orderNumber, en.email, en.trackingNumber, en.submit]);
    expect(form.unreachable).toEqual([]);
    expect(form.contrast.problems).toEqual([]);

    const attempt = viewFixture("failed-attempt.en").shipments[0];
    await lookUp(page, { order: "#1048", email: SHOPPER_EMAIL });
    await page.getByRole("heading", { level: 4, name: attempt.headline }).waitFor();
    const results = await auditPage(page);
    expect(results.interactive.filter((c) => !c.name)).toEqual([]);
    expect(results.interactive.map((c) => c.name)).toContain(attempt.banner!.action!.label);
    expect(results.unreachable).toEqual([]);
    expect(results.contrast.checked).toBeGreaterThan(10);
    expect(results.contrast.problems).toEqual([]);
    await page.close();
  });
});

describe("the in-page accessibility audit", () => {
  it("flags unnamed controls, controls Tab skips and faint text", async () => {
    const page = await browser.newPage();
    await page.setContent(`<main style="background:#fff">
      <button>Named</button>
      <button aria-label=""></button>
      <a href="#x" tabindex="-1">Skipped link</a>
      <p style="color:#aaaaaa">Faint grey text</p>
      <p style="color:#595959">Dark enough text</p>
      <div id="host">Slotted name</div>
    </main>`);
    await page.evaluate(() => {
      document.getElementById("host")!.attachShadow({ mode: "open" }).innerHTML = "<button><slot></slot></button>";
    });
    const audit = await auditPage(page);
    expect(audit.interactive.map((c) => c.name)).toEqual(["Named", "", "Skipped link", "Slotted name"]);
    expect(audit.unreachable).toEqual([2]);
    expect(audit.contrast.problems.map((p) => p.text)).toEqual(["Faint grey text"]);
    await page.close();
  });
});
