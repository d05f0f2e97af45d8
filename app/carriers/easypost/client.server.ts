// EasyPost Trackers client: HTTP Basic auth with the API key as user name.
// register(): POST /v2/trackers (EasyPost hands back the existing tracker for a repeat).
// track(): GET /v2/trackers/{id} for trackers registered here, otherwise the tracker list
// filtered by tracking_code. One number per call.
import { isObject, text } from "../read-json";
import { aggregatorCarrier } from "../http/carrier-hint";
import { basicAuth, carrierHttp } from "../http/carrier-http";
import type { HttpReply } from "../http/fetch-policy";
import { errorFromException, resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { AggregatorClient, ClientOptions, RegisterResult } from "../http/types";
import { parse } from "./parse";

export const EASYPOST_BASE_URL = "https://api.easypost.com";

export interface EasyPostCredentials {
  apiKey: string;
}

const ERROR_KINDS: ErrorKindTable = {
  NOT_FOUND: "not_found",
  "APIKEY.REQUIRED": "auth",
  "APIKEY.INACTIVE": "auth",
  RATE_LIMITED: "rate_limited",
  "PARAMETER.REQUIRED": "invalid",
  "PARAMETER.INVALID": "invalid",
};

/** EasyPost carrier names for Porchlight carrier ids. */
const CARRIERS: Readonly<Record<string, string>> = {
  australiapost: "AustraliaPost",
  canadapost: "CanadaPost",
  dhl_express: "DHLExpress",
  fedex: "FedEx",
  ontrac: "OnTrac",
  purolator: "Purolator",
  royalmail: "RoyalMail",
  ups: "UPS",
  usps: "USPS",
};

const SPEC: ReplySpec = { source: "easypost", parse, errorKinds: ERROR_KINDS };

export function createEasyPostClient(options: ClientOptions<EasyPostCredentials>): AggregatorClient {
  const http = carrierHttp("easypost", EASYPOST_BASE_URL, options);
  const authorization = basicAuth(options.credentials.apiKey, "");
  /** Tracker ids of numbers registered through this client. */
  const trackerIds = new Map<string, string>();

  async function trackOne([number]: string[]) {
    const id = trackerIds.get(number);
    const reply = id
      ? await http.request("GET", `/v2/trackers/${encodeURIComponent(id)}`, { headers: { authorization } })
      : await http.request("GET", "/v2/trackers", { query: { tracking_code: number, page_size: "1" }, headers: { authorization } });
    return resultsFromReply([number], reply, SPEC);
  }

  async function register(trackingNumber: string, carrierHint?: string): Promise<RegisterResult> {
    const carrier = aggregatorCarrier(CARRIERS, carrierHint);
    try {
      const reply = await http.request("POST", "/v2/trackers", {
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ tracker: carrier ? { tracking_code: trackingNumber, carrier } : { tracking_code: trackingNumber } }),
      });
      return registration(trackingNumber, reply);
    } catch (err) {
      return { trackingNumber, ok: false, error: errorFromException(err) };
    }
  }

  function registration(trackingNumber: string, reply: HttpReply): RegisterResult {
    if (reply.status < 300) {
      const id = trackerId(reply.body);
      if (id !== null) {
        const already = trackerIds.get(trackingNumber) === id;
        trackerIds.set(trackingNumber, id);
        return { trackingNumber, ok: true, id, alreadyRegistered: already };
      }
    }
    // The parser reads error bodies (and says what is wrong with anything else).
    const [outcome] = resultsFromReply([trackingNumber], reply, SPEC);
    return outcome.ok
      ? { trackingNumber, ok: false, error: { kind: "format", message: "easypost: tracker without an id", field: "id", body: reply.body } }
      : outcome;
  }

  return { source: "easypost", track: (numbers) => trackInBatches(numbers, 1, trackOne), register };
}

function trackerId(body: string): string | null {
  try {
    const root: unknown = JSON.parse(body);
    return isObject(root) && root.object === "Tracker" ? text(root.id) : null;
  } catch {
    return null;
  }
}
