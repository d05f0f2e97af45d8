// DHL Shipment Tracking – Unified client: GET /track/shipments?trackingNumber=, API key in the
// DHL-API-Key header, one number per call.
import { carrierHttp } from "../http/carrier-http";
import { resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { ClientOptions, TrackingClient } from "../http/types";
import { parse } from "./parse";

export const DHL_BASE_URL = "https://api-eu.dhl.com";

export interface DhlCredentials {
  apiKey: string;
}

export interface DhlClientOptions extends ClientOptions<DhlCredentials> {
  /** Response language (ISO 639-1); DHL answers in English by default. */
  language?: string;
}

// The parser reports the problem document's status as the code.
const ERROR_KINDS: ErrorKindTable = { "400": "invalid", "401": "auth", "403": "auth", "404": "not_found", "429": "rate_limited" };

const SPEC: ReplySpec = { source: "dhl", parse, errorKinds: ERROR_KINDS };

export function createDhlClient(options: DhlClientOptions): TrackingClient {
  const http = carrierHttp("dhl", DHL_BASE_URL, options);

  async function trackOne([number]: string[]) {
    const reply = await http.request("GET", "/track/shipments", {
      query: { trackingNumber: number, language: options.language },
      headers: { "DHL-API-Key": options.credentials.apiKey },
    });
    return resultsFromReply([number], reply, SPEC);
  }

  return { source: "dhl", track: (numbers) => trackInBatches(numbers, 1, trackOne) };
}
