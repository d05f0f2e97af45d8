// The order-status and Thank-you blocks as a shopper sees them: the real built bundles on the
// stand-in Polaris components, talking to a local stand-in of GET /api/tracking.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExtensions } from "../../extensions/build";
import { viewFixture } from "../../extensions/shared/tracking-view/view-fixtures";
import { ARTIFACTS, launchBrowser } from "../support/browser";
import { auditPage, focusedName } from "./shopper/a11y-audit";
import { startPreviewServer, type PreviewServer } from "./shopper/preview-server";

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  await buildExtensions({ write: true });
  server = await startPreviewServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 760, height: 1000 }, timezoneId: "Europe/Paris" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}${path}`);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe.each([
  ["order-status", "weather-delay.en"],
  ["order-status", "weather-delay.fr"],
  ["thank-you", "failed-attempt.en"],
  ["thank-you", "failed-attempt.fr"],
])("%s block with %s", (surface, fixture) => {
  const view = viewFixture(fixture);
  const shipment = view.shipments[0];

  it("shows the headline, the delivery range, progress and the pitfall banner in the shopper's language", async () => {
    const page = await open(`/preview/${surface}?fixture=${fixture}&locale=${view.locale}`);
    await page.getByRole("heading", { level: 3, name: shipment.headline }).waitFor();
    expect(await page.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual([view.labels.title]);
    await expect.poll(() => page.getByText(shipment.estimate!.text, { exact: true }).isVisible()).toBe(true);
    const banner = page.getByRole("status").filter({ hasText: shipment.banner!.title });
    expect(await banner.getByText(shipment.banner!.message).isVisible()).toBe(true);
    if (shipment.banner!.action?.url) {
      expect(await banner.getByRole("link", { name: shipment.banner!.action.label }).getAttribute("href")).toBe(shipment.banner!.action.url);
    }
    const progress = page.getByRole("progressbar", { name: shipment.milestoneLabel });
    if (shipment.progress.step >= 0) expect(await progress.getAttribute("aria-valuenow")).toBe(String(shipment.progress.step + 1));
    else expect(await progress.count()).toBe(0);

    const call = server.requests.filter((r) => r.path === "/api/tracking").at(-1)!;
    expect(call.headers.authorization).toBe("Bearer porchlight-preview-session-token");
    expect(call.query.get("order")).toBe(`gid://shopify/Order/${fixture}`);
    expect(call.query.get("locale")).toBe(view.locale);
    expect(call.query.get("surface")).toBe(surface);
    expect(call.query.get("tz")).toBe("Europe/Paris");
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `${surface}.${fixture}.png`), fullPage: true });
    await page.close();
  });
});

