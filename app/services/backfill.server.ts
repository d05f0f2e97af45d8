// Backfill on install: the last 60 days of orders through the Admin GraphQL API, page by page.
// Cost-aware (reads throttleStatus and waits for the bucket instead of failing; a THROTTLED
// answer waits and retries) and resumable: the cursor is saved after every page, so a run killed
// halfway continues where it stopped.
import { db } from "../db.server";
import { adminClientFor, AdminApiError, type AdminClient, type QueryCost } from "./shopify-admin.server";
import { ORDER_FIELDS, orderRecordFromAdmin, type AdminOrderNode } from "./admin-orders";
import { syncOrders } from "./order-sync.server";

const ORDERS_PAGE = /* GraphQL */ `
  query PorchlightBackfill($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: CREATED_AT) {
      pageInfo { hasNextPage endCursor }
      nodes { ${ORDER_FIELDS} }
    }
  }
`;

export interface BackfillProgress {
  runId: string;
  processed: number;
  pages: number;
  waitedMs: number;
  done: boolean;
}

export interface BackfillOptions {
  days?: number;
  pageSize?: number;
  now?: Date;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (p: BackfillProgress) => void;
  client?: AdminClient;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** How long to wait before a query of `nextCost` fits in the bucket. */
export function waitForBucket(cost: QueryCost | null, nextCost: number): number {
  if (!cost) return 0;
  const { currentlyAvailable, restoreRate } = cost.throttleStatus;
  if (currentlyAvailable >= nextCost || restoreRate <= 0) return 0;
  return Math.ceil(((nextCost - currentlyAvailable) / restoreRate) * 1000);
}

export async function backfillShop(shopDomain: string, opts: BackfillOptions = {}): Promise<BackfillProgress> {
  const prisma = db();
  const sleep = opts.sleep ?? realSleep;
  const shop = await prisma.shop.findUniqueOrThrow({ where: { domain: shopDomain } });
  const client = opts.client ?? (await adminClientFor(shopDomain));
  const since = new Date((opts.now ?? new Date()).getTime() - (opts.days ?? 60) * 86_400_000);
  const run =
    (await prisma.backfillRun.findFirst({ where: { shopId: shop.id, status: "running" }, orderBy: { startedAt: "desc" } })) ??
    (await prisma.backfillRun.create({ data: { shopId: shop.id, sinceDate: since } }));
  let cursor = run.cursor;
  let processed = run.processed;
  let pageSize = opts.pageSize ?? 50;
  let pages = 0;
  let waitedMs = 0;
  let lastCost: QueryCost | null = null;
  let perPageCost = 0;
  const query = `created_at:>='${run.sinceDate.toISOString()}'`;

  for (;;) {
    const wait = waitForBucket(lastCost, perPageCost);
    if (wait > 0) {
      waitedMs += wait;
      await sleep(wait);
    }
    let page: { orders: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AdminOrderNode[] } };
    try {
      const res = await client.request<typeof page>(ORDERS_PAGE, { first: pageSize, after: cursor, query });
      page = res.data;
      lastCost = res.cost;
      perPageCost = res.cost?.requestedQueryCost ?? perPageCost;
    } catch (err) {
      if (err instanceof AdminApiError && err.code === "THROTTLED") {
        lastCost = err.cost;
        const ms = Math.max(1000, waitForBucket(err.cost, err.cost?.requestedQueryCost ?? perPageCost));
        waitedMs += ms;
        await sleep(ms);
        continue;
      }
      if (err instanceof AdminApiError && err.code === "MAX_COST_EXCEEDED" && pageSize > 1) {
        pageSize = Math.max(1, Math.floor(pageSize / 2));
        continue;
      }
      await prisma.backfillRun.update({ where: { id: run.id }, data: { error: err instanceof Error ? err.message : String(err) } });
      throw err;
    }
    await syncOrders(shop.id, page.orders.nodes.map(orderRecordFromAdmin));
    processed += page.orders.nodes.length;
    pages++;
    cursor = page.orders.pageInfo.endCursor ?? cursor;
    const done = !page.orders.pageInfo.hasNextPage;
    await prisma.backfillRun.update({
      where: { id: run.id },
      data: { cursor, processed, ...(done ? { status: "done", finishedAt: new Date() } : {}) },
    });
    opts.onProgress?.({ runId: run.id, processed, pages, waitedMs, done });
    if (done) return { runId: run.id, processed, pages, waitedMs, done };
  }
}
