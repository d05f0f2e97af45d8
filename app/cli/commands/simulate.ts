// `porchlight simulate --shipments N --days D --seed S [--start YYYY-MM-DD]`: the sandbox
// carrier network's shipments as JSON lines, one per shipment as it is simulated (a run of
// any size streams; nothing is collected first). The same flags always print the same lines.
import { once } from "node:events";
import { DEFAULT_START, simulate } from "../../demo/simulator";
import type { Command } from "../commands";
import { parseFlags, UsageError } from "../io";

/** Records between checks that stdout keeps up. */
const DRAIN_EVERY = 200;

export const command: Command = {
  name: "simulate",
  summary: "simulate sandbox-network shipments (scans, carrier ETAs, ground truth) as JSON lines",
  usage: "simulate --shipments <n> --days <d> --seed <s> [--start YYYY-MM-DD]",
  async run(args, io) {
    const { flags, positionals } = parseFlags(args);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const known = new Set(["shipments", "days", "seed", "start"]);
    for (const flag of Object.keys(flags)) if (!known.has(flag)) throw new UsageError(`unknown flag --${flag}`);
    const shipments = wholeNumber(flags.shipments, "shipments", 0);
    const days = wholeNumber(flags.days, "days", 1);
    const seed = wholeNumber(flags.seed, "seed", 0);
    const start = flags.start === undefined ? DEFAULT_START : startDate(flags.start);

    let written = 0;
    for (const shipment of simulate({ shipments, days, seed, start })) {
      io.emit(shipment);
      if (++written % DRAIN_EVERY === 0) await stdoutDrained();
    }
    await stdoutFlushed();
    io.note(`simulated ${written} shipments over ${days} days from ${start.toISOString().slice(0, 10)} (seed ${seed})`);
    return 0;
  },
};

// io.emit writes to process.stdout without backpressure: on a pipe that is slower than the
// simulator, wait for it to drain, or a large run would pile up in memory; and let the last
// lines out before the CLI exits.
async function stdoutDrained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
}

function stdoutFlushed(): Promise<void> {
  return new Promise((resolve) => process.stdout.write("", () => resolve()));
}

function wholeNumber(value: string | true | undefined, flag: string, min: number): number {
  if (value === undefined) throw new UsageError(`--${flag} is required`);
  if (value === true || !/^\d+$/.test(value)) throw new UsageError(`--${flag} needs a whole number`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${flag} must be at least ${min}`);
  return n;
}

function startDate(value: string | true): Date {
  const date = value === true ? null : /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new UsageError("--start needs a date as YYYY-MM-DD");
  return date;
}
