// `porchlight shipments [--shop <domain>] [--order <name>] [--milestone <m>]`: one JSON line per
// shipment, for operators and support.
import { parseFlags, UsageError } from "../io";
import type { Command } from "../commands";

export const command: Command = {
  name: "shipments",
  summary: "list shipments as JSON lines (shop, order, trackingNumber, carrier, milestone, code, eta)",
  usage: "shipments [--shop <domain>] [--order <name>] [--milestone <milestone>]",
  async run(args, io) {
    const { flags, positionals } = parseFlags(args);
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    for (const k of Object.keys(flags)) {
      if (!["shop", "order", "milestone"].includes(k)) throw new UsageError(`unknown option --${k}`);
      if (flags[k] === true) throw new UsageError(`--${k} needs a value`);
    }
    const { eachShipment } = await import("../../services/shipments.server");
    let n = 0;
    for await (const s of eachShipment({
      shopDomain: flags.shop as string | undefined,
      orderName: flags.order as string | undefined,
      milestone: flags.milestone as string | undefined,
    })) {
      n++;
      io.emit({
        shop: s.shop.domain,
        order: s.order.name,
        trackingNumber: s.trackingNumber,
        carrier: s.carrier,
        milestone: s.milestone,
        code: s.statusCode,
        eta: (s.predictedTo ?? s.carrierEta)?.toISOString() ?? null,
      });
    }
    if (io.isTTY) io.note(`${n} shipment(s)`);
    return 0;
  },
};
