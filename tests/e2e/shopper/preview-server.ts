// A tiny local server for the shopper-surface browser tests: serves preview pages (rendered with
// renderPreviewDocument), the static previews, and stand-ins for the two backend routes the
// surfaces call — GET /api/tracking (session token) and GET /apps/porchlight/track (app proxy) —
// answering from app/tracking/view/fixtures.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { TrackingView } from "../../../app/tracking/view/types";
import { EXTENSIONS_DIR } from "../../../extensions/build";
import type { PreviewSurface } from "../../../extensions/shared/polaris-standin/preview-config";
import { DEFAULT_PREVIEW_SESSION_TOKEN, renderPreviewDocument } from "../../../extensions/shared/preview/render-preview.server";
import { viewFixture, viewFixtureNames } from "../../../extensions/shared/tracking-view/view-fixtures";

export const SHOPPER_EMAIL = "shopper@example.com";

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface PreviewServer {
  url: string;
  requests: RecordedRequest[];
  /** Delay (ms) before answering the next backend request. */
  delayNext(ms: number): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = "application/json", headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": `${type}; charset=utf-8`, "Cache-Control": "no-store", ...headers });
  res.end(body);
}

/** Fixture for an order gid like gid://shopify/Order/weather-delay.fr; "flaky." fails once first. */
function fixtureForOrder(orderId: string | null): string | null {
  const name = orderId?.replace(/^gid:\/\/shopify\/Order\//, "").replace(/^flaky\./, "") ?? "";
  return viewFixtureNames().includes(name) ? name : null;
}

/** As the app proxy would answer: a signed-in shopper (the preview's customer cookie) owns every
 *  fixture order and needs no email. */
function storefrontLookup(query: URLSearchParams, signedIn: boolean): TrackingView | null {
  const language = (query.get("locale") ?? "en").split("-")[0];
  const views = viewFixtureNames().map(viewFixture);
  const tracking = query.get("tracking");
  if (tracking) {
    const ownLanguage = views.filter((view) => view.locale === language);
    return [...ownLanguage, ...views].find((view) => view.shipments.some((s) => s.trackingNumber === tracking)) ?? null;
  }
  const order = (query.get("order") ?? "").replace(/^#?/, "#");
  const email = (query.get("email") ?? "").toLowerCase();
  return email === SHOPPER_EMAIL || (signedIn && !email) ? (views.find((view) => view.order.name === order) ?? null) : null;
}

export async function startPreviewServer(): Promise<PreviewServer> {
  const requests: RecordedRequest[] = [];
  const failedOnce = new Set<string>();
  let delay = 0;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const query = url.searchParams;
    const record = (status: number) => requests.push({ path: url.pathname, query, headers: req.headers, status });

    const preview = /^\/preview\/(order-status|thank-you|tracking-page)$/.exec(url.pathname);
    if (preview) {
      const surface = preview[1] as PreviewSurface;
      const fixture = query.get("fixture");
      const mode = query.get("mode") ?? "api";
      const html = renderPreviewDocument({
        surface,
        locale: query.get("locale") ?? undefined,
        view: mode === "inline" && fixture ? viewFixture(fixture) : undefined,
        viewJsonUrl: mode === "url" && fixture ? `/fixtures/${fixture}.json` : undefined,
        orderId: `gid://shopify/Order/${query.get("order") ?? fixture ?? "none"}`,
        authenticationState: query.get("auth") === "pre" ? "pre_authenticated" : "fully_authenticated",
        signedIn: query.get("signedIn") === "1",
        extensionsDir: EXTENSIONS_DIR,
      });
      // A signed-in storefront session, which Shopify's proxy turns into logged_in_customer_id.
      const session = query.get("signedIn") === "1" ? "customer=shopper; Path=/" : "customer=; Path=/; Max-Age=0";
      return send(res, 200, html, "text/html", { "Set-Cookie": session });
    }

    const fixtureFile = /^\/fixtures\/([\w.-]+)\.json$/.exec(url.pathname);
    if (fixtureFile && viewFixtureNames().includes(fixtureFile[1])) return send(res, 200, JSON.stringify(viewFixture(fixtureFile[1])));

    const staticPage = /^\/static\/([\w.-]+\.html)$/.exec(url.pathname);
    if (staticPage) {
      const path = join(EXTENSIONS_DIR, "shared", "dist", "previews", staticPage[1]);
      return existsSync(path) ? send(res, 200, readFileSync(path, "utf8"), "text/html") : send(res, 404, "{}");
    }

    if (url.pathname === "/api/tracking" || url.pathname === "/apps/porchlight/track") {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      delay = 0;
    }

    if (url.pathname === "/api/tracking") {
      if (req.headers.authorization !== `Bearer ${DEFAULT_PREVIEW_SESSION_TOKEN}`) {
        record(401);
        return send(res, 401, JSON.stringify({ error: "unauthorized" }));
      }
      const orderId = query.get("order") ?? "";
      if (orderId.includes("/flaky.") && !failedOnce.has(orderId)) {
        failedOnce.add(orderId);
        record(503);
        return send(res, 503, JSON.stringify({ error: "unavailable" }));
      }
      const fixture = fixtureForOrder(orderId);
      if (!fixture) {
        record(404);
        return send(res, 404, JSON.stringify({ error: "not_found" }));
      }
      const body = JSON.stringify(viewFixture(fixture));
      const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
      if (req.headers["if-none-match"] === etag) {
        record(304);
        res.writeHead(304, { ETag: etag });
        return res.end();
      }
      record(200);
      return send(res, 200, body, "application/json", { ETag: etag });
    }

    if (url.pathname === "/apps/porchlight/track") {
      if (query.get("format") !== "json") return send(res, 400, "{}");
      if (query.get("tracking") === "RATELIMIT") {
        record(429);
        return send(res, 429, JSON.stringify({ error: "rate_limited" }), "application/json", { "Retry-After": "60" });
      }
      const view = storefrontLookup(query, /(?:^|;\s*)customer=shopper(?:;|$)/.test(req.headers.cookie ?? ""));
      record(view ? 200 : 404);
      return view ? send(res, 200, JSON.stringify(view)) : send(res, 404, JSON.stringify({ error: "not_found" }));
    }

    send(res, 404, JSON.stringify({ error: "no route" }));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delayNext: (ms) => {
      delay = ms;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
