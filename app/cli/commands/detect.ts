// `porchlight detect <number...>`: which carrier issued each tracking number, one JSON line each.
import { detectCarrier } from "../../tracking/detect";
import type { Command } from "../commands";
import { parseFlags, UsageError } from "../io";

export const command: Command = {
  name: "detect",
  summary: "detect the carrier of tracking numbers (arguments, or stdin one per line)",
  usage: "detect [--company <shopify tracking company>] <number...|->",
  async run(args, io) {
    const { flags, positionals } = parseFlags(args);
    const company = typeof flags.company === "string" ? flags.company : null;
    if (flags.company === true) throw new UsageError("--company needs a value");

    const numbers: string[] = [];
    const sources = positionals.length === 0 ? ["-"] : positionals;
    let stdinLines: string[] | null = null;
    for (const source of sources) {
      if (source !== "-") {
        numbers.push(source);
        continue;
      }
      stdinLines ??= (await io.readStdin()).split(/\r?\n/).filter((line) => line.trim().length > 0);
      numbers.push(...stdinLines);
      stdinLines = [];
    }
    if (numbers.length === 0) throw new UsageError("no tracking numbers given");

    for (const number of numbers) {
      const d = detectCarrier(number, company);
      io.emit({ number: d.number, carrier: d.carrier, service: d.service, valid: d.valid, candidates: d.candidates });
    }
    return 0;
  },
};
