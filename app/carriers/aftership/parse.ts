// AfterShip Tracking API -> normalized tracking. Accepts every body AfterShip sends:
// - GET /trackings/{slug}/{number} (v4 and legacy versions): { meta, data: { tracking } }
// - GET /tracking/2024-04+/trackings/{id}: { meta, data } where data is the tracking itself
// - GET /trackings (list): { meta, data: { trackings: [...] } }
// - webhook: { event, event_id, is_tracking_first_tag, msg: tracking, ts }
// An error answer keeps the envelope with meta.code != 200 (4004 tracking does not exist, 401 ...).
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
import { etaFrom } from "../eta";
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
import { afterShipCode } from "./codes";

const SOURCE = "aftership";

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (root.meta !== undefined) return fromEnvelope(root);
  if (root.msg !== undefined) return [parseTracking(objectAt(SOURCE, root.msg, "msg"), "msg")];
  if (root.tracking_number !== undefined) return [parseTracking(root, "tracking")];
  throw new CarrierFormatError(SOURCE, "body", "neither an API envelope (meta, data) nor a webhook (msg)");
};

function fromEnvelope(root: JsonObject): ParsedTracking[] {
  const meta = objectAt(SOURCE, root.meta, "meta");
  const code = text(meta.code);
  if (code === null) throw new CarrierFormatError(SOURCE, "meta.code", meta.code == null ? "missing" : "not a number");
  if (code !== "200" && code !== "201") {
    throw new CarrierErrorResponse(SOURCE, code, text(meta.message) ?? text(meta.type) ?? "");
  }
  const data = objectAt(SOURCE, root.data, "data");
  if (data.tracking !== undefined) return [parseTracking(objectAt(SOURCE, data.tracking, "data.tracking"), "data.tracking")];
  if (data.trackings !== undefined) {
    const list = optionalArrayAt(SOURCE, data.trackings, "data.trackings");
    return list.map((t, i) => parseTracking(objectAt(SOURCE, t, `data.trackings[${i}]`), `data.trackings[${i}]`));
  }
  if (data.tracking_number !== undefined) return [parseTracking(data, "data")];
  throw new CarrierFormatError(SOURCE, "data.tracking", "missing");
}

function parseTracking(t: JsonObject, path: string): ParsedTracking {
  const trackingNumber = requiredText(SOURCE, t.tracking_number, `${path}.tracking_number`);
  const checkpoints = optionalArrayAt(SOURCE, t.checkpoints, `${path}.checkpoints`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  for (let i = 0; i < checkpoints.length; i++) {
    events.push(parseCheckpoint(checkpoints[i], `${path}.checkpoints[${i}]`, unmapped));
  }
  return tracking(trackingNumber, events, trackingEta(t), unmapped);
}

function parseCheckpoint(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const cp = objectAt(SOURCE, value, path);
  // checkpoint_time is the scan's local time, with its offset when the carrier gave one.
  const time = timestampText(SOURCE, cp.checkpoint_time, `${path}.checkpoint_time`);
  const at = parseTimestamp(time);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.checkpoint_time`, "not an ISO date-time");
  const subtag = text(cp.subtag);
  const tag = text(cp.tag);
  const message = text(cp.message) ?? text(cp.subtag_message);
  const rawCode = subtag ?? tag;
  const location = checkpointLocation(cp);
  const { code, guessed } = afterShipCode(subtag, tag, message);
  if (code !== undefined && guessed) unmapped.push({ rawCode: rawCode ?? "", rawText: message, guessed: code });
  return buildEvent(at, code, { code: rawCode, text: message, location }, unmapped);
}

/** City, state and country (country_region since 2024-04, country_iso3 before); else the raw location line. */
function checkpointLocation(cp: JsonObject): string | null {
  const parts = joinLocation(text(cp.city), text(cp.state), text(cp.country_region) ?? text(cp.country_iso3));
  return parts ?? text(cp.location);
}

/**
 * The carrier's own estimate first (courier_estimated_delivery_date; v4 expected_delivery), then
 * AfterShip's latest EDD and its AI estimate. For a range, the end of the window is the promise.
 */
function trackingEta(t: JsonObject): string | null {
  return (
    rangeEta(t.courier_estimated_delivery_date, "estimated_delivery_date", "estimated_delivery_date_max") ??
    etaFrom(t.expected_delivery) ??
    rangeEta(t.latest_estimated_delivery, "datetime", "datetime_max") ??
    rangeEta(t.aftership_estimated_delivery_date, "estimated_delivery_date", "estimated_delivery_date_max")
  );
}

function rangeEta(value: unknown, single: string, end: string): string | null {
  if (!isObject(value)) return null;
  return etaFrom(value[single]) ?? etaFrom(value[end]);
}