describe("order-status block", () => {
  it("opens and closes the timeline from the keyboard", async () => {
    const view = viewFixture("in-transit.en");
    const page = await open("/preview/order-status?fixture=in-transit.en&locale=en");
    await page.getByRole("heading", { level: 3, name: view.shipments[0].headline }).waitFor();
    expect(await page.getByRole("listitem").count()).toBe(0);
    await tabTo(page, view.labels.showDetails);
    await page.keyboard.press("Enter");
    const items = page.getByRole("listitem");
    await expect.poll(() => items.count()).toBe(view.shipments[0].timeline.length);
    expect(await items.first().innerText()).toContain(view.shipments[0].timeline[0].message);
    expect(await focusedName(page)).toBe(view.labels.hideDetails);
    await page.screenshot({ path: join(ARTIFACTS, "order-status.timeline-open.png"), fullPage: true });
    await page.keyboard.press("Space");
    await expect.poll(() => items.count()).toBe(0);
    expect(await focusedName(page)).toBe(view.labels.showDetails);
    await page.close();
  });

  it("shows pre-authenticated shoppers the status and asks them to sign in for details", async () => {
    const view = viewFixture("out-for-delivery.fr");
    const page = await open("/preview/order-status?fixture=out-for-delivery.fr&locale=fr&auth=pre");
    await page.getByRole("heading", { level: 3, name: view.shipments[0].headline }).waitFor();
    expect(await page.getByText(view.shipments[0].trackingNumber, { exact: false }).count()).toBe(0);
    expect(await page.getByRole("button", { name: view.labels.showDetails }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "order-status.pre-authenticated.png"), fullPage: true });
    await page.getByRole("button", { name: "Se connecter pour voir le détail" }).click();
    await page.getByRole("button", { name: view.labels.showDetails }).waitFor();
    expect(await page.getByText(`Numéro de suivi\u00a0: ${view.shipments[0].trackingNumber}`).isVisible()).toBe(true);
    await page.close();
  });

  it("announces loading, then shows an error with a retry that recovers", async () => {
    server.delayNext(1200);
    const page = await open("/preview/order-status?order=flaky.in-transit.en&locale=en");
    const loading = page.getByRole("status").filter({ hasText: "Loading delivery status…" });
    await loading.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, "order-status.loading.png") });
    const alert = page.getByRole("alert").filter({ hasText: "Delivery status isn't available right now" });
    await alert.waitFor();
    expect(await alert.getByText("We couldn't load the latest tracking information.", { exact: false }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "order-status.error.png"), fullPage: true });
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { level: 3, name: viewFixture("in-transit.en").shipments[0].headline }).waitFor();
    const calls = server.requests.filter((r) => r.query.get("order") === "gid://shopify/Order/flaky.in-transit.en");
    expect(calls.map((c) => c.status)).toEqual([503, 200]);
    await page.close();
  });

  it("lays out every shipment of a multi-shipment order", async () => {
    const view = viewFixture("multi-shipment.fr");
    const page = await open("/preview/order-status?fixture=multi-shipment.fr&locale=fr");
    await page.getByRole("heading", { level: 3, name: view.shipments[1].headline }).waitFor();
    expect(await page.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(view.shipments.map((s) => s.headline));
    expect(await page.getByRole("region", { name: "Envoi 2 sur 2" }).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("2");
    expect(await page.getByRole("separator").count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, "order-status.multi-shipment.fr.png"), fullPage: true });
    await page.close();
  });
});

describe("thank-you block", () => {
  it("says the order has not shipped while the backend has no tracking for it", async () => {
    const page = await open("/preview/thank-you?order=just-placed&locale=de");
    await page.getByText("Sobald deine Bestellung versandt ist, siehst du hier die Sendungsverfolgung.").waitFor();
    expect(await page.getByRole("heading", { level: 2 }).innerText()).toBe("Bestellung verfolgen");
    await page.close();
  });

  it("reads the view from a URL when the preview is given one", async () => {
    const page = await open("/preview/thank-you?fixture=in-transit.ja&locale=ja&mode=url");
    await page.getByRole("heading", { level: 3, name: viewFixture("in-transit.ja").shipments[0].headline }).waitFor();
    expect(await page.getByText("配送業者：ヤマト運輸").isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, "thank-you.in-transit.ja.png"), fullPage: true });
    await page.close();
  });
});

describe("accessibility", () => {
  it.each([
    ["order-status", "customs-hold.fr", ""],
    ["order-status", "multi-shipment.en", ""],
    ["order-status", "lost.en", "&auth=pre"],
    ["thank-you", "address-issue.fr", ""],
  ])("%s with %s: every control is reachable by Tab and named, text contrast ≥ 4.5:1", async (surface, fixture, extra) => {
    const view = viewFixture(fixture);
    const page = await open(`/preview/${surface}?fixture=${fixture}&locale=${view.locale}${extra}`);
    await page.getByRole("heading", { level: 3, name: view.shipments[0].headline }).waitFor();
    const audit = await auditPage(page);
    expect(audit.interactive.length).toBeGreaterThan(0);
    expect(audit.interactive.filter((control) => !control.name)).toEqual([]);
    expect(audit.unreachable).toEqual([]);
    expect(audit.contrast.checked).toBeGreaterThan(5);
    expect(audit.contrast.problems).toEqual([]);
    await page.close();
  });
});
