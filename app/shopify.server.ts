// The one shopifyApp() instance (Shopify's Remix template shape). In demo mode it runs with demo
// credentials; the admin routes then skip Shopify's login (see app/services/admin-context.server.ts).
import "@shopify/shopify-app-remix/adapters/node";
import { AppDistribution, LogSeverity, shopifyApp } from "@shopify/shopify-app-remix/server";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { db } from "./db.server";
import { env } from "./env.server";
import { queue } from "./jobs/index.server";
import { apiVersion } from "./shopify-api-version";

export { apiVersion };

const config = env();

const shopify = shopifyApp({
  apiKey: config.apiKey,
  apiSecretKey: config.apiSecret,
  apiVersion,
  scopes: config.SCOPES.split(","),
  appUrl: config.appUrl,
  authPathPrefix: "/auth",
  sessionStorage: new PrismaSessionStorage(db()),
  distribution: AppDistribution.AppStore,
  // The library logs every authenticated request at info: keep the hot path quiet.
  logger: { level: config.LOG_LEVEL === "debug" ? LogSeverity.Debug : LogSeverity.Warning },
  future: { unstable_newEmbeddedAuthStrategy: true, expiringOfflineAccessTokens: true },
  hooks: {
    // On install (and re-auth): remember the shop and backfill its last 60 days of orders.
    afterAuth: async ({ session }) => {
      await db().shop.upsert({
        where: { domain: session.shop },
        create: { domain: session.shop, name: session.shop.replace(/\.myshopify\.com$/, "") },
        update: { uninstalledAt: null },
      });
      await queue().enqueue({ name: "shop.backfill", payload: { shop: session.shop }, dedupeKey: `backfill:${session.shop}:${new Date().toISOString().slice(0, 10)}` });
    },
  },
  ...(config.SHOP_CUSTOM_DOMAIN ? { customShopDomains: [config.SHOP_CUSTOM_DOMAIN] } : {}),
});

export default shopify;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const registerWebhooks = shopify.registerWebhooks;
export const sessionStorage = shopify.sessionStorage;
