// USPS Tracking API v3 client: OAuth2 client credentials (POST /oauth2/v3/token, JSON body),
// then GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL, one number per call.
import { carrierHttp } from "../http/carrier-http";
import { OAuthTokenCache } from "../http/oauth-token";
import { tokenFromReply } from "../http/token-response";
import { resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { ClientOptions, TrackingClient } from "../http/types";
import { parse } from "./parse";

export const USPS_BASE_URL = "https://apis.usps.com";

export interface UspsCredentials {
  /** The app's consumer key. */
  clientId: string;
  /** The app's consumer secret. */
  clientSecret: string;
}

const ERROR_KINDS: ErrorKindTable = {
  "404": "not_found",
  NOT_FOUND: "not_found",
  "400": "invalid",
  "401": "auth",
  "403": "auth",
  invalid_client: "auth",
  invalid_token: "auth",
  unauthorized_client: "auth",
  "429": "rate_limited",
};

const SPEC: ReplySpec = { source: "usps", parse, errorKinds: ERROR_KINDS };

export function createUspsClient(options: ClientOptions<UspsCredentials>): TrackingClient {
  const http = carrierHttp("usps", USPS_BASE_URL, options);
  const { clientId, clientSecret } = options.credentials;

  const tokens = new OAuthTokenCache({
    clock: http.clock,
    fetchToken: async () =>
      tokenFromReply(
        "usps",
        await http.request("POST", "/oauth2/v3/token", {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
        }),
      ),
  });

  async function trackOne([number]: string[]) {
    const reply = await tokens.withToken((token) =>
      http.request("GET", `/tracking/v3/tracking/${encodeURIComponent(number)}`, {
        query: { expand: "DETAIL" },
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    return resultsFromReply([number], reply, SPEC);
  }

  return { source: "usps", track: (numbers) => trackInBatches(numbers, 1, trackOne) };
}
