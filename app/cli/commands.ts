// The CLI's command table. Each command lives in commands/<name>.ts and exports `command`.
import type { CliIO } from "./io";

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

type Loader = () => Promise<{ command: Command }>;

export const COMMANDS: Record<string, { summary: string; load: Loader }> = {
  backfill: { summary: "import a shop's recent orders through the Admin API (resumable)", load: () => import("./commands/backfill") },
  shipments: { summary: "list shipments as JSON lines (--shop, --order, --milestone)", load: () => import("./commands/shipments") },
  detect: { summary: "detect the carrier of tracking numbers (arguments, or stdin one per line)", load: () => import("./commands/detect") },
  normalize: { summary: "normalize a raw carrier tracking response (file or stdin) into Porchlight events", load: () => import("./commands/normalize") },
  simulate: { summary: "simulate sandbox-network shipments (scans, carrier ETAs, ground truth) as JSON lines", load: () => import("./commands/simulate") },
};
