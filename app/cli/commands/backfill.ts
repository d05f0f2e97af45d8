// `porchlight backfill --shop <domain> [--days 60]`: imports the shop's recent orders through
// the Admin API; resumes an interrupted run. Progress bar on a terminal, JSON lines otherwise.
import { parseFlags, UsageError } from "../io";
import type { Command } from "../commands";

function bar(processed: number, pages: number): string {
  const width = 30;
  const filled = pages % (width + 1);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${processed} orders, ${pages} pages`;
}

export const command: Command = {
  name: "backfill",
  summary: "import a shop's recent orders through the Admin API (resumable)",
  usage: "backfill --shop <domain> [--days <n>] [--page-size <n>]",
  async run(args, io) {
    const { flags } = parseFlags(args);
    const shop = flags.shop;
    if (typeof shop !== "string") throw new UsageError("--shop <domain> is required");
    const days = flags.days === undefined ? 60 : Number(flags.days);
    const pageSize = flags["page-size"] === undefined ? 50 : Number(flags["page-size"]);
    if (!Number.isInteger(days) || days < 1) throw new UsageError("--days must be a positive whole number");
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 250) throw new UsageError("--page-size must be 1-250");
    const { db } = await import("../../db.server");
    if (!(await db().shop.findUnique({ where: { domain: shop } }))) {
      io.note(`porchlight backfill: no shop ${shop} (install the app on it first)`);
      return 1;
    }
    const { backfillShop } = await import("../../services/backfill.server");
    const result = await backfillShop(shop, {
      days,
      pageSize,
      onProgress: (p) => {
        if (io.isTTY) process.stderr.write(`\r${bar(p.processed, p.pages)}`);
        else io.emit({ shop, processed: p.processed, pages: p.pages, waitedMs: p.waitedMs, done: p.done });
      },
    });
    if (io.isTTY) {
      process.stderr.write("\n");
      io.emit({ shop, processed: result.processed, pages: result.pages, waitedMs: result.waitedMs, done: true });
    }
    return 0;
  },
};
