// AfterShip Tracking API client (versioned API, default 2024-10): as-api-key header.
// register(): POST /tracking/{version}/trackings. track(): GET /tracking/{version}/trackings
// with tracking_numbers (up to 50 per call) — AfterShip answers only for registered numbers.
import { CarrierFormatError } from "../../tracking/normalize";
import { isObject, text } from "../read-json";
import { aggregatorCarrier } from "../http/carrier-hint";
import { carrierHttp } from "../http/carrier-http";
import { errorFromException, kindOfCarrierError, kindOfStatus, resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { AggregatorClient, ClientOptions, RegisterResult } from "../http/types";
import { parse } from "./parse";

export const AFTERSHIP_BASE_URL = "https://api.aftership.com";
export const AFTERSHIP_API_VERSION = "2024-10";
export const AFTERSHIP_BATCH_SIZE = 50;

export interface AfterShipCredentials {
  apiKey: string;
}

export interface AfterShipClientOptions extends ClientOptions<AfterShipCredentials> {
  apiVersion?: string;
}

const TRACKING_EXISTS = "4003";

const ERROR_KINDS: ErrorKindTable = {
  "4004": "not_found", // Tracking does not exist
  "401": "auth",
  "403": "auth",
  "429": "rate_limited",
  "4005": "invalid", // tracking_number invalid
  "4010": "invalid", // slug invalid
};

/** AfterShip courier slugs for Porchlight carrier ids. */
const SLUGS: Readonly<Record<string, string>> = {
  australiapost: "australia-post",
  canadapost: "canada-post",
  dhl_ecommerce: "dhl-global-mail",
  dhl_express: "dhl",
  dpd: "dpd",
  fedex: "fedex",
  gls: "gls",
  lasership: "lasership",
  ontrac: "ontrac",
  postnl: "postnl",
  purolator: "purolator",
  royalmail: "royal-mail",
  ups: "ups",
  usps: "usps",
  yodel: "yodel",
};

/** One list body per tracking, so one unreadable tracking does not take the batch with it. */
function splitByNumber(root: unknown): Array<{ number: string; body: unknown }> | null {
  if (!isObject(root) || !isObject(root.data) || !Array.isArray(root.data.trackings)) return null;
  const { data } = root;
  const pieces: Array<{ number: string; body: unknown }> = [];
  for (const t of root.data.trackings as unknown[]) {
    const number = isObject(t) ? text(t.tracking_number) : null;
    if (number === null) return null;
    pieces.push({ number, body: { ...root, data: { ...data, trackings: [t] } } });
  }
  return pieces;
}

const SPEC: ReplySpec = { source: "aftership", parse, errorKinds: ERROR_KINDS, split: splitByNumber };

export function createAfterShipClient(options: AfterShipClientOptions): AggregatorClient {
  const http = carrierHttp("aftership", AFTERSHIP_BASE_URL, options);
  const trackings = `/tracking/${options.apiVersion ?? AFTERSHIP_API_VERSION}/trackings`;
  const headers = { "as-api-key": options.credentials.apiKey };

  async function trackBatch(numbers: string[]) {
    const reply = await http.request("GET", trackings, {
      query: { tracking_numbers: numbers.join(","), limit: "200" },
      headers,
    });
    return resultsFromReply(numbers, reply, SPEC);
  }

  async function register(trackingNumber: string, carrierHint?: string): Promise<RegisterResult> {
    const slug = aggregatorCarrier(SLUGS, carrierHint);
    try {
      const reply = await http.request("POST", trackings, {
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(slug ? { tracking_number: trackingNumber, slug } : { tracking_number: trackingNumber }),
      });
      return registration(trackingNumber, reply.status, reply.body);
    } catch (err) {
      return { trackingNumber, ok: false, error: errorFromException(err) };
    }
  }

  return { source: "aftership", track: (numbers) => trackInBatches(numbers, AFTERSHIP_BATCH_SIZE, trackBatch), register };
}

function registration(trackingNumber: string, status: number, body: string): RegisterResult {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    root = undefined;
  }
  const meta = isObject(root) && isObject(root.meta) ? root.meta : null;
  const code = meta ? text(meta.code) : null;
  if (!isObject(root) || code === null) {
    const e = new CarrierFormatError("aftership", "meta.code", "missing");
    return { trackingNumber, ok: false, error: { kind: status >= 400 ? kindOfStatus(status) : "format", message: e.message, field: e.field, body } };
  }
  if (code === "200" || code === "201" || code === TRACKING_EXISTS) {
    return { trackingNumber, ok: true, id: trackingId(root.data), alreadyRegistered: code === TRACKING_EXISTS };
  }
  const message = text(meta!.message) ?? text(meta!.type) ?? "";
  return { trackingNumber, ok: false, error: { kind: kindOfCarrierError(code, status, ERROR_KINDS), message: `aftership: ${code}: ${message}`, code } };
}

/** 2024-04+ answers with the tracking as data; v4 wrapped it in data.tracking. */
function trackingId(data: unknown): string | null {
  if (!isObject(data)) return null;
  return text(data.id) ?? (isObject(data.tracking) ? text(data.tracking.id) : null);
}
