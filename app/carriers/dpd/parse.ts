// DPD ParcelLifeCycle service 2.0, SOAP getTrackingData -> normalized tracking.
// Envelope/Body/getTrackingDataResponse/trackingresult holds shipmentInfo and statusInfo[]; each
// statusInfo has status, label, description/content[], statusHasBeenReached, location and date
// (ContentLines: { content, bold, paragraph }). Steps not reached yet carry no date and are not
// events. Dates are local wall-clock time in the request's messageLanguage format
// ("8/17/2021 7:11:26 PM" for en_US) with no zone at all, so utcOffset is null.
// Errors arrive as a SOAP Fault whose detail names DPD's errorCode.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type Instant,
  type NormalizedEvent,
  type UnmappedCode,
} from "../../tracking/normalize";
import { isObject, objectAt, type JsonObject } from "../read-json";
import { XmlReader } from "../shared/xml";
import { xmlBody, xmlList, xmlText as text } from "../shared/xml-document";
import { dpdCode } from "./codes";

const SOURCE = "dpd";
const RESULT = "Envelope.Body.getTrackingDataResponse.trackingresult";

const xml = new XmlReader({
  isArray: (name, jpath) =>
    name === "statusInfo" || name === "trackingProperty" || (name === "content" && String(jpath).endsWith("description.content")),
});

/** A ContentLine's text (<x><content>…</content>…</x>), or null. */
function line(value: unknown): string | null {
  return isObject(value) ? text(value.content) : text(value);
}

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const pad = (v: string | number) => String(v).padStart(2, "0");

/**
 * DPD's date in the request language: "8/17/2021 7:11:26 PM" (en_US, month first),
 * "17.08.2021 19:11" (de_DE), "17/08/2021 19:11:26" (24-hour locales, day first) or ISO.
 */
export function dpdInstant(raw: string): Instant | null {
  const s = raw.trim();
  let m = US.exec(s);
  if (m) {
    let hour = Number(m[4]);
    if (hour < 1 || hour > 12) return null;
    if (m[7].toUpperCase() === "PM") hour = hour === 12 ? 12 : hour + 12;
    else if (hour === 12) hour = 0;
    return parseTimestamp(`${m[3]}-${pad(m[1])}-${pad(m[2])}T${pad(hour)}:${m[5]}:${m[6] ?? "00"}`);
  }
  m = DOTTED.exec(s) ?? SLASHED.exec(s);
  if (m) return parseTimestamp(`${m[3]}-${pad(m[2])}-${pad(m[1])}T${pad(m[4])}:${m[5]}:${m[6] ?? "00"}`);
  return /^\d{4}-\d{2}-\d{2}T/.test(s) ? parseTimestamp(s) : null;
}

const PLACE = /^(.*?)\s*\(([A-Z]{2})\)$/;

/** "Puurs (BE)" -> "Puurs, BE". */
function place(value: string | null): string | null {
  if (value === null) return null;
  const m = PLACE.exec(value);
  return m ? (m[1] ? `${m[1]}, ${m[2]}` : m[2]) : value;
}

function faultError(fault: JsonObject): CarrierErrorResponse {
  const detail = isObject(fault.detail) ? fault.detail : {};
  for (const value of Object.values(detail)) {
    if (!isObject(value)) continue;
    const code = text(value.errorCode) ?? text(value.faultCode);
    if (code) return new CarrierErrorResponse(SOURCE, code, text(value.errorMessage) ?? text(value.message) ?? "");
  }
  return new CarrierErrorResponse(SOURCE, text(fault.faultcode) ?? "fault", text(fault.faultstring) ?? "");
}

/** The parcel number, when DPD lists it among the shipment's tracking properties. */
function parcelNumber(result: JsonObject, path: string): string {
  const info = isObject(result.shipmentInfo) ? result.shipmentInfo : {};
  for (const p of xmlList(SOURCE, info.trackingProperty, `${path}.shipmentInfo.trackingProperty`)) {
    if (isObject(p) && /parcel.?(label.?)?(number|no)/i.test(text(p.key) ?? "")) return text(p.value) ?? "";
  }
  return "";
}

function readStatus(value: unknown, path: string, events: NormalizedEvent[], unmapped: UnmappedCode[]): void {
  const info = objectAt(SOURCE, value, path);
  if (info.statusHasBeenReached === false || text(info.statusHasBeenReached) === "false") return;
  const dateText = line(info.date);
  if (dateText === null) throw new CarrierFormatError(SOURCE, `${path}.date`, "missing");
  const instant = dpdInstant(dateText);
  if (!instant) throw new CarrierFormatError(SOURCE, `${path}.date`, "not a date");
  const status = text(info.status);
  const lines = isObject(info.description) ? xmlList(SOURCE, info.description.content, `${path}.description.content`) : [];
  const description = lines.map(line).filter((t): t is string => t !== null).join(" ");
  const raw = { code: status, text: description || line(info.label), location: place(line(info.location)) };
  events.push(buildEvent(instant, status === null ? undefined : dpdCode(status), raw, unmapped));
}

export const parse: CarrierParser = (raw) => {
  const doc = xmlBody(SOURCE, xml, raw);
  const envelope = isObject(doc.Envelope) ? doc.Envelope : undefined;
  const body = envelope ? objectAt(SOURCE, envelope.Body, "Envelope.Body") : doc;
  if (isObject(body.Fault)) throw faultError(body.Fault);
  const prefix = envelope ? "Envelope.Body." : "";
  const response = objectAt(SOURCE, body.getTrackingDataResponse, `${prefix}getTrackingDataResponse`);
  const resultPath = envelope ? RESULT : "getTrackingDataResponse.trackingresult";
  const result = objectAt(SOURCE, response.trackingresult ?? response.trackingResult, resultPath);

  const events: NormalizedEvent[] = [];
  const unmapped: UnmappedCode[] = [];
  const infos = xmlList(SOURCE, result.statusInfo, `${resultPath}.statusInfo`);
  for (let i = 0; i < infos.length; i++) readStatus(infos[i], `${resultPath}.statusInfo[${i}]`, events, unmapped);
  return [tracking(parcelNumber(result, resultPath), events, null, unmapped)];
};
