// MyDHL API tracking (GET /shipments/{shipmentTrackingNumber}/tracking): shipments[] with
// events[] {date, time, GMTOffset, typeCode, description, serviceArea[]{code, description}}.
// Errors are problem-details bodies {status, title, detail, instance}.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  joinLocation,
  normalizeOffset,
  tracking,
  type CarrierParser,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import { etaFrom } from "../eta";
import { isObject, jsonBody, objectAt, optionalArrayAt, text, type JsonObject } from "../read-json";
import { localInstant } from "../shared/local-time";
import { mydhlCode } from "./codes";

const SOURCE = "mydhl";

function area(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isObject(first)) return null;
  return text(first.description) ?? text(first.code);
}

function event(raw: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const e = objectAt(SOURCE, raw, path);
  const date = text(e.date);
  if (!date) throw new CarrierFormatError(SOURCE, `${path}.date`, "missing");
  const rawOffset = text(e.GMTOffset);
  const offset = rawOffset ? normalizeOffset(rawOffset) : null;
  if (rawOffset && !offset) throw new CarrierFormatError(SOURCE, `${path}.GMTOffset`, "not an offset");
  const at = localInstant(date, text(e.time), offset);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.date`, "invalid date or time");
  const code = text(e.typeCode);
  const description = text(e.description);
  if (!code && !description) throw new CarrierFormatError(SOURCE, `${path}.typeCode`, "no event code or description");
  const location = joinLocation(area(e.serviceArea));
  return buildEvent(at, code ? mydhlCode(code) : undefined, { code, text: description, location }, unmapped);
}

function shipment(s: JsonObject, path: string): ParsedTracking {
  const trackingNumber = text(s.shipmentTrackingNumber);
  if (!trackingNumber) throw new CarrierFormatError(SOURCE, `${path}.shipmentTrackingNumber`, "missing");
  const unmapped: UnmappedCode[] = [];
  const events = optionalArrayAt(SOURCE, s.events, `${path}.events`).map((e, i) => event(e, `${path}.events[${i}]`, unmapped));
  const eta = etaFrom(text(s.estimatedDeliveryDate) ?? text(s.estimatedTimeOfDelivery));
  return tracking(trackingNumber, events, eta, unmapped);
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (body.shipments === undefined) {
    if (body.status !== undefined && (body.title !== undefined || body.detail !== undefined)) {
      const code = text(body.status) ?? "error";
      throw new CarrierErrorResponse(SOURCE, code, text(body.detail) ?? text(body.title) ?? "tracking failed");
    }
    throw new CarrierFormatError(SOURCE, "shipments", "missing");
  }
  return optionalArrayAt(SOURCE, body.shipments, "shipments").map((s, i) => shipment(objectAt(SOURCE, s, `shipments[${i}]`), `shipments[${i}]`));
};
