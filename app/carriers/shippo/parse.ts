// Shippo tracking -> normalized tracking. Accepts:
// - a Track (GET /tracks/{carrier}/{tracking_number}, POST /tracks/): { carrier, tracking_number,
//   tracking_status, tracking_history[], eta }
// - the track_updated webhook: { event: "track_updated", test, data: Track }
// - an error body: { detail: "Not found." } (401/404) or field errors { carrier: ["..."] } (400)
// tracking_history is oldest first; tracking_status repeats its newest entry.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  joinLocation,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import { etaFromMidnightDate } from "../eta";
import {
  isObject,
  jsonBody,
  objectAt,
  optionalArrayAt,
  optionalObjectAt,
  requiredText,
  text,
  timestampText,
  type JsonObject,
} from "../read-json";
import { shippoCode } from "./codes";

const SOURCE = "shippo";

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (root.event !== undefined) {
    if (root.event !== "track_updated") throw new CarrierFormatError(SOURCE, "event", `not a track_updated webhook (${text(root.event) ?? "?"})`);
    return [parseTrack(objectAt(SOURCE, root.data, "data"), "data.")];
  }
  if (root.tracking_number !== undefined) return [parseTrack(root, "")];
  const error = errorBody(root);
  if (error) throw error;
  throw new CarrierFormatError(SOURCE, "tracking_number", "missing");
};

/** Shippo answers errors the Django REST way: { detail } or { field: ["message", ...] }. */
function errorBody(root: JsonObject): CarrierErrorResponse | undefined {
  const detail = text(root.detail);
  if (detail !== null) {
    const code = /not found/i.test(detail) ? "not_found" : /token|credential|authenticat|permission/i.test(detail) ? "unauthorized" : "error";
    return new CarrierErrorResponse(SOURCE, code, detail);
  }
  const fields = Object.keys(root);
  if (fields.length === 0) return undefined;
  for (const f of fields) {
    const v = root[f];
    if (!Array.isArray(v) || v.length === 0 || !v.every((m) => typeof m === "string")) return undefined;
  }
  const first = fields[0];
  return new CarrierErrorResponse(SOURCE, `invalid_${first}`, `${first}: ${(root[first] as string[]).join(" ")}`);
}

/** `prefix` is the track's path plus a dot ("" for a bare track). */
function parseTrack(t: JsonObject, prefix: string): ParsedTracking {
  const trackingNumber = requiredText(SOURCE, t.tracking_number, `${prefix}tracking_number`);
  const history = optionalArrayAt(SOURCE, t.tracking_history, `${prefix}tracking_history`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < history.length; i++) {
    const path = `${prefix}tracking_history[${i}]`;
    const entry = objectAt(SOURCE, history[i], path);
    const id = text(entry.object_id);
    if (id !== null) seen.add(id);
    events.push(parseStatus(entry, path, unmapped));
  }
  const latest = optionalObjectAt(SOURCE, t.tracking_status, `${prefix}tracking_status`);
  if (latest && !isRepeatOrEmpty(latest, seen)) events.push(parseStatus(latest, `${prefix}tracking_status`, unmapped));
  return tracking(trackingNumber, events, trackEta(t), unmapped);
}

/**
 * tracking_status is normally the newest history entry again (same object_id). An UNKNOWN status
 * without a date is Shippo saying "nothing from the carrier yet", not a scan.
 */
function isRepeatOrEmpty(latest: JsonObject, historyIds: ReadonlySet<string>): boolean {
  const id = text(latest.object_id);
  if (id !== null && historyIds.has(id)) return true;
  return latest.status_date == null && text(latest.status) === "UNKNOWN";
}

function parseStatus(s: JsonObject, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const date = timestampText(SOURCE, s.status_date, `${path}.status_date`);
  const at = parseTimestamp(date);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.status_date`, "not an ISO date-time");
  const status = text(s.status);
  const substatus = isObject(s.substatus) ? text(s.substatus.code) : null;
  const details = text(s.status_details) ?? (isObject(s.substatus) ? text(s.substatus.text) : null);
  const rawCode = substatus ?? status;
  const { code, guessed } = shippoCode(status, substatus, details);
  if (code !== undefined && guessed) unmapped.push({ rawCode: rawCode ?? "", rawText: details, guessed: code });
  return buildEvent(at, code, { code: rawCode, text: details, location: statusLocation(s.location) }, unmapped);
}

function statusLocation(value: unknown): string | null {
  if (!isObject(value)) return null;
  return joinLocation(text(value.city), text(value.state), text(value.country)) ?? text(value.zip);
}

// Shippo writes a date-only estimate as midnight UTC ("2021-07-23T00:00:00Z").
function trackEta(t: JsonObject): string | null {
  return etaFromMidnightDate(t.eta);
}
