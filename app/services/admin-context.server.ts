// Who is asking, for the embedded admin. With Shopify: the library's authenticate.admin (session
// token / OAuth). In demo mode (PORCHLIGHT_DEMO=1, never with production credentials — see
// env.server.ts) the seeded demo shop, so the admin works on localhost without a Shopify login.
import type { Shop } from "@prisma/client";
import { db } from "../db.server";
import { env } from "../env.server";
import { authenticate } from "../shopify.server";
import { adminClientFor, type AdminClient } from "./shopify-admin.server";

export const DEMO_SHOP_DOMAIN = "porchlight-demo.myshopify.com";

export interface AdminContext {
  shop: Shop;
  admin: AdminClient;
  demo: boolean;
}

export async function adminContext(request: Request): Promise<AdminContext> {
  if (env().demo) {
    const shop = await db().shop.findUnique({ where: { domain: DEMO_SHOP_DOMAIN } });
    if (!shop) throw new Response("The demo shop is not seeded: run `npm run demo`.", { status: 503 });
    return { shop, admin: await adminClientFor(shop.domain), demo: true };
  }
  const { session } = await authenticate.admin(request);
  const shop = await db().shop.upsert({
    where: { domain: session.shop },
    create: { domain: session.shop, name: session.shop.replace(/\.myshopify\.com$/, "") },
    update: { uninstalledAt: null },
  });
  return { shop, admin: await adminClientFor(session.shop), demo: false };
}
