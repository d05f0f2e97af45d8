// FedEx Track API (POST /track/v1/trackingnumbers) -> normalized tracking.
// output.completeTrackResults[].trackResults[].scanEvents[], newest first, each with an ISO
// `date` that normally carries the scan's offset. A result may carry its own error
// ({ code: "TRACKING.TRACKINGNUMBER.NOTFOUND", message }); a rejected request has errors[] instead of output.
import { buildEvent, CarrierErrorResponse, CarrierFormatError, joinLocation, tracking, type CarrierParser, type NormalizedEvent, type ParsedTracking, type UnmappedCode, parseTimestamp } from "../../tracking/normalize";
import { etaFrom } from "../eta";
import {
  arrayAt,
  isObject,
  jsonBody,
  objectAt,
  optionalArrayAt,
  optionalObjectAt,
  text,
  timestampText,
  type JsonObject,
} from "../read-json";
import { fedexExactCode } from "./codes";

const SOURCE = "fedex";

export const parse: CarrierParser = (raw) => {
  const root = objectAt(SOURCE, jsonBody(SOURCE, raw), "body");
  const errors = optionalArrayAt(SOURCE, root.errors, "errors");
  if (errors.length > 0 && root.output == null) throw carrierError(errors[0], "errors[0]");
  const output = objectAt(SOURCE, root.output, "output");
  const complete = arrayAt(SOURCE, output.completeTrackResults, "output.completeTrackResults");

  // FedEx reuses tracking numbers: one number can answer with several shipments. They are
  // different parcels, so their scans must not be merged; the one scanned most recently is
  // the parcel being tracked now.
  const chosen = new Map<string, { parsed: ParsedTracking; latest: string }>();
  let firstError: CarrierErrorResponse | undefined;
  for (let i = 0; i < complete.length; i++) {
    const path = `output.completeTrackResults[${i}]`;
    const entry = objectAt(SOURCE, complete[i], path);
    const results = arrayAt(SOURCE, entry.trackResults, `${path}.trackResults`);
    for (let j = 0; j < results.length; j++) {
      const resultPath = `${path}.trackResults[${j}]`;
      const result = objectAt(SOURCE, results[j], resultPath);
      const scans = optionalArrayAt(SOURCE, result.scanEvents, `${resultPath}.scanEvents`);
      const error = optionalObjectAt(SOURCE, result.error, `${resultPath}.error`);
      if (scans.length === 0 && error) {
        firstError ??= carrierError(error, `${resultPath}.error`);
        continue;
      }
      const trackingNumber = text(entry.trackingNumber) ?? resultNumber(result);
      if (trackingNumber === null) throw new CarrierFormatError(SOURCE, `${path}.trackingNumber`, "missing");
      const parsed = parseResult(result, scans, trackingNumber, resultPath);
      const latest = parsed.events.length ? parsed.events[parsed.events.length - 1].occurredAt : "";
      const previous = chosen.get(trackingNumber);
      if (!previous || latest > previous.latest) chosen.set(trackingNumber, { parsed, latest });
    }
  }
  if (chosen.size === 0 && firstError) throw firstError;
  return Array.from(chosen.values(), (c) => c.parsed);
};

function carrierError(value: unknown, path: string): CarrierErrorResponse {
  const e = objectAt(SOURCE, value, path);
  return new CarrierErrorResponse(SOURCE, text(e.code) ?? "UNKNOWN", text(e.message) ?? "");
}

function resultNumber(result: JsonObject): string | null {
  return isObject(result.trackingNumberInfo) ? text(result.trackingNumberInfo.trackingNumber) : null;
}

function parseResult(result: JsonObject, scans: unknown[], trackingNumber: string, path: string): ParsedTracking {
  const unmapped: UnmappedCode[] = [];
  const events: NormalizedEvent[] = [];
  for (let k = 0; k < scans.length; k++) events.push(parseScan(scans[k], `${path}.scanEvents[${k}]`, unmapped));
  return tracking(trackingNumber, events, resultEta(result), unmapped);
}

function parseScan(value: unknown, path: string, unmapped: UnmappedCode[]): NormalizedEvent {
  const scan = objectAt(SOURCE, value, path);
  const date = timestampText(SOURCE, scan.date, `${path}.date`);
  const at = parseTimestamp(date);
  if (!at) throw new CarrierFormatError(SOURCE, `${path}.date`, "not an ISO date-time");
  const eventType = text(scan.eventType) ?? text(scan.derivedStatusCode);
  const exceptionCode = text(scan.exceptionCode);
  const exceptionDescription = text(scan.exceptionDescription);
  const description = text(scan.eventDescription);
  const rawText = description && exceptionDescription ? `${description}: ${exceptionDescription}` : (description ?? exceptionDescription);
  const mapped = fedexExactCode({ eventType, exceptionCode, exceptionDescription });
  return buildEvent(at, mapped, { code: eventType, text: rawText, location: scanLocation(scan.scanLocation) }, unmapped);
}

function scanLocation(value: unknown): string | null {
  if (!isObject(value)) return null;
  return joinLocation(text(value.city), text(value.stateOrProvinceCode), text(value.countryCode));
}

/** ESTIMATED_DELIVERY first, then the estimated window's end (or start). */
function resultEta(result: JsonObject): string | null {
  if (Array.isArray(result.dateAndTimes)) {
    for (const d of result.dateAndTimes) {
      if (isObject(d) && d.type === "ESTIMATED_DELIVERY") {
        const eta = etaFrom(d.dateTime);
        if (eta) return eta;
      }
    }
  }
  const estimate = result.estimatedDeliveryTimeWindow;
  const window = isObject(estimate) && isObject(estimate.window) ? estimate.window : undefined;
  return window ? (etaFrom(window.ends) ?? etaFrom(window.begins)) : null;
}
