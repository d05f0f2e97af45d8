// PostNL Shipping Status API (GET /shipment/v2/status/barcode/{barcode}) -> normalized tracking.
// Two body shapes: { CurrentStatus: { Shipment: { Barcode, Status, OldStatuses? } } } and
// { CompleteStatus: { Shipment: { Barcode, Event[], Status, OldStatus[], Expectation } } };
// Shipment is an array for multi-parcel answers. Timestamps are "dd-MM-yyyy HH:mm:ss" Amsterdam
// wall-clock time with no offset, so the CET/CEST offset is computed from the EU rule.
// Not found: { CurrentStatus: {}, Warnings: [{ Message, Code }] }; gateway errors: { fault }.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  europeAmsterdamOffset,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type Instant,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import type { EventCode } from "../../tracking/taxonomy";
import { isObject, jsonBody, objectAt, requiredText, text, timestampText, type JsonObject } from "../read-json";
import { dutchGuess, POSTNL_EVENTS, POSTNL_STATUSES } from "./codes";

const SOURCE = "postnl";
const DUTCH_STAMP = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?$/;

/** An Amsterdam wall-clock time ("07-03-2018 23:20:05" or "2018-03-08T11:30:00") as an instant. */
export function amsterdamInstant(raw: string): Instant | null {
  let m = DUTCH_STAMP.exec(raw);
  let y: string, mo: string, d: string;
  if (m) [y, mo, d] = [m[3], m[2], m[1]];
  else if ((m = ISO_LOCAL.exec(raw))) [y, mo, d] = [m[1], m[2], m[3]];
  else return null;
  const [h, mi, s, frac = ""] = [m[4], m[5], m[6], m[7]];
  const offset = europeAmsterdamOffset(+y, +mo, +d, +h, +mi);
  return parseTimestamp(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}`, offset);
}

function instantAt(value: unknown, path: string): Instant {
  const instant = amsterdamInstant(timestampText(SOURCE, value, path).trim());
  if (!instant) throw new CarrierFormatError(SOURCE, path, "not a dd-MM-yyyy HH:mm:ss timestamp");
  return instant;
}

/** A field PostNL sends as one object or as a list of them (absent reads as empty). */
function many(value: unknown, path: string): unknown[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value;
  if (isObject(value)) return [value];
  throw new CarrierFormatError(SOURCE, path, "not an object or array");
}

function firstError(list: unknown): JsonObject | undefined {
  const first = Array.isArray(list) ? list[0] : list;
  return isObject(first) ? first : undefined;
}

function throwBodyError(body: JsonObject): void {
  if (isObject(body.fault)) {
    const detail = isObject(body.fault.detail) ? body.fault.detail : {};
    throw new CarrierErrorResponse(SOURCE, text(detail.errorcode) ?? "fault", text(body.fault.faultstring) ?? "");
  }
  const err = firstError(body.Errors);
  if (err) {
    const code = text(err.ErrorNumber) ?? text(err.Code) ?? text(err.ErrorCode) ?? "error";
    throw new CarrierErrorResponse(SOURCE, code, text(err.ErrorMsg) ?? text(err.Description) ?? text(err.Message) ?? "");
  }
}

/** "Shipment not found" arrives as a warning next to an empty status. */
function notFound(body: JsonObject, path: string): Error {
  const warning = firstError(body.Warnings);
  if (warning) return new CarrierErrorResponse(SOURCE, text(warning.Code) ?? "warning", text(warning.Message) ?? text(warning.Description) ?? "");
  return new CarrierFormatError(SOURCE, path, "missing");
}

class Collector {
  readonly events: NormalizedEvent[] = [];
  readonly unmapped: UnmappedCode[] = [];

  /** Table code first; else PostNL's Dutch wording; else the generic keyword rules. */
  add(at: Instant, mapped: EventCode | undefined, code: string | null, description: string | null): void {
    const raw = { code, text: description, location: null };
    if (mapped !== undefined) {
      this.events.push(buildEvent(at, mapped, raw, this.unmapped));
      return;
    }
    const guess = dutchGuess(description);
    this.events.push(buildEvent(at, guess, raw, this.unmapped));
    if (guess !== undefined) this.unmapped.push({ rawCode: code ?? "", rawText: description, guessed: guess });
  }
}

function readEvents(list: unknown[], path: string, out: Collector): void {
  for (let k = 0; k < list.length; k++) {
    const at = `${path}[${k}]`;
    const ev = objectAt(SOURCE, list[k], at);
    const instant = instantAt(ev.TimeStamp, `${at}.TimeStamp`);
    const code = text(ev.Code);
    out.add(instant, code === null ? undefined : POSTNL_EVENTS.get(code), code, text(ev.Description));
  }
}

function readStatus(value: unknown, path: string, out: Collector): void {
  const st = objectAt(SOURCE, value, path);
  const code = text(st.StatusCode) ?? text(st.Code);
  const mapped = code === null ? undefined : POSTNL_STATUSES.get(code);
  if (mapped === null) return;
  const instant = instantAt(st.TimeStamp, `${path}.TimeStamp`);
  out.add(instant, mapped, code, text(st.StatusDescription) ?? text(st.Description));
}

/** Expected delivery: the Expectation window's start as an instant, else the DeliveryDate. */
function eta(shipment: JsonObject): string | null {
  const expectation = isObject(shipment.Expectation) ? shipment.Expectation : undefined;
  const from = expectation ? text(expectation.ETAFrom) : null;
  const instant = from ? amsterdamInstant(from) : null;
  if (instant) return instant.occurredAt;
  const date = text(shipment.DeliveryDate);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const dutch = date ? DUTCH_STAMP.exec(date) : null;
  return dutch ? `${dutch[3]}-${dutch[2]}-${dutch[1]}` : null;
}

function readShipment(value: unknown, path: string): ParsedTracking {
  const shipment = objectAt(SOURCE, value, path);
  const barcode = text(shipment.Barcode) ?? requiredText(SOURCE, shipment.MainBarcode, `${path}.Barcode`);
  const out = new Collector();
  const events = many(shipment.Event, `${path}.Event`);
  if (events.length > 0) {
    // Event[] is the detailed history; the statuses summarise the same scans.
    readEvents(events, `${path}.Event`, out);
  } else {
    if (shipment.Status != null) readStatus(shipment.Status, `${path}.Status`, out);
    const oldKey = shipment.OldStatuses != null ? "OldStatuses" : "OldStatus";
    const old = many(shipment[oldKey], `${path}.${oldKey}`);
    for (let k = 0; k < old.length; k++) readStatus(old[k], `${path}.${oldKey}[${k}]`, out);
  }
  return tracking(barcode, out.events, eta(shipment), out.unmapped);
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  throwBodyError(body);
  const key = body.CompleteStatus != null ? "CompleteStatus" : "CurrentStatus";
  if (body[key] == null) throw notFound(body, key);
  const status = objectAt(SOURCE, body[key], key);
  if (status.Shipment == null) throw notFound(body, `${key}.Shipment`);
  if (!Array.isArray(status.Shipment)) return [readShipment(status.Shipment, `${key}.Shipment`)];
  return status.Shipment.map((s, i) => readShipment(s, `${key}.Shipment[${i}]`));
};
