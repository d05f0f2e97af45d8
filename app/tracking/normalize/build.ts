import { codeInfo, isEventCode, type EventCode } from "../taxonomy";
import { classifyByKeywords } from "./keywords";
import type { Instant } from "./time";
import type { NormalizedEvent, ParsedTracking, UnmappedCode } from "./types";

/** Joins the location parts a carrier gave into "City, Region, CC". */
export function joinLocation(...parts: Array<string | null | undefined>): string | null {
  const kept = parts.map((p) => (p ?? "").trim()).filter((p) => p !== "");
  return kept.length ? kept.join(", ") : null;
}

/**
 * Turns one raw scan into a normalized event. `mapped` is the carrier table's answer for the raw
 * code (undefined when the table has none): then the text decides and the code is recorded as
 * unmapped so the table can grow.
 */
export function buildEvent(
  at: Instant,
  mapped: EventCode | undefined,
  raw: { code: string | null; text: string | null; location: string | null },
  unmapped: UnmappedCode[],
): NormalizedEvent {
  let code = mapped;
  if (code === undefined || !isEventCode(code)) {
    code = classifyByKeywords(raw.text ?? raw.code);
    unmapped.push({ rawCode: raw.code ?? "", rawText: raw.text, guessed: code });
  }
  const info = codeInfo(code);
  return {
    occurredAt: at.occurredAt,
    utcOffset: at.utcOffset,
    code,
    milestone: info.milestone,
    pitfall: info.pitfall,
    location: raw.location,
    rawCode: raw.code,
    rawText: raw.text,
  };
}

/** A stable identity for a scan: same instant, code and raw wording is the same scan. */
export function eventKey(e: NormalizedEvent): string {
  return `${e.occurredAt}|${e.rawCode ?? e.code}|${e.rawText ?? ""}|${e.location ?? ""}`;
}

/** Deduplicates and orders events oldest first (stable for equal instants). */
export function orderEvents(events: readonly NormalizedEvent[]): NormalizedEvent[] {
  const seen = new Set<string>();
  const out: NormalizedEvent[] = [];
  for (const e of events) {
    const k = eventKey(e);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
}

export function tracking(
  trackingNumber: string,
  events: NormalizedEvent[],
  eta: string | null,
  unmapped: UnmappedCode[],
): ParsedTracking {
  return { trackingNumber, events: orderEvents(events), eta, unmapped };
}
