// EasyPost trackers -> normalized tracking. Accepts:
// - a Tracker (GET /v2/trackers/{id}, POST /v2/trackers): { object: "Tracker", tracking_code, tracking_details[] }
// - a webhook Event: { object: "Event", description: "tracker.updated" | "tracker.created", result: Tracker }
// - a tracker list (GET /v2/trackers): { trackers: [...], has_more }
// - an error body: { error: { code: "NOT_FOUND", message, errors[] } }
// TrackingDetail.datetime carries the scan's local offset when EasyPost knows the location, UTC otherwise.
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
import { etaFrom, etaFromMidnightDate } from "../eta";
import {
  isObject,
  jsonBody,
  objectAt,
  optionalArrayAt,
  requiredText,
  text,
  timestampText,
  type JsonObject,
} from "../read-json";
import { easyPostCode } from "./codes";

const SOURCE = "easypost";

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (root.error !== undefined) throw carrierError(root.error);
  if (root.object === "Event") return [fromEvent(root)];
  if (root.trackers !== undefined) {
    const list = optionalArrayAt(SOURCE, root.trackers, "trackers");
    return list.map((t, i) => parseTracker(objectAt(SOURCE, t, `trackers[${i}]`), `trackers[${i}].`));
  }
  if (root.object === "Tracker" || root.tracking_code !== undefined) return [parseTracker(root, "")];
  throw new CarrierFormatError(SOURCE, "object", "neither a Tracker, an Event nor an error body");
};

function carrierError(value: unknown): CarrierErrorResponse {
  const e = objectAt(SOURCE, value, "error");
  return new CarrierErrorResponse(SOURCE, text(e.code) ?? "UNKNOWN", text(e.message) ?? "");
}

function fromEvent(event: JsonObject): ParsedTracking {
  const result = objectAt(SOURCE, event.result, "result");
  if (result.object !== undefined && result.object !== "Tracker") {
    throw new CarrierFormatError(SOURCE, "result.object", `not a Tracker event (${text(event.description) ?? "no description"})`);
  }
  return parseTracker(result, "result.");
}

/** `prefix` is the tracker's path plus a dot ("" for a bare tracker). */
function parseTracker(t: JsonObject, prefix: string): ParsedTracking {
  const trackingNumber = requiredText(SOURCE, t.tracking_code, `${prefix}tracking_code`);
  const details = optionalArrayAt(SOURCE, t.tracking_details, `${prefix}tracking_details`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  for (let i = 0; i < details.length; i++) {
    events.push(parseDetail(details[i], `${prefix}tracking_details[${i}]`, unmapped));
  }
  return tracking(trackingNumber, events, trackerEta(t), unmapped);
}

function parseDetail(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const d = objectAt(SOURCE, value, path);
  const time = timestampText(SOURCE, d.datetime, `${path}.datetime`);
  const at = parseTimestamp(time);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.datetime`, "not an ISO date-time");
  const status = text(d.status);
  const detail = text(d.status_detail);
  const rawCode = status !== null && detail !== null ? `${status}/${detail}` : (status ?? detail);
  const message = text(d.message) ?? text(d.description);
  return buildEvent(at, easyPostCode(status, detail), { code: rawCode, text: message, location: detailLocation(d.tracking_location) }, unmapped);
}

function detailLocation(value: unknown): string | null {
  if (!isObject(value)) return null;
  return joinLocation(text(value.city), text(value.state), text(value.country)) ?? text(value.zip);
}

function trackerEta(t: JsonObject): string | null {
  // EasyPost writes a date-only estimate as midnight UTC ("2023-04-26T00:00:00Z").
  const eta = etaFromMidnightDate(t.est_delivery_date);
  if (eta) return eta;
  return isObject(t.carrier_detail) ? etaFrom(t.carrier_detail.est_delivery_date_local) : null;
}
