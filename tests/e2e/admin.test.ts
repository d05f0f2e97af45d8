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

  it("answers 404 for a shipment that does not exist", async () => {
    const res = await fetch(`${demo.url}/app/shipments/does-not-exist`);
    expect(res.status).toBe(404);
  });
});
