// The demo as a merchant sees it: `npm run demo`, then the admin in a real Chromium.
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchBrowser } from "../support/browser";
import { startDemo, type DemoServer } from "../support/demo-server";

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemo({ DEMO_ORDERS: "300" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

function dbCount(sql: string): number {
  const conn = new Database(demo.databaseUrl.replace(/^file:/, ""), { readonly: true });
  const row = conn.prepare(sql).get() as { n: number };
  conn.close();
  return row.n;
}

describe("admin dashboard (demo)", () => {
  it("renders the seeded shop's figures and the shipments that need attention", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const res = await page.goto(`${demo.url}/app`);
    expect(res?.status()).toBe(200);
    await page.getByRole("heading", { name: "Delivery overview" }).waitFor();
    expect(await page.locator("#stat-orders").innerText()).toBe("300");
    const shipments = dbCount("SELECT count(*) AS n FROM Shipment");
    expect(await page.locator("#stat-shipments").innerText()).toBe(shipments.toLocaleString("en"));
    expect(await page.locator("#stat-open-alerts").innerText()).toBe(dbCount("SELECT count(*) AS n FROM Alert WHERE status = 'open'").toLocaleString("en"));
    expect(dbCount("SELECT count(*) AS n FROM Alert")).toBeGreaterThan(20);
    // Shoppers who checked their tracking in the last 30 days (the demo seeds some).
    const recent = `FROM ShopperView WHERE viewedAt >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')`;
    const views = dbCount(`SELECT count(*) AS n ${recent}`);
    expect(views).toBeGreaterThan(50);
    expect(await page.locator("#views-total").innerText()).toBe(views.toLocaleString("en"));
    expect(await page.locator("#views-orders").innerText()).toBe(dbCount(`SELECT count(DISTINCT orderId) AS n ${recent}`).toLocaleString("en"));
    await page.getByText("Thank-you page", { exact: true }).waitFor();
    const exceptions = dbCount("SELECT count(*) AS n FROM Shipment WHERE milestone = 'exception'");
    expect(exceptions).toBeGreaterThan(0);
    const statusRow = page.getByRole("row", { name: /^Delivery issue/ });
    await expect.poll(() => statusRow.innerText()).toContain(String(exceptions));
    await page.screenshot({ path: join(ARTIFACTS, "dashboard.png"), fullPage: true });
    await page.close();
  });

  it("opens a shipment from the list and shows its scans", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${demo.url}/app/shipments?milestone=delivered`);
    await page.getByRole("heading", { name: "Shipments" }).waitFor();
    const firstOrder = page.locator("table a").first();
    const orderName = await firstOrder.innerText();
    await firstOrder.click();
    await page.getByRole("heading", { name: new RegExp(orderName) }).waitFor();
    await expect.poll(() => page.locator("table").innerText()).toContain("delivered.");
    await expect.poll(() => page.locator("table").innerText()).toMatch(/UTC[+-]\d\d:\d\d/);
    await page.screenshot({ path: join(ARTIFACTS, "shipment.png"), fullPage: true });
    await page.close();
  });

  it("previews the order-status block for seeded orders with the right headline and banner, in English and French", async () => {
    const conn = new Database(demo.databaseUrl.replace(/^file:/, ""), { readonly: true });
    const pick = (code: string) =>
      (conn.prepare(`SELECT o.name AS name FROM "Shipment" s JOIN "Order" o ON o.id = s.orderId WHERE s.statusCode = ? LIMIT 1`).get(code) as { name: string }).name;
    const customs = pick("exception.customs_hold");
    const delivered = pick("delivered.delivered");
    conn.close();
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const cases = [
      { order: customs, locale: "en", headline: /Customs/, banner: /customs/i },
      { order: customs, locale: "fr", headline: /Douane/, banner: /douane/i },
      { order: delivered, locale: "en", headline: /^Delivered /, banner: null },
      { order: delivered, locale: "fr", headline: /^Livré /, banner: null },
    ];
    for (const c of cases) {
      const res = await page.goto(`${demo.url}/preview/order-status?order=${encodeURIComponent(c.order)}&locale=${c.locale}`);
      expect(res?.status()).toBe(200);
      const heading = page.getByRole("heading", { level: 3 }).first();
      await expect.poll(() => heading.innerText()).toMatch(c.headline);
      const banners = page.locator("[role=status], [role=alert]");
      if (c.banner) await expect.poll(() => banners.first().innerText()).toMatch(c.banner);
      await page.screenshot({ path: join(ARTIFACTS, `preview-${c.order.slice(1)}-${c.locale}.png`) });
    }
    await page.close();
  });

  it("lets the merchant tune alert rules and save them", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${demo.url}/app/settings`);
    await page.getByRole("heading", { name: "Alert settings" }).waitFor();
    expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(30);
    const hours = page.locator('input[name="silent_carrier.hours"]');
    await hours.fill("36");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Settings saved").waitFor();
    const conn = new Database(demo.databaseUrl.replace(/^file:/, ""), { readonly: true });
    const settings = JSON.parse((conn.prepare(`SELECT settings FROM "Shop"`).get() as { settings: string }).settings);
    conn.close();
    expect(settings.pitfalls.silent_carrier.hours).toBe(36);
    await page.screenshot({ path: join(ARTIFACTS, "settings.png") });
    await page.close();
  });

  it("answers 404 for a shipment that does not exist", async () => {
    const res = await fetch(`${demo.url}/app/shipments/does-not-exist`);
    expect(res.status).toBe(404);
  });
});
