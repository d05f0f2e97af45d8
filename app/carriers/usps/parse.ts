// USPS Tracking API v3 (GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL) -> normalized
// tracking. trackingEvents[] come newest first; eventTimestamp is the local wall-clock time
// without a zone, GMTOffset / GMTTimestamp (when sent) say where it sits in UTC. Error bodies:
// { error: { code, message, errors[] } } from the API, { error, error_description } from OAuth.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, normalizeOffset, tracking, type CarrierParser, type Instant, type NormalizedEvent, type ParsedTracking, type UnmappedCode, parseTimestamp } from "../../tracking/normalize";
import { etaFrom } from "../eta";
import { isObject, jsonBody, objectAt, optionalArrayAt, requiredText, text, timestampText, type JsonObject } from "../read-json";
import { uspsExactCode } from "./codes";

const SOURCE = "usps";
const MAX_OFFSET_MINUTES = 14 * 60;

/** The batch endpoint answers with an array of the same bodies. */
export const parse: CarrierParser = (raw) => {
  const body = jsonBody(SOURCE, raw);
  const batch = Array.isArray(body);
  const items = batch ? body : [body];
  const out: ParsedTracking[] = [];
  let firstError: CarrierErrorResponse | undefined;
  for (let i = 0; i < items.length; i++) {
    const prefix = batch ? `[${i}].` : "";
    const item = objectAt(SOURCE, items[i], batch ? `[${i}]` : "body");
    if (item.error != null) {
      firstError ??= carrierError(item, prefix);
      continue;
    }
    out.push(parseItem(item, prefix));
  }
  if (out.length === 0 && firstError) throw firstError;
  return out;
};

function carrierError(item: JsonObject, prefix: string): CarrierErrorResponse {
  const error = item.error;
  if (isObject(error)) {
    const details = Array.isArray(error.errors) && isObject(error.errors[0]) ? error.errors[0] : undefined;
    const code = text(error.code) ?? (details && text(details.code)) ?? "UNKNOWN";
    const message = text(error.message) ?? (details && (text(details.detail) ?? text(details.title))) ?? "";
    return new CarrierErrorResponse(SOURCE, code, message);
  }
  const code = text(error);
  if (code === null) throw new CarrierFormatError(SOURCE, `${prefix}error`, "not an error object");
  return new CarrierErrorResponse(SOURCE, code, text(item.error_description) ?? "");
}

function parseItem(item: JsonObject, prefix: string): ParsedTracking {
  const trackingNumber = requiredText(SOURCE, item.trackingNumber, `${prefix}trackingNumber`);
  const list = optionalArrayAt(SOURCE, item.trackingEvents, `${prefix}trackingEvents`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  for (let k = 0; k < list.length; k++) events.push(parseEvent(list[k], `${prefix}trackingEvents[${k}]`, unmapped));
  const eta =
    etaFrom(item.expectedDeliveryTimeStamp) ?? etaFrom(item.guaranteedDeliveryTimeStamp) ?? etaFrom(item.predictedDeliveryDate);
  return tracking(trackingNumber, events, eta, unmapped);
}

function parseEvent(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const event = objectAt(SOURCE, value, path);
  const at = eventInstant(event, path);
  const eventCode = text(event.eventCode);
  const eventType = text(event.eventType);
  const location = joinLocation(text(event.eventCity), text(event.eventState), text(event.eventCountry));
  return buildEvent(at, uspsExactCode(eventCode, eventType), { code: eventCode, text: eventType, location }, unmapped);
}

/**
 * eventTimestamp is local. Its zone comes from GMTOffset, else from its own offset if it has
 * one, else from the distance to GMTTimestamp (rounded to the quarter hour); with none of
 * those the offset stays unknown.
 */
function eventInstant(event: JsonObject, path: string): Instant {
  const local = timestampText(SOURCE, event.eventTimestamp, `${path}.eventTimestamp`);
  const at = parseTimestamp(local, normalizeOffset(text(event.GMTOffset)));
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.eventTimestamp`, "not an ISO date-time");
  if (at.utcOffset !== null || typeof event.GMTTimestamp !== "string") return at;
  const gmt = parseTimestamp(event.GMTTimestamp);
  if (!gmt || gmt.utcOffset === null) return at;
  const wall = Date.parse(at.occurredAt);
  const minutes = Math.round((wall - Date.parse(gmt.occurredAt)) / 900_000) * 15;
  if (Math.abs(minutes) > MAX_OFFSET_MINUTES) return at;
  return { occurredAt: new Date(wall - minutes * 60_000).toISOString(), utcOffset: offsetText(minutes) };
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
