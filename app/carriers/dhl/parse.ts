// DHL Shipment Tracking – Unified API (GET /track/shipments?trackingNumber=) -> normalized tracking.
// shipments[] each with status and events[] (newest first): timestamp (ISO, with or without an
// offset), statusCode, status, description, location.address. Errors are problem documents:
// { status: 404, title: "No result found", detail }.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, tracking, type CarrierParser, type NormalizedEvent, type ParsedTracking, type UnmappedCode, parseTimestamp } from "../../tracking/normalize";
import { etaFrom } from "../eta";
import { arrayAt, isObject, jsonBody, objectAt, optionalArrayAt, requiredText, text, timestampText, type JsonObject } from "../read-json";
import { dhlCode } from "./codes";

const SOURCE = "dhl";

/** One body, or several (one per request) in an array. */
export const parse: CarrierParser = (raw) => {
  const body = jsonBody(SOURCE, raw);
  const batch = Array.isArray(body);
  const bodies = batch ? body : [body];
  const out: ParsedTracking[] = [];
  let firstError: CarrierErrorResponse | undefined;
  for (let b = 0; b < bodies.length; b++) {
    const prefix = batch ? `[${b}].` : "";
    const root = objectAt(SOURCE, bodies[b], batch ? `[${b}]` : "body");
    if (root.shipments == null && (root.status != null || root.title != null)) {
      firstError ??= new CarrierErrorResponse(
        SOURCE,
        text(root.status) ?? text(root.title) ?? "UNKNOWN",
        [text(root.title), text(root.detail)].filter(Boolean).join(": "),
      );
      continue;
    }
    const shipments = arrayAt(SOURCE, root.shipments, `${prefix}shipments`);
    for (let i = 0; i < shipments.length; i++) out.push(parseShipment(shipments[i], `${prefix}shipments[${i}]`));
  }
  if (out.length === 0 && firstError) throw firstError;
  return out;
};

function parseShipment(value: unknown, path: string): ParsedTracking {
  const shipment = objectAt(SOURCE, value, path);
  const trackingNumber = requiredText(SOURCE, shipment.id, `${path}.id`);
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  const list = optionalArrayAt(SOURCE, shipment.events, `${path}.events`);
  for (let k = 0; k < list.length; k++) events.push(parseEvent(list[k], `${path}.events[${k}]`, unmapped));
  // Some services answer with the current status only; it is then the one scan we have.
  if (list.length === 0 && shipment.status != null) events.push(parseEvent(shipment.status, `${path}.status`, unmapped));
  const frame = isObject(shipment.estimatedDeliveryTimeFrame) ? shipment.estimatedDeliveryTimeFrame : undefined;
  const eta = etaFrom(shipment.estimatedTimeOfDelivery) ?? (frame ? etaFrom(frame.estimatedThrough) : null);
  return tracking(trackingNumber, events, eta, unmapped);
}

function parseEvent(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const event = objectAt(SOURCE, value, path);
  const at = parseTimestamp(timestampText(SOURCE, event.timestamp, `${path}.timestamp`));
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.timestamp`, "not an ISO date-time");
  const statusCode = text(event.statusCode);
  const status = text(event.status);
  const description = text(event.description);
  const wording = status && description ? `${status} ${description}` : (status ?? description);
  const mapped = dhlCode(statusCode, wording);
  return buildEvent(at, mapped, { code: statusCode, text: description ?? status, location: eventLocation(event) }, unmapped);
}

function eventLocation(event: JsonObject): string | null {
  const address = isObject(event.location) ? event.location.address : undefined;
  if (!isObject(address)) return null;
  return joinLocation(text(address.addressLocality), text(address.countryCode));
}
