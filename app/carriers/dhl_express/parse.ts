// DHL Express XML Services tracking (KnownTrackingRequest -> TrackingResponse). One AWBInfo per
// waybill; ShipmentInfo/ShipmentEvent carries local Date + Time (no zone), the checkpoint code
// and the service area. Errors come as ShipmentTrackingErrorResponse or as an AWBInfo whose
// Status/ActionStatus is not "success" (e.g. 103 "No Shipments Found").
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
import { isObject, objectAt, type JsonObject } from "../read-json";
import { localInstant } from "../shared/local-time";
import { XmlReader } from "../shared/xml";
import { xmlBody, xmlList, xmlText as text } from "../shared/xml-document";
import { dhlExpressCode } from "./codes";

const SOURCE = "dhl_express";
const REPEATED = new Set(["AWBInfo", "ShipmentEvent", "Condition"]);
const parser = new XmlReader({ isArray: (name) => REPEATED.has(name) });

const GMT_LABEL = /\s*\b(?:GMT|UTC)\s*/i;

function conditionError(status: unknown): CarrierErrorResponse {
  const s = isObject(status) ? status : {};
  const condition = Array.isArray(s.Condition) ? s.Condition[0] : s.Condition;
  const c = isObject(condition) ? condition : {};
  const code = text(c.ConditionCode) ?? text(s.ActionStatus) ?? "error";
  return new CarrierErrorResponse(SOURCE, code, text(c.ConditionData) ?? text(s.ActionStatus) ?? "tracking failed");
}

function event(raw: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const e = objectAt(SOURCE, raw, path);
  const date = text(e.Date);
  if (!date) throw new CarrierFormatError(SOURCE, `${path}.Date`, "missing");
  const at = localInstant(date, text(e.Time), null);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.Date`, "invalid date or time");
  const service = isObject(e.ServiceEvent) ? e.ServiceEvent : {};
  const code = text(service.EventCode);
  const description = text(service.Description);
  if (!code && !description) throw new CarrierFormatError(SOURCE, `${path}.ServiceEvent`, "no event code or description");
  const area = isObject(e.ServiceArea) ? e.ServiceArea : {};
  const location = joinLocation(text(area.Description) ?? text(area.ServiceAreaCode));
  return buildEvent(at, code ? dhlExpressCode(code) : undefined, { code, text: description, location }, unmapped);
}

/** "2021-05-07 23:59:00 GMT-04:00" (local with offset) or, failing that, EstDlvyDateUTC. */
function eta(info: JsonObject): string | null {
  const local = text(info.EstDlvyDate);
  const fromLocal = local ? etaFrom(local.replace(GMT_LABEL, " ").trim()) : null;
  if (fromLocal) return fromLocal;
  const utc = text(info.EstDlvyDateUTC);
  return utc ? etaFrom(`${utc}Z`) : null;
}

function awb(node: JsonObject, path: string): ParsedTracking {
  const trackingNumber = text(node.AWBNumber);
  if (!trackingNumber) throw new CarrierFormatError(SOURCE, `${path}.AWBNumber`, "missing");
  const info = objectAt(SOURCE, node.ShipmentInfo, `${path}.ShipmentInfo`);
  const unmapped: UnmappedCode[] = [];
  const scans = xmlList(SOURCE, info.ShipmentEvent, `${path}.ShipmentInfo.ShipmentEvent`);
  const events = scans.map((s, j) => event(s, `${path}.ShipmentInfo.ShipmentEvent[${j}]`, unmapped));
  return tracking(trackingNumber, events, eta(info), unmapped);
}

export const parse: CarrierParser = (raw) => {
  const doc = xmlBody(SOURCE, parser, raw);
  const failure = doc.ShipmentTrackingErrorResponse;
  if (failure !== undefined) {
    const response = isObject(failure) && isObject(failure.Response) ? failure.Response : {};
    throw conditionError(response.Status);
  }
  const root = objectAt(SOURCE, doc.TrackingResponse, "TrackingResponse");
  const nodes = xmlList(SOURCE, root.AWBInfo, "TrackingResponse.AWBInfo");
  if (nodes.length === 0) throw new CarrierFormatError(SOURCE, "TrackingResponse.AWBInfo", "missing");
  const found: ParsedTracking[] = [];
  let notFound: CarrierErrorResponse | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const path = `TrackingResponse.AWBInfo[${i}]`;
    const node = objectAt(SOURCE, nodes[i], path);
    const status = isObject(node.Status) ? text(node.Status.ActionStatus) : null;
    if (status !== null && status.toLowerCase() !== "success") notFound ??= conditionError(node.Status);
    else found.push(awb(node, path));
  }
  // A batch answers per waybill: unknown waybills drop out unless none was found at all.
  if (found.length === 0 && notFound) throw notFound;
  return found;
};
