// UPS Track API (GET /api/track/v1/details/{inquiryNumber}) -> normalized tracking.
// trackResponse.shipment[].package[].activity[], newest first. Each activity has a local
// date/time and, in current responses, gmtDate/gmtTime/gmtOffset; errors come as
// { response: { errors: [{ code, message }] } } or as shipment warnings without packages.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, normalizeOffset, tracking, type CarrierParser, type Instant, type NormalizedEvent, type ParsedTracking, type UnmappedCode, instantFromParts } from "../../tracking/normalize";
import { etaFrom } from "../eta";
import {
  arrayAt,
  isObject,
  jsonBody,
  objectAt,
  optionalArrayAt,
  optionalObjectAt,
  text,
  type JsonObject,
} from "../read-json";
import { upsExactCode, upsTypeGuess } from "./codes";

const SOURCE = "ups";
const DATE_RE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const DIGITS_TIME_RE = /^\d{1,6}$/;
const COLON_TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  const envelope = optionalObjectAt(SOURCE, root.response, "response");
  if (envelope) {
    const errors = optionalArrayAt(SOURCE, envelope.errors, "response.errors");
    if (errors.length > 0) throw carrierError(errors[0], "response.errors[0]");
  }
  const trackResponse = objectAt(SOURCE, root.trackResponse, "trackResponse");
  const shipments = arrayAt(SOURCE, trackResponse.shipment, "trackResponse.shipment");
  const out: ParsedTracking[] = [];
  let warning: CarrierErrorResponse | undefined;
  for (let i = 0; i < shipments.length; i++) {
    const path = `trackResponse.shipment[${i}]`;
    const shipment = objectAt(SOURCE, shipments[i], path);
    const packages = optionalArrayAt(SOURCE, shipment.package, `${path}.package`);
    if (packages.length === 0) {
      // "Tracking Information Not Found" and its kin: a warning and no package.
      const warnings = optionalArrayAt(SOURCE, shipment.warnings, `${path}.warnings`);
      if (warnings.length > 0) warning ??= carrierError(warnings[0], `${path}.warnings[0]`);
      continue;
    }
    for (let j = 0; j < packages.length; j++) {
      out.push(parsePackage(packages[j], shipment, `${path}.package[${j}]`));
    }
  }
  if (out.length === 0 && warning) throw warning;
  return out;
};

function carrierError(value: unknown, path: string): CarrierErrorResponse {
  const e = objectAt(SOURCE, value, path);
  return new CarrierErrorResponse(SOURCE, text(e.code) ?? "UNKNOWN", text(e.message) ?? "");
}

function parsePackage(value: unknown, shipment: JsonObject, path: string): ParsedTracking {
  const pkg = objectAt(SOURCE, value, path);
  const trackingNumber = text(pkg.trackingNumber) ?? text(shipment.inquiryNumber);
  if (trackingNumber === null) throw new CarrierFormatError(SOURCE, `${path}.trackingNumber`, "missing");
  const activities = optionalArrayAt(SOURCE, pkg.activity, `${path}.activity`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  for (let k = 0; k < activities.length; k++) {
    events.push(parseActivity(activities[k], `${path}.activity[${k}]`, unmapped));
  }
  return tracking(trackingNumber, events, packageEta(pkg), unmapped);
}

function parseActivity(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const activity = objectAt(SOURCE, value, path);
  const at = activityInstant(activity, path);
  const status = optionalObjectAt(SOURCE, activity.status, `${path}.status`);
  const type = status ? text(status.type) : null;
  const code = status ? text(status.code) : null;
  const statusCode = status ? text(status.statusCode) : null;
  const description = status ? text(status.description) : null;
  const rawCode = code ?? statusCode ?? type;
  let mapped = upsExactCode(code, statusCode);
  if (mapped === undefined) {
    mapped = upsTypeGuess(type, description);
    if (mapped !== undefined) unmapped.push({ rawCode: rawCode ?? "", rawText: description, guessed: mapped });
  }
  return buildEvent(at, mapped, { code: rawCode, text: description, location: activityLocation(activity) }, unmapped);
}

/** gmtDate/gmtTime are the UTC instant and gmtOffset the local offset; without them the local time has no zone. */
function activityInstant(activity: JsonObject, path: string): Instant {
  const offset = normalizeOffset(text(activity.gmtOffset));
  if (activity.gmtDate != null && activity.gmtTime != null) {
    const [y, mo, d] = upsDate(activity.gmtDate, `${path}.gmtDate`);
    const [h, mi, s] = upsTime(activity.gmtTime, `${path}.gmtTime`);
    const utc = instantFromParts(y, mo, d, h, mi, s, 0, null);
    if (!utc) throw new CarrierFormatError(SOURCE, `${path}.gmtDate`, "not a calendar date");
    return { occurredAt: utc.occurredAt, utcOffset: offset };
  }
  const [y, mo, d] = upsDate(activity.date, `${path}.date`);
  const [h, mi, s] = upsTime(activity.time, `${path}.time`);
  const local = instantFromParts(y, mo, d, h, mi, s, 0, offset);
  if (!local) throw new CarrierFormatError(SOURCE, `${path}.date`, "not a calendar date");
  return local;
}

/** "20240308" or "2024-03-08" -> [2024, 3, 8]. */
function upsDate(value: unknown, path: string): [number, number, number] {
  if (value == null || value === "") throw new CarrierFormatError(SOURCE, path, "missing");
  const m = typeof value === "string" ? DATE_RE.exec(value.trim()) : null;
  if (!m) throw new CarrierFormatError(SOURCE, path, "not a YYYYMMDD date");
  return [+m[1], +m[2], +m[3]];
}

/** "071356", "74700" (gmtTime drops leading zeros, like a number) or "07:13:56" -> [7, 13, 56]. */
function upsTime(value: unknown, path: string): [number, number, number] {
  if (value == null || value === "") throw new CarrierFormatError(SOURCE, path, "missing");
  const s = typeof value === "string" ? value.trim() : "";
  let hms: [number, number, number];
  if (DIGITS_TIME_RE.test(s)) {
    const n = +s;
    hms = [Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100];
  } else {
    const c = COLON_TIME_RE.exec(s);
    if (!c) throw new CarrierFormatError(SOURCE, path, "not an HHMMSS time");
    hms = [+c[1], +c[2], c[3] === undefined ? 0 : +c[3]];
  }
  if (hms[0] > 23 || hms[1] > 59 || hms[2] > 59) throw new CarrierFormatError(SOURCE, path, "not an HHMMSS time");
  return hms;
}

function activityLocation(activity: JsonObject): string | null {
  const address = isObject(activity.location) ? activity.location.address : undefined;
  if (!isObject(address)) return null;
  return joinLocation(text(address.city), text(address.stateProvince), text(address.countryCode) ?? text(address.country));
}

/** Rescheduled delivery date first, then the scheduled one; a DEL date is history, not an estimate. */
function packageEta(pkg: JsonObject): string | null {
  if (!Array.isArray(pkg.deliveryDate)) return null;
  let scheduled: unknown;
  let rescheduled: unknown;
  for (const d of pkg.deliveryDate) {
    if (!isObject(d)) continue;
    if (d.type === "RDD") rescheduled = d.date;
    else if (d.type === "SDD") scheduled = d.date;
  }
  return etaFrom(rescheduled ?? scheduled);
}
