import type { EventCode } from "../taxonomy/codes";
import type { Milestone, PitfallFamily } from "../taxonomy/types";

/** One carrier scan in Porchlight's event language. */
export interface NormalizedEvent {
  /** UTC instant, ISO 8601 with "Z". */
  occurredAt: string;
  /** The scan's original UTC offset ("+02:00"); null when the carrier gave no zone. */
  utcOffset: string | null;
  code: EventCode;
  milestone: Milestone;
  pitfall: PitfallFamily | null;
  /** "City, Region, CC" — whatever parts the carrier gave. */
  location: string | null;
  rawCode: string | null;
  rawText: string | null;
}

/** What a parser returns for one tracking number. */
export interface ParsedTracking {
  trackingNumber: string;
  /** Oldest first, deduplicated. */
  events: NormalizedEvent[];
  /** Carrier's own estimated delivery, ISO instant or date, when given. */
  eta: string | null;
  /** Raw codes that fell back to keyword classification. */
  unmapped: UnmappedCode[];
}

export interface UnmappedCode {
  rawCode: string;
  rawText: string | null;
  guessed: EventCode;
}

/** A pure parser: the source's raw body (JSON or XML text, or an already parsed object) in, tracking out. */
export type CarrierParser = (raw: string | unknown) => ParsedTracking[];
