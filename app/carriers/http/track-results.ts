// Turning a carrier's reply — or a failure to get one — into one TrackResult per requested
// number. The body is read by the source's own pure parser; this file only sorts the outcome.
import { normalizeNumber } from "../../tracking/detect";
import { CarrierErrorResponse, CarrierFormatError, type CarrierParser, type ParsedTracking } from "../../tracking/normalize";
import {
  CircuitOpenError,
  NetworkError,
  RateLimitedError,
  RequestTimeoutError,
  TokenRequestError,
  UpstreamStatusError,
} from "./errors";
import type { HttpReply } from "./fetch-policy";
import type { TrackError, TrackErrorKind, TrackResult } from "./types";

export type ErrorKindTable = Readonly<Record<string, TrackErrorKind>>;

export interface ReplySpec {
  source: string;
  parse: CarrierParser;
  /** The source's error codes that say more than the HTTP status. */
  errorKinds: ErrorKindTable;
  /** Cuts a batch body into one body per number, so each number gets its own answer. */
  split?: (root: unknown) => Array<{ number: string; body: unknown }> | null;
}

export function failure(trackingNumber: string, error: TrackError): TrackResult {
  return { trackingNumber, ok: false, error };
}

export function kindOfStatus(status: number): TrackErrorKind {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  return "invalid";
}

export function kindOfCarrierError(code: string, status: number, table: ErrorKindTable): TrackErrorKind {
  if (Object.hasOwn(table, code)) return table[code];
  if (status >= 400) return kindOfStatus(status);
  if (/NOT.?FOUND|DOES.?NOT.?EXIST/i.test(code)) return "not_found";
  if (/AUTH|TOKEN|CREDENTIAL|FORBIDDEN/i.test(code)) return "auth";
  if (/RATE.?LIMIT|TOO.?MANY/i.test(code)) return "rate_limited";
  return "invalid";
}

export function resultsFromReply(numbers: readonly string[], reply: HttpReply, spec: ReplySpec): TrackResult[] {
  if (reply.status === 429) return numbers.map((n) => failure(n, { kind: "rate_limited", message: `${spec.source}: rate limited`, code: "HTTP_429" }));
  const pieces = spec.split ? splitBody(reply.body, spec.split) : null;
  if (!pieces) return parseFor(numbers, reply.body, reply, spec);
  return numbers.map((n) => {
    const piece = pieces.get(normalizeNumber(n));
    return piece === undefined ? notInReply(n, spec.source) : parseFor([n], piece, reply, spec)[0];
  });
}

function splitBody(body: string, split: NonNullable<ReplySpec["split"]>): Map<string, unknown> | null {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return null;
  }
  const pieces = split(root);
  if (!pieces) return null;
  const byNumber = new Map<string, unknown>();
  for (const p of pieces) {
    const key = normalizeNumber(p.number);
    if (!byNumber.has(key)) byNumber.set(key, p.body);
  }
  return byNumber;
}

function parseFor(numbers: readonly string[], body: unknown, reply: HttpReply, spec: ReplySpec): TrackResult[] {
  let parsed: ParsedTracking[];
  try {
    parsed = spec.parse(body);
  } catch (err) {
    const error = errorFromParse(err, reply, spec);
    return numbers.map((n) => failure(n, error));
  }
  const byNumber = new Map<string, ParsedTracking>();
  for (const p of parsed) {
    const key = normalizeNumber(p.trackingNumber);
    if (!byNumber.has(key)) byNumber.set(key, p);
  }
  return numbers.map((n) => {
    // Asked for one number and got one answer: it is that number's, however the carrier spells it
    // (a UPS shipment number answers with its packages' numbers).
    const tracking = byNumber.get(normalizeNumber(n)) ?? (numbers.length === 1 ? parsed[0] : undefined);
    return tracking ? { trackingNumber: n, ok: true, tracking } : notInReply(n, spec.source);
  });
}

function notInReply(trackingNumber: string, source: string): TrackResult {
  return failure(trackingNumber, { kind: "not_found", message: `${source}: no tracking for ${trackingNumber} in the response`, code: "NOT_IN_RESPONSE" });
}

function errorFromParse(err: unknown, reply: HttpReply, spec: ReplySpec): TrackError {
  if (err instanceof CarrierErrorResponse) {
    return { kind: kindOfCarrierError(err.code, reply.status, spec.errorKinds), message: err.message, code: err.code };
  }
  if (err instanceof CarrierFormatError) {
    // An unreadable error page (a gateway's HTML 401) still says what went wrong by its status.
    if (reply.status >= 400) {
      return { kind: kindOfStatus(reply.status), message: `${spec.source}: HTTP ${reply.status} (${err.message})`, code: `HTTP_${reply.status}`, body: reply.body };
    }
    return { kind: "format", message: err.message, field: err.field, body: reply.body };
  }
  throw err;
}

/** Transport and auth failures; anything else is a bug and is rethrown. */
export function errorFromException(err: unknown): TrackError {
  if (err instanceof CircuitOpenError) return { kind: "unavailable", message: err.message, code: "CIRCUIT_OPEN" };
  if (err instanceof RequestTimeoutError) return { kind: "unavailable", message: err.message, code: "TIMEOUT" };
  if (err instanceof NetworkError) return { kind: "unavailable", message: err.message, code: "NETWORK" };
  if (err instanceof UpstreamStatusError) return { kind: "unavailable", message: err.message, code: `HTTP_${err.status}` };
  if (err instanceof RateLimitedError) return { kind: "rate_limited", message: err.message, code: "HTTP_429" };
  if (err instanceof TokenRequestError) return { kind: "auth", message: err.message, code: err.code };
  if (err instanceof CarrierFormatError) return { kind: "format", message: err.message, field: err.field };
  throw err;
}

/**
 * Runs `fetchBatch` over the distinct numbers in batches of `size` (concurrently; the rate limiter
 * paces them) and answers in the order asked, duplicates included.
 */
export async function trackInBatches(
  numbers: readonly string[],
  size: number,
  fetchBatch: (batch: string[]) => Promise<TrackResult[]>,
): Promise<TrackResult[]> {
  const distinct = new Map<string, string>();
  for (const n of numbers) if (!distinct.has(normalizeNumber(n))) distinct.set(normalizeNumber(n), n);
  const unique = [...distinct.values()];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += size) batches.push(unique.slice(i, i + size));
  const answered = await Promise.all(
    batches.map(async (batch) => {
      try {
        return await fetchBatch(batch);
      } catch (err) {
        const error = errorFromException(err);
        return batch.map((n) => failure(n, error));
      }
    }),
  );
  const byNumber = new Map<string, TrackResult>();
  for (const r of answered.flat()) byNumber.set(normalizeNumber(r.trackingNumber), r);
  return numbers.map((n) => {
    const r = byNumber.get(normalizeNumber(n))!;
    return r.trackingNumber === n ? r : { ...r, trackingNumber: n };
  });
}
