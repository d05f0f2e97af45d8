// 17TRACK API v2.2 -> normalized tracking. Accepts:
// - POST /track/v2.2/gettrackinfo: { code: 0, data: { accepted: [{ number, carrier, track_info }],
//   rejected: [{ number, error: { code, message } }] } }
// - the webhook: { event: "TRACKING_UPDATED" | "TRACKING_STOPPED", data: { number, carrier, track_info } }
// - a request-level error: { code, data: { errors: [{ code, message }] } } (e.g. -18010002 bad token)
// A response whose numbers were all rejected (-18019902 not registered, ...) is an error; with
// some accepted, the accepted ones are returned.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  formatOffset,
  joinLocation,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type Instant,
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
  optionalObjectAt,
  requiredText,
  text,
  type JsonObject,
} from "../read-json";
import { track17Code } from "./codes";

const SOURCE = "17track";
const WEBHOOK_EVENTS = new Set(["TRACKING_UPDATED", "TRACKING_STOPPED"]);

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (root.event !== undefined) {
    const event = text(root.event);
    if (event === null || !WEBHOOK_EVENTS.has(event)) throw new CarrierFormatError(SOURCE, "event", `unknown webhook event (${event ?? "?"})`);
    return [parseAccepted(objectAt(SOURCE, root.data, "data"), "data")];
  }
  const data = objectAt(SOURCE, root.data, "data");
  const errors = optionalArrayAt(SOURCE, data.errors, "data.errors");
  if (errors.length > 0) throw carrierError(errors[0], "data.errors[0]");
  if (data.accepted === undefined && data.rejected === undefined) {
    const code = text(root.code);
    if (code !== null && code !== "0") throw new CarrierErrorResponse(SOURCE, code, text(root.message) ?? "");
    throw new CarrierFormatError(SOURCE, "data.accepted", "missing");
  }
  const accepted = optionalArrayAt(SOURCE, data.accepted, "data.accepted");
  const rejected = optionalArrayAt(SOURCE, data.rejected, "data.rejected");
  if (accepted.length === 0 && rejected.length > 0) {
    const first = objectAt(SOURCE, rejected[0], "data.rejected[0]");
    throw carrierError(first.error, "data.rejected[0].error");
  }
  return accepted.map((a, i) => parseAccepted(objectAt(SOURCE, a, `data.accepted[${i}]`), `data.accepted[${i}]`));
};

function carrierError(value: unknown, path: string): CarrierErrorResponse {
  const e = objectAt(SOURCE, value, path);
  return new CarrierErrorResponse(SOURCE, text(e.code) ?? "UNKNOWN", text(e.message) ?? "");
}

function parseAccepted(item: JsonObject, path: string): ParsedTracking {
  const trackingNumber = requiredText(SOURCE, item.number, `${path}.number`);
  const info = optionalObjectAt(SOURCE, item.track_info, `${path}.track_info`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  if (info) {
    const trackingPart = optionalObjectAt(SOURCE, info.tracking, `${path}.track_info.tracking`);
    const providersPath = `${path}.track_info.tracking.providers`;
    const providers = trackingPart ? optionalArrayAt(SOURCE, trackingPart.providers, providersPath) : [];
    // Origin and last-mile carriers each report their own leg; together they are the journey.
    for (let p = 0; p < providers.length; p++) {
      const provider = objectAt(SOURCE, providers[p], `${providersPath}[${p}]`);
      const list = optionalArrayAt(SOURCE, provider.events, `${providersPath}[${p}].events`);
      for (let i = 0; i < list.length; i++) events.push(parseEvent(list[i], `${providersPath}[${p}].events[${i}]`, unmapped));
    }
  }
  return tracking(trackingNumber, events, info ? infoEta(info) : null, unmapped);
}

function parseEvent(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const e = objectAt(SOURCE, value, path);
  const at = eventInstant(e, path);
  const subStatus = text(e.sub_status);
  const stage = text(e.stage);
  const description = text(e.description);
  const rawCode = subStatus ?? stage;
  const { code, guessed } = track17Code(subStatus, stage, description);
  if (code !== undefined && guessed) unmapped.push({ rawCode: rawCode ?? "", rawText: description, guessed: code });
  return buildEvent(at, code, { code: rawCode, text: description, location: eventLocation(e) }, unmapped);
}

const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * time_iso is the carrier's local time, with its offset when 17TRACK knows the zone; time_utc
 * is the instant when it does. A zoneless time_iso next to a time_utc gives the offset back.
 */
function eventInstant(e: JsonObject, path: string): Instant {
  const isoText = text(e.time_iso);
  if (isoText === null) {
    const utc = utcInstant(e, path);
    if (!utc) throw new CarrierFormatError(SOURCE, `${path}.time_iso`, e.time_iso == null ? "missing" : "not a string");
    return { occurredAt: utc.occurredAt, utcOffset: null };
  }
  const local = parseTimestamp(isoText);
  if (!local) throw new CarrierFormatError(SOURCE, `${path}.time_iso`, "not an ISO date-time");
  if (local.utcOffset !== null) return local;
  const utc = utcInstant(e, path);
  if (!utc) return local;
  const minutes = (Date.parse(local.occurredAt) - Date.parse(utc.occurredAt)) / 60_000;
  const offset = Number.isInteger(minutes) && minutes % 15 === 0 && Math.abs(minutes) <= MAX_OFFSET_MINUTES ? formatOffset(minutes) : null;
  return { occurredAt: utc.occurredAt, utcOffset: offset };
}

/** time_utc, read only when time_iso lacks a zone (it is a second parse per scan otherwise). */
function utcInstant(e: JsonObject, path: string): Instant | null {
  const utcText = text(e.time_utc);
  if (utcText === null) return null;
  const utc = parseTimestamp(utcText);
  if (!utc) throw new CarrierFormatError(SOURCE, `${path}.time_utc`, "not an ISO date-time");
  return utc;
}

/** The structured address when it names a city, else the carrier's location line, else the country. */
function eventLocation(e: JsonObject): string | null {
  const address = isObject(e.address) ? e.address : undefined;
  const city = address ? text(address.city) : null;
  if (address && city !== null) return joinLocation(city, text(address.state), text(address.country));
  return text(e.location) ?? (address ? text(address.country) : null);
}

/** time_metrics.estimated_delivery_date is a window; its end is the promise. */
function infoEta(info: JsonObject): string | null {
  const metrics = isObject(info.time_metrics) ? info.time_metrics : undefined;
  const window = metrics && isObject(metrics.estimated_delivery_date) ? metrics.estimated_delivery_date : undefined;
  return window ? (etaFrom(window.to) ?? etaFrom(window.from)) : null;
}
