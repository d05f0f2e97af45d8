// Carrier data in, whatever way it came (a poll answer or a pushed webhook): parse with the
// source's pure parser, store the events on every shipment with that tracking number, count raw
// codes that fell back to keywords, and keep malformed payloads aside with the reason.
import { db } from "../db.server";
import { PARSERS } from "../carriers/registry";
import { CarrierErrorResponse, CarrierFormatError, type ParsedTracking, type UnmappedCode } from "../tracking/normalize";
import { recordEvents } from "./tracking-ingest.server";

export interface IngestSummary {
  source: string;
  trackings: number;
  shipments: number;
  inserted: number;
  unknownNumbers: string[];
  quarantined: string | null;
  carrierError: { code: string; message: string } | null;
}

export class UnknownSourceError extends Error {}

export async function quarantine(source: string, reason: string, field: string | null, payload: string): Promise<string> {
  const row = await db().quarantinedPayload.create({ data: { source, reason: reason.slice(0, 1000), field, payload } });
  return row.id;
}

export async function countUnmapped(source: string, unmapped: readonly UnmappedCode[], now = new Date()): Promise<void> {
  const byCode = new Map<string, { n: number; text: string | null; guessed: string }>();
  for (const u of unmapped) {
    const key = u.rawCode || `text:${(u.rawText ?? "").slice(0, 120)}`;
    const seen = byCode.get(key);
    if (seen) seen.n++;
    else byCode.set(key, { n: 1, text: u.rawText, guessed: u.guessed });
  }
  for (const [rawCode, { n, text, guessed }] of byCode) {
    await db().unmappedCode.upsert({
      where: { source_rawCode: { source, rawCode } },
      create: { source, rawCode, rawText: text, guessed, count: n, lastSeen: now },
      update: { count: { increment: n }, rawText: text, guessed, lastSeen: now },
    });
  }
}

/** Parses a payload of `source` and applies it. Malformed payloads are quarantined, never thrown. */
export async function ingestCarrierPayload(source: string, raw: string | unknown, opts: { shopId?: string } = {}): Promise<IngestSummary> {
  const parse = PARSERS[source];
  if (!parse) throw new UnknownSourceError(`unknown carrier source '${source}'`);
  const summary: IngestSummary = { source, trackings: 0, shipments: 0, inserted: 0, unknownNumbers: [], quarantined: null, carrierError: null };
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  let trackings: ParsedTracking[];
  try {
    trackings = parse(raw);
  } catch (err) {
    if (err instanceof CarrierFormatError) {
      summary.quarantined = await quarantine(source, err.message, err.field, text);
      return summary;
    }
    if (err instanceof CarrierErrorResponse) {
      summary.carrierError = { code: err.code, message: err.message };
      return summary;
    }
    summary.quarantined = await quarantine(source, `parser failed: ${err instanceof Error ? err.message : String(err)}`, null, text);
    return summary;
  }
  summary.trackings = trackings.length;
  for (const t of trackings) {
    const number = t.trackingNumber.replace(/[\s-]+/g, "").toUpperCase();
    const shipments = await db().shipment.findMany({
      where: { trackingNumber: number, retiredAt: null, ...(opts.shopId ? { shopId: opts.shopId } : {}) },
      select: { id: true },
    });
    if (!shipments.length) summary.unknownNumbers.push(number);
    for (const s of shipments) {
      summary.shipments++;
      summary.inserted += (await recordEvents(s.id, t.events, source, { eta: t.eta })).inserted;
    }
    if (t.unmapped.length) await countUnmapped(source, t.unmapped);
  }
  return summary;
}
