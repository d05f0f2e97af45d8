// DHL eCommerce Americas tracking (GET /tracking/v4/package): packages[] of {package
// {trackingId, dhlPackageId, packageId, expectedDelivery, ...}, events[] {date, time, timeZone
// (a US zone abbreviation: "ET", "CST", ...), primaryEventId, primaryEventDescription,
// secondaryEventId, secondaryEventDescription, location, postalCode, country}}, newest first.
// Errors are problem-details bodies {type, title, status?, detail?, invalidParams?}.
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  joinLocation,
  tracking,
  type CarrierParser,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import { etaFrom } from "../eta";
import { isObject, jsonBody, objectAt, optionalArrayAt, text, type JsonObject } from "../read-json";
import { zonedInstant } from "../shared/zone-abbreviations";
import { dhlEcommerceCode } from "./codes";

const SOURCE = "dhl_ecommerce";

function event(raw: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const e = objectAt(SOURCE, raw, path);
  const date = text(e.date);
  if (!date) throw new CarrierFormatError(SOURCE, `${path}.date`, "missing");
  const at = zonedInstant(date, text(e.time), text(e.timeZone));
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.date`, "invalid date or time");
  const id = text(e.primaryEventId);
  const description = text(e.primaryEventDescription);
  if (!id && !description) throw new CarrierFormatError(SOURCE, `${path}.primaryEventId`, "no event id or description");
  const location = joinLocation(text(e.location));
  const mapped = dhlEcommerceCode(id, description);
  return buildEvent(at, mapped, { code: id, text: description, location }, unmapped);
}

function trackedPackage(p: JsonObject, path: string): ParsedTracking {
  const info = isObject(p.package) ? p.package : {};
  const trackingNumber = text(info.trackingId) ?? text(info.dhlPackageId) ?? text(info.packageId);
  if (!trackingNumber) throw new CarrierFormatError(SOURCE, `${path}.package.trackingId`, "missing");
  const unmapped: UnmappedCode[] = [];
  const events = optionalArrayAt(SOURCE, p.events, `${path}.events`).map((e, i) => event(e, `${path}.events[${i}]`, unmapped));
  return tracking(trackingNumber, events, etaFrom(text(info.expectedDelivery)), unmapped);
}

/** "https://api.dhlecs.com/docs/errors/404.0000001" -> "404.0000001". */
function problemCode(body: JsonObject): string {
  const type = text(body.type);
  const tail = type ? type.slice(type.lastIndexOf("/") + 1) : "";
  return tail || text(body.status) || "error";
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (body.packages === undefined) {
    if (body.title !== undefined || body.type !== undefined) {
      throw new CarrierErrorResponse(SOURCE, problemCode(body), text(body.detail) ?? text(body.title) ?? "tracking failed");
    }
    throw new CarrierFormatError(SOURCE, "packages", "missing");
  }
  return optionalArrayAt(SOURCE, body.packages, "packages").map((p, i) => trackedPackage(objectAt(SOURCE, p, `packages[${i}]`), `packages[${i}]`));
};
