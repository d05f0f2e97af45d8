// `porchlight normalize --source <id> [file|-]`: runs a carrier body through its parser and prints
// one JSON line per tracking number (events oldest first, the current status, the carrier ETA).
import { readFile } from "node:fs/promises";
import { PARSERS, SOURCES } from "../../carriers/registry";
import { CarrierErrorResponse, CarrierFormatError, currentStatus, type ParsedTracking } from "../../tracking/normalize";
import type { Command } from "../commands";
import { parseFlags, UsageError } from "../io";

export const command: Command = {
  name: "normalize",
  summary: "normalize a raw carrier tracking response (file or stdin) into Porchlight events",
  usage: "normalize --source <id> [file|-]",
  async run(args, io) {
    const { flags, positionals } = parseFlags(args);
    const source = flags.source;
    if (typeof source !== "string") throw new UsageError(`--source needs one of: ${SOURCES.join(", ")}`);
    if (!Object.hasOwn(PARSERS, source)) throw new UsageError(`unknown source '${source}'; sources: ${SOURCES.join(", ")}`);
    if (positionals.length > 1) throw new UsageError("give one file, or '-' for stdin");

    const file = positionals[0] ?? "-";
    const body = file === "-" ? await io.readStdin() : await readText(file);

    let parsed: ParsedTracking[];
    try {
      parsed = PARSERS[source](body);
    } catch (err) {
      if (err instanceof CarrierFormatError) {
        io.emit({ error: { type: "CarrierFormatError", source: err.source, field: err.field, message: err.message } });
        return 1;
      }
      if (err instanceof CarrierErrorResponse) {
        io.emit({ error: { type: "CarrierErrorResponse", source: err.source, code: err.code, message: err.message } });
        return 1;
      }
      throw err;
    }
    for (const t of parsed) io.emit(record(t));
    return 0;
  },
};

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function record(t: ParsedTracking) {
  const status = currentStatus(t.events);
  return {
    trackingNumber: t.trackingNumber,
    events: t.events.map((e) => ({
      occurredAt: e.occurredAt,
      utcOffset: e.utcOffset,
      code: e.code,
      milestone: e.milestone,
      pitfall: e.pitfall,
      location: e.location,
      rawCode: e.rawCode,
      rawText: e.rawText,
    })),
    status: status ? { milestone: status.milestone, code: status.code } : null,
    eta: t.eta,
  };
}
