// Royal Mail Tracking API v2. Events (GET /mailpieces/v2/{id}/events) answers one mailPieces
// object with summary, estimatedDelivery and events[] {eventCode, eventName, eventDateTime
// (ISO with offset), locationName}; Summary (GET /mailpieces/v2/summary) answers a mailPieces
// list whose items carry only the last event, or an error per item. Request-level errors are
// {httpCode, httpMessage, moreInformation, errors[] {errorCode, errorDescription, ...}}.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, tracking, type CarrierParser, type NormalizedEvent, type ParsedTracking, type UnmappedCode, parseTimestamp } from "../../tracking/normalize";
import { etaFrom } from "../eta";
import { isObject, jsonBody, objectAt, optionalArrayAt, text, type JsonObject } from "../read-json";
import { royalMailCode } from "./codes";

const SOURCE = "royalmail";
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

function errorOf(holder: JsonObject, errors: unknown): CarrierErrorResponse {
  const first = Array.isArray(errors) ? errors[0] : errors;
  const e = isObject(first) ? first : {};
  const code = text(e.errorCode) ?? text(holder.httpCode) ?? "error";
  const message = text(e.errorDescription) ?? text(holder.httpMessage) ?? text(holder.moreInformation) ?? "tracking failed";
  return new CarrierErrorResponse(SOURCE, code, message);
}

interface Scan {
  code: string | null;
  name: string | null;
  dateTime: string | null;
  location: string | null;
}

/** `fields` names the scan's time and code fields in the payload, for error messages. */
function scan(s: Scan, fields: { time: string; code: string }, unmapped: UnmappedCode[]): NormalizedEvent {
  const { code, name, dateTime, location } = s;
  if (!dateTime) throw new CarrierFormatError(SOURCE, fields.time, "missing");
  const at = parseTimestamp(dateTime);
  if (!at) throw new CarrierFormatError(SOURCE, fields.time, "invalid date-time");
  if (!code && !name) throw new CarrierFormatError(SOURCE, fields.code, "no event code or name");
  return buildEvent(at, code ? royalMailCode(code) : undefined, { code, text: name, location: joinLocation(location) }, unmapped);
}

function mailPiece(piece: JsonObject, path: string): ParsedTracking {
  const summary = isObject(piece.summary) ? piece.summary : {};
  const trackingNumber = text(summary.oneDBarcode) ?? text(piece.mailPieceId);
  if (!trackingNumber) throw new CarrierFormatError(SOURCE, `${path}.mailPieceId`, "missing");
  const unmapped: UnmappedCode[] = [];
  let events: NormalizedEvent[];
  if (piece.events !== undefined) {
    events = optionalArrayAt(SOURCE, piece.events, `${path}.events`).map((raw, i) => {
      const at = `${path}.events[${i}]`;
      const e = objectAt(SOURCE, raw, at);
      const fields = { time: `${at}.eventDateTime`, code: `${at}.eventCode` };
      return scan({ code: text(e.eventCode), name: text(e.eventName), dateTime: text(e.eventDateTime), location: text(e.locationName) }, fields, unmapped);
    });
  } else if (summary.lastEventDateTime !== undefined) {
    const s = summary;
    const fields = { time: `${path}.summary.lastEventDateTime`, code: `${path}.summary.lastEventCode` };
    const last = { code: text(s.lastEventCode), name: text(s.lastEventName), dateTime: text(s.lastEventDateTime), location: text(s.lastEventLocationName) };
    events = [scan(last, fields, unmapped)];
  } else {
    events = [];
  }
  const estimate = isObject(piece.estimatedDelivery) ? text(piece.estimatedDelivery.date) : null;
  const eta = estimate && DATE_PREFIX.test(estimate) ? etaFrom(estimate.slice(0, 10)) : null;
  return tracking(trackingNumber, events, eta, unmapped);
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  const pieces = body.mailPieces;
  if (pieces == null) {
    if (body.httpCode !== undefined || (Array.isArray(body.errors) && body.errors.length > 0)) throw errorOf(body, body.errors);
    throw new CarrierFormatError(SOURCE, "mailPieces", "missing");
  }
  const many = Array.isArray(pieces);
  const list = many ? pieces : [pieces];
  const found: ParsedTracking[] = [];
  let failed: CarrierErrorResponse | null = null;
  for (let i = 0; i < list.length; i++) {
    const path = many ? `mailPieces[${i}]` : "mailPieces";
    const piece = objectAt(SOURCE, list[i], path);
    if (piece.error != null) failed ??= errorOf(piece, piece.error);
    else found.push(mailPiece(piece, path));
  }
  // The summary call answers per item: unknown items drop out unless none was found at all.
  if (found.length === 0 && failed) throw failed;
  return found;
};
