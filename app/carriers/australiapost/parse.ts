// Australia Post Track API (GET /shipping/v1/track?tracking_ids=...) -> normalized tracking.
// Body: { tracking_results: [{ tracking_id, status, errors?, trackable_items: [...] }] } where a
// trackable item is either an article with events[] or a consignment with items[] of articles.
// Event dates are ISO 8601 with the scan's own offset (+10:00 / +11:00).
import {
  buildEvent,
  CarrierErrorResponse,
  CarrierFormatError,
  parseTimestamp,
  tracking,
  type CarrierParser,
  type NormalizedEvent,
  type ParsedTracking,
  type UnmappedCode,
} from "../../tracking/normalize";
import { arrayAt, jsonBody, objectAt, optionalArrayAt, requiredText, text, timestampText } from "../read-json";
import { australiaPostCode } from "./codes";

const SOURCE = "australiapost";

function errorResponse(value: unknown, path: string): CarrierErrorResponse {
  const err = objectAt(SOURCE, value, path);
  const code = text(err.code) ?? text(err.name) ?? "unknown";
  return new CarrierErrorResponse(SOURCE, code, text(err.message) ?? text(err.name) ?? "");
}

function readEvents(list: unknown[], path: string, events: NormalizedEvent[], unmapped: UnmappedCode[]): void {
  for (let k = 0; k < list.length; k++) {
    const at = `${path}[${k}]`;
    const ev = objectAt(SOURCE, list[k], at);
    const description = requiredText(SOURCE, ev.description, `${at}.description`);
    const instant = parseTimestamp(timestampText(SOURCE, ev.date, `${at}.date`));
    if (!instant) throw new CarrierFormatError(SOURCE, `${at}.date`, "not a timestamp");
    const raw = { code: null, text: description, location: text(ev.location) };
    events.push(buildEvent(instant, australiaPostCode(description), raw, unmapped));
  }
}

/** An article's events, or a consignment's articles (items[]) and their events. */
function readItem(value: unknown, path: string, events: NormalizedEvent[], unmapped: UnmappedCode[]): void {
  const item = objectAt(SOURCE, value, path);
  readEvents(optionalArrayAt(SOURCE, item.events, `${path}.events`), `${path}.events`, events, unmapped);
  const articles = optionalArrayAt(SOURCE, item.items, `${path}.items`);
  for (let a = 0; a < articles.length; a++) readItem(articles[a], `${path}.items[${a}]`, events, unmapped);
}

export const parse: CarrierParser = (raw) => {
  const body = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  if (body.tracking_results == null && body.errors != null) {
    throw errorResponse(optionalArrayAt(SOURCE, body.errors, "errors")[0], "errors[0]");
  }
  const results = arrayAt(SOURCE, body.tracking_results, "tracking_results");

  const out: ParsedTracking[] = [];
  let firstError: CarrierErrorResponse | null = null;
  for (let i = 0; i < results.length; i++) {
    const path = `tracking_results[${i}]`;
    const result = objectAt(SOURCE, results[i], path);
    const errors = optionalArrayAt(SOURCE, result.errors, `${path}.errors`);
    if (errors.length > 0 && result.trackable_items == null) {
      firstError ??= errorResponse(errors[0], `${path}.errors[0]`);
      continue;
    }
    const trackingId = requiredText(SOURCE, result.tracking_id, `${path}.tracking_id`);
    const events: NormalizedEvent[] = [];
    const unmapped: UnmappedCode[] = [];
    const items = optionalArrayAt(SOURCE, result.trackable_items, `${path}.trackable_items`);
    for (let j = 0; j < items.length; j++) readItem(items[j], `${path}.trackable_items[${j}]`, events, unmapped);
    out.push(tracking(trackingId, events, null, unmapped));
  }
  // A body whose every number failed (invalid, not found) is an error answer, not empty tracking.
  if (out.length === 0 && firstError) throw firstError;
  return out;
};
