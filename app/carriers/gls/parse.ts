// GLS Track And Trace v1 (GET /track-and-trace-v1/tracking/simple/trackids/{unitnos}) ->
// normalized tracking. Body: { parcels: [{ requested, unitno, status, statusDateTime, events[] }] }
// with events { code, city, postalCode, country, description, eventDateTime "…+0200" }, newest
// first. A parcel GLS cannot find comes back in the same list as { requested, errorCode,
// errorMessage }; gateway errors use { fault: { faultstring, detail: { errorcode } } } and
// request errors { type, title, status, detail }.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  joinLocation,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type Instant,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import { arrayAt, isObject, jsonBody, objectAt, optionalArrayAt, requiredText, text, timestampText, type JsonObject } from "../read-json";
import { GLS_STATUSES, glsEventCode } from "./codes";

const SOURCE = "gls";

function instantAt(value: unknown, path: string): Instant {
  const instant = parseTimestamp(timestampText(SOURCE, value, path));
  if (!instant) throw new CarrierFormatError(SOURCE, path, "not a timestamp");
  return instant;
}

/** Gateway (Apigee) faults and request errors carry no parcels. */
function throwBodyError(body: JsonObject): void {
  if (isObject(body.fault)) {
    const detail = isObject(body.fault.detail) ? body.fault.detail : {};
    const code = text(detail.errorcode) ?? "fault";
    throw new CarrierErrorResponse(SOURCE, code, text(body.fault.faultstring) ?? "");
  }
  if (body.parcels == null && (body.status != null || body.title != null)) {
    const code = text(body.status) ?? text(body.title) ?? "error";
    throw new CarrierErrorResponse(SOURCE, code, text(body.detail) ?? text(body.title) ?? "");
  }
}

function readEvents(parcel: JsonObject, path: string, events: NormalizedEvent[], unmapped: UnmappedCode[]): void {
  const list = optionalArrayAt(SOURCE, parcel.events, `${path}.events`);
  for (let k = 0; k < list.length; k++) {
    const at = `${path}.events[${k}]`;
    const ev = objectAt(SOURCE, list[k], at);
    const instant = instantAt(ev.eventDateTime, `${at}.eventDateTime`);
    const code = text(ev.code);
    const raw = { code, text: text(ev.description), location: joinLocation(text(ev.city), text(ev.country)) };
    events.push(buildEvent(instant, code === null ? undefined : glsEventCode(code), raw, unmapped));
  }
}

/** A parcel asked for without events (showEvents=false): its status is the one event we have. */
function statusEvent(parcel: JsonObject, path: string, events: NormalizedEvent[], unmapped: UnmappedCode[]): void {
  const status = text(parcel.status);
  if (status === null) return;
  const mapped = GLS_STATUSES.get(status);
  if (mapped === null) return;
  const instant = instantAt(parcel.statusDateTime, `${path}.statusDateTime`);
  events.push(buildEvent(instant, mapped, { code: status, text: null, location: null }, unmapped));
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  throwBodyError(body);
  const parcels = arrayAt(SOURCE, body.parcels, "parcels");

  const out: ParsedTracking[] = [];
  let firstError: CarrierErrorResponse | null = null;
  for (let i = 0; i < parcels.length; i++) {
    const path = `parcels[${i}]`;
    const parcel = objectAt(SOURCE, parcels[i], path);
    const errorCode = text(parcel.errorCode);
    if (errorCode !== null) {
      firstError ??= new CarrierErrorResponse(SOURCE, errorCode, text(parcel.errorMessage) ?? "");
      continue;
    }
    const unitNo = text(parcel.unitno) ?? requiredText(SOURCE, parcel.requested, `${path}.unitno`);
    const events: NormalizedEvent[] = [];
    const unmapped: UnmappedCode[] = [];
    if (parcel.events == null) statusEvent(parcel, path, events, unmapped);
    else readEvents(parcel, path, events, unmapped);
    out.push(tracking(unitNo, events, null, unmapped));
  }
  // Every requested parcel unknown to GLS: the answer is an error, not empty tracking.
  if (out.length === 0 && firstError) throw firstError;
  return out;
};
