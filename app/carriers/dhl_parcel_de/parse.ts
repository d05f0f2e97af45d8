// DHL Parcel Germany tracking (Sendungsverfolgung XML, request d-get-piece-detail): nested
// <data> elements whose attributes carry everything. The list holds one <data> per piece
// (piece-code, error-status) with a piece-event list; each event has event-timestamp
// ("17.03.2016 11:44", German local time without zone), event-status, event-location,
// event-country, standard-event-code, ice and ric. Errors: code / error on the root element
// (e.g. 100 "No data found") or error-status on a piece.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, tracking, type CarrierParser, type NormalizedEvent, type ParsedTracking, type UnmappedCode, instantFromParts } from "../../tracking/normalize";
import { objectAt, type JsonObject } from "../read-json";
import { XmlReader } from "../shared/xml";
import { xmlBody, xmlList, xmlText } from "../shared/xml-document";
import { dhlParcelDeCode } from "./codes";

const SOURCE = "dhl_parcel_de";
const parser = new XmlReader({ attributes: true, isArray: (name) => name === "data" });
const GERMAN_TIMESTAMP = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2}))?$/;

const attr = (node: JsonObject, name: string) => xmlText(node[`@_${name}`]);

function event(node: JsonObject, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const stamp = attr(node, "event-timestamp");
  if (!stamp) throw new CarrierFormatError(SOURCE, `${path}.event-timestamp`, "missing");
  const m = GERMAN_TIMESTAMP.exec(stamp);
  const at = m ? instantFromParts(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), 0, 0, null) : null;
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.event-timestamp`, "not a DD.MM.YYYY HH:MM time");
  const standard = attr(node, "standard-event-code");
  const ice = attr(node, "ice");
  const text = attr(node, "event-status") ?? attr(node, "event-text");
  if (!standard && !ice && !text) throw new CarrierFormatError(SOURCE, `${path}.standard-event-code`, "no event code or text");
  const location = joinLocation(attr(node, "event-location"), attr(node, "event-country"));
  const code = standard ?? ice;
  return buildEvent(at, dhlParcelDeCode(standard, ice, attr(node, "ric")), { code, text, location }, unmapped);
}

/** The piece's events: <data> elements with an event-timestamp, directly or in an event list. */
function eventNodes(piece: JsonObject, path: string): Array<[JsonObject, string]> {
  const out: Array<[JsonObject, string]> = [];
  xmlList(SOURCE, piece.data, `${path}.data`).forEach((child, i) => {
    const node = objectAt(SOURCE, child, `${path}.data[${i}]`);
    if (node["@_event-timestamp"] !== undefined) out.push([node, `${path}.data[${i}]`]);
    else {
      xmlList(SOURCE, node.data, `${path}.data[${i}].data`).forEach((e, j) => {
        out.push([objectAt(SOURCE, e, `${path}.data[${i}].data[${j}]`), `${path}.data[${i}].data[${j}]`]);
      });
    }
  });
  return out;
}

function piece(node: JsonObject, path: string): ParsedTracking {
  const trackingNumber = attr(node, "piece-code") ?? attr(node, "searched-piece-code");
  if (!trackingNumber) throw new CarrierFormatError(SOURCE, `${path}.piece-code`, "missing");
  const unmapped: UnmappedCode[] = [];
  const events = eventNodes(node, path).map(([e, at]) => event(e, at, unmapped));
  return tracking(trackingNumber, events, null, unmapped);
}

export const parse: CarrierParser = (raw) => {
  const doc = xmlBody(SOURCE, parser, raw);
  const roots = xmlList(SOURCE, doc.data, "data");
  const root = objectAt(SOURCE, roots[0], "data");
  const code = attr(root, "code");
  if (code && code !== "0") throw new CarrierErrorResponse(SOURCE, code, attr(root, "error") ?? "tracking failed");
  const found: ParsedTracking[] = [];
  let failed: CarrierErrorResponse | null = null;
  const pieces = xmlList(SOURCE, root.data, "data.data");
  for (let i = 0; i < pieces.length; i++) {
    const path = `data.data[${i}]`;
    const node = objectAt(SOURCE, pieces[i], path);
    const status = attr(node, "error-status");
    if (status && status !== "0") failed ??= new CarrierErrorResponse(SOURCE, status, attr(node, "error") ?? attr(node, "status") ?? "tracking failed");
    else found.push(piece(node, path));
  }
  if (found.length === 0 && failed) throw failed;
  if (found.length === 0 && pieces.length === 0) throw new CarrierFormatError(SOURCE, "data.data", "no piece");
  return found;
};
