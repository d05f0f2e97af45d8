// FedEx Track API client: OAuth2 client credentials (POST /oauth/token, form body), then
// POST /track/v1/trackingnumbers with up to 30 numbers per call.
import { isObject } from "../read-json";
import { carrierHttp } from "../http/carrier-http";
import { OAuthTokenCache } from "../http/oauth-token";
import { tokenFromReply } from "../http/token-response";
import { resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { ClientOptions, TrackingClient } from "../http/types";
import { parse } from "./parse";

export const FEDEX_BASE_URL = "https://apis.fedex.com";
export const FEDEX_BATCH_SIZE = 30;

export interface FedexCredentials {
  clientId: string;
  clientSecret: string;
}

const ERROR_KINDS: ErrorKindTable = {
  "TRACKING.TRACKINGNUMBER.NOTFOUND": "not_found",
  "TRACKING.TRACKINGNUMBER.INVALID": "invalid",
  "TRACKING.TRACKINGNUMBER.EMPTY": "invalid",
  "NOT.AUTHORIZED.ERROR": "auth",
  "FORBIDDEN.ERROR": "auth",
  "UNAUTHORIZED.ERROR": "auth",
};

/** One body per completeTrackResults entry, so a missing number does not hide the others. */
function splitByNumber(root: unknown): Array<{ number: string; body: unknown }> | null {
  if (!isObject(root) || !isObject(root.output) || !Array.isArray(root.output.completeTrackResults)) return null;
  const { output } = root;
  const pieces: Array<{ number: string; body: unknown }> = [];
  for (const entry of root.output.completeTrackResults as unknown[]) {
    if (!isObject(entry) || typeof entry.trackingNumber !== "string") return null;
    pieces.push({ number: entry.trackingNumber, body: { ...root, output: { ...output, completeTrackResults: [entry] } } });
  }
  return pieces;
}

const SPEC: ReplySpec = { source: "fedex", parse, errorKinds: ERROR_KINDS, split: splitByNumber };

export function createFedexClient(options: ClientOptions<FedexCredentials>): TrackingClient {
  const http = carrierHttp("fedex", FEDEX_BASE_URL, options);
  const { clientId, clientSecret } = options.credentials;

  const tokens = new OAuthTokenCache({
    clock: http.clock,
    fetchToken: async () =>
      tokenFromReply(
        "fedex",
        await http.request("POST", "/oauth/token", {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }).toString(),
        }),
      ),
  });

  async function trackBatch(numbers: string[]) {
    const body = JSON.stringify({
      includeDetailedScans: true,
      trackingInfo: numbers.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })),
    });
    const reply = await tokens.withToken((token) =>
      http.request("POST", "/track/v1/trackingnumbers", {
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-locale": "en_US" },
        body,
      }),
    );
    return resultsFromReply(numbers, reply, SPEC);
  }

  return { source: "fedex", track: (numbers) => trackInBatches(numbers, FEDEX_BATCH_SIZE, trackBatch) };
}
