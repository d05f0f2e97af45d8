// 17TRACK API v2.2 client: "17token" header, JSON arrays of up to 40 numbers per call.
// register(): POST /track/v2.2/register. track(): POST /track/v2.2/gettrackinfo.
import { isObject, text } from "../read-json";
import { aggregatorCarrier } from "../http/carrier-hint";
import { carrierHttp } from "../http/carrier-http";
import { errorFromException, kindOfCarrierError, resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { AggregatorClient, ClientOptions, RegisterResult } from "../http/types";
import { parse } from "./parse";

export const SEVENTEEN_TRACK_BASE_URL = "https://api.17track.net";
export const SEVENTEEN_TRACK_BATCH_SIZE = 40;

export interface SeventeenTrackCredentials {
  apiKey: string;
}

const ALREADY_REGISTERED = "-18019901";

const ERROR_KINDS: ErrorKindTable = {
  "-18019902": "not_found", // the number is not registered
  "-18010001": "auth", // IP address not in the allow list
  "-18010002": "auth", // access token invalid
  "-18010012": "invalid", // data format invalid
  "-18010013": "invalid", // submitted data invalid
  "-18019903": "invalid", // carrier cannot be detected
  "401": "auth",
  "429": "rate_limited",
};

/** 17TRACK carrier keys for Porchlight carrier ids (numbers given as hints pass through). */
const CARRIERS: Readonly<Record<string, string>> = {
  dhl_express: "100001",
  fedex: "100003",
  ups: "100002",
  usps: "21051",
};

interface Item {
  number: string;
  body: unknown;
}

/** One body per accepted or rejected number, so each gets its own answer. */
function splitByNumber(root: unknown): Item[] | null {
  if (!isObject(root) || !isObject(root.data)) return null;
  const { data } = root;
  const accepted = Array.isArray(data.accepted) ? data.accepted : [];
  const rejected = Array.isArray(data.rejected) ? data.rejected : [];
  if (!Array.isArray(data.accepted) && !Array.isArray(data.rejected)) return null;
  const pieces: Item[] = [];
  for (const [list, key] of [[accepted, "accepted"], [rejected, "rejected"]] as const) {
    for (const item of list) {
      const number = isObject(item) ? text(item.number) : null;
      if (number === null) return null;
      pieces.push({ number, body: { ...root, data: { accepted: key === "accepted" ? [item] : [], rejected: key === "rejected" ? [item] : [] } } });
    }
  }
  return pieces;
}

const SPEC: ReplySpec = { source: "17track", parse, errorKinds: ERROR_KINDS, split: splitByNumber };

export function createSeventeenTrackClient(options: ClientOptions<SeventeenTrackCredentials>): AggregatorClient {
  const http = carrierHttp("17track", SEVENTEEN_TRACK_BASE_URL, options);
  const headers = { "17token": options.credentials.apiKey, "content-type": "application/json" };

  async function trackBatch(numbers: string[]) {
    const reply = await http.request("POST", "/track/v2.2/gettrackinfo", { headers, body: JSON.stringify(numbers.map((number) => ({ number }))) });
    return resultsFromReply(numbers, reply, SPEC);
  }

  async function register(trackingNumber: string, carrierHint?: string): Promise<RegisterResult> {
    const carrier = aggregatorCarrier(CARRIERS, carrierHint);
    const item = carrier && /^\d+$/.test(carrier) ? { number: trackingNumber, carrier: Number(carrier) } : { number: trackingNumber };
    try {
      const reply = await http.request("POST", "/track/v2.2/register", { headers, body: JSON.stringify([item]) });
      return registration(trackingNumber, reply.status, reply.body);
    } catch (err) {
      return { trackingNumber, ok: false, error: errorFromException(err) };
    }
  }

  return { source: "17track", track: (numbers) => trackInBatches(numbers, SEVENTEEN_TRACK_BATCH_SIZE, trackBatch), register };
}

/** { code: 0, data: { accepted: [{ number, carrier }], rejected: [{ number, error: { code, message } }] } } */
function registration(trackingNumber: string, status: number, body: string): RegisterResult {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    root = undefined;
  }
  const data = isObject(root) && isObject(root.data) ? root.data : null;
  if (data && Array.isArray(data.accepted) && data.accepted.some((a) => isObject(a) && text(a.number) === trackingNumber)) {
    return { trackingNumber, ok: true, id: null, alreadyRegistered: false };
  }
  const error = data && Array.isArray(data.rejected) ? data.rejected.map((r) => (isObject(r) && isObject(r.error) ? r.error : null)).find(Boolean) : null;
  const requestError = data && Array.isArray(data.errors) && isObject(data.errors[0]) ? data.errors[0] : null;
  const e = error ?? requestError;
  const code = e ? text(e.code) : null;
  if (code === ALREADY_REGISTERED) return { trackingNumber, ok: true, id: null, alreadyRegistered: true };
  if (code !== null) {
    return { trackingNumber, ok: false, error: { kind: kindOfCarrierError(code, status, ERROR_KINDS), message: `17track: ${code}: ${text(e!.message) ?? ""}`, code } };
  }
  return { trackingNumber, ok: false, error: { kind: status === 429 ? "rate_limited" : "format", message: "17track: register answer without accepted or rejected", field: "data", body } };
}
