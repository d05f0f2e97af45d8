// Canada Post Get Tracking Details (REST, application/vnd.cpc.track-v2+xml): tracking-detail
// with pin, expected-delivery-date and significant-events/occurrence {event-identifier,
// event-date, event-time, event-time-zone, event-description, event-site, event-province}.
// Errors come as messages/message {code, description} (e.g. 004 "No Pin History").
import type { EventCode } from "../../tracking/taxonomy";
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
import { XmlReader } from "../shared/xml";
import { xmlBody, xmlList, xmlText as text } from "../shared/xml-document";
import { zonedInstant } from "../shared/zone-abbreviations";
import { canadaPostCode } from "./codes";

const SOURCE = "canadapost";
const REPEATED = new Set(["tracking-detail", "occurrence", "message"]);
const parser = new XmlReader({ isArray: (name) => REPEATED.has(name) });

// Canada Post reuses delivery and out-for-delivery identifiers for the trip back to the sender
// and says so only in the wording (English or French).
const BACK_TO_SENDER = /returned (?:successfully )?to (?:the )?sender|renvoy\S*\s+(?:avec succès\s+)?à l['’]exp/i;

function refine(code: EventCode | undefined, description: string | null): EventCode | undefined {
  if (!code || !description || !BACK_TO_SENDER.test(description)) return code;
  if (code.startsWith("delivered.")) return "returned.returned_to_sender";
  if (code.startsWith("out_for_delivery.") || code.startsWith("in_transit.")) return "returning.return_to_sender";
  return code;
}

function occurrence(raw: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const o = objectAt(SOURCE, raw, path);
  const date = text(o["event-date"]);
  if (!date) throw new CarrierFormatError(SOURCE, `${path}.event-date`, "missing");
  const at = zonedInstant(date, text(o["event-time"]), text(o["event-time-zone"]));
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.event-date`, "invalid date or time");
  const code = text(o["event-identifier"]);
  const description = text(o["event-description"]);
  if (!code && !description) throw new CarrierFormatError(SOURCE, `${path}.event-identifier`, "no identifier or description");
  const location = joinLocation(text(o["event-site"]), text(o["event-province"]));
  const mapped = refine(code ? canadaPostCode(code) : undefined, description);
  return buildEvent(at, mapped, { code, text: description, location }, unmapped);
}

function detail(raw: unknown, path: string): ParsedTracking {
  const d = objectAt(SOURCE, raw, path);
  const pin = text(d.pin);
  if (!pin) throw new CarrierFormatError(SOURCE, `${path}.pin`, "missing");
  const significant = d["significant-events"];
  const occurrences = isObject(significant)
    ? xmlList(SOURCE, significant.occurrence, `${path}.significant-events.occurrence`)
    : xmlList(SOURCE, significant, `${path}.significant-events`);
  const unmapped: UnmappedCode[] = [];
  const events = occurrences.map((o, i) => occurrence(o, `${path}.significant-events.occurrence[${i}]`, unmapped));
  const eta = etaFrom(text(d["changed-expected-date"]) ?? text(d["expected-delivery-date"]));
  return tracking(pin, events, eta, unmapped);
}

function messagesError(messages: unknown): CarrierErrorResponse {
  const list = isObject(messages) ? xmlList(SOURCE, messages.message, "messages.message") : [];
  const first = isObject(list[0]) ? list[0] : {};
  return new CarrierErrorResponse(SOURCE, text(first.code) ?? "error", text(first.description) ?? "tracking failed");
}

/** The element holding tracking-detail or messages: the document itself or one wrapping element. */
function content(doc: JsonObject): JsonObject {
  if (doc["tracking-detail"] !== undefined || doc.messages !== undefined) return doc;
  const keys = Object.keys(doc);
  if (keys.length === 1 && isObject(doc[keys[0]])) return doc[keys[0]] as JsonObject;
  return doc;
}

export const parse: CarrierParser = (raw) => {
  const body = content(xmlBody(SOURCE, parser, raw));
  if (body.messages !== undefined && body["tracking-detail"] === undefined) throw messagesError(body.messages);
  const details = xmlList(SOURCE, body["tracking-detail"], "tracking-detail");
  if (details.length === 0) throw new CarrierFormatError(SOURCE, "tracking-detail", "missing");
  return details.map((d, i) => detail(d, `tracking-detail[${i}]`));
};
