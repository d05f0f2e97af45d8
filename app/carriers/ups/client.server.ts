// UPS Track API client: OAuth2 client credentials (POST /security/v1/oauth/token, Basic auth),
// then GET /api/track/v1/details/{inquiryNumber}, one number per call.
import { randomUUID } from "node:crypto";
import { basicAuth, carrierHttp } from "../http/carrier-http";
import { OAuthTokenCache } from "../http/oauth-token";
import { tokenFromReply } from "../http/token-response";
import { resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { ClientOptions, TrackingClient } from "../http/types";
import { parse } from "./parse";

export const UPS_BASE_URL = "https://onlinetools.ups.com";

export interface UpsCredentials {
  clientId: string;
  clientSecret: string;
  /** The shipper account number, sent as x-merchant-id when given. */
  merchantId?: string;
}

export interface UpsClientOptions extends ClientOptions<UpsCredentials> {
  /** transactionSrc header: who is calling. */
  transactionSrc?: string;
}

const ERROR_KINDS: ErrorKindTable = {
  TW0001: "not_found", // Tracking Information Not Found
  "151044": "not_found", // No tracking information available
  TV1002: "invalid", // Invalid inquiry number
  "151018": "invalid", // Invalid tracking number
  "250001": "auth", // Invalid Access License for the tool
  "250002": "auth", // Invalid Authentication Information
  "250003": "auth", // Invalid Access License number
  "10401": "auth", // ClientId is Invalid
  "10429": "rate_limited", // Too many requests
};

const SPEC: ReplySpec = { source: "ups", parse, errorKinds: ERROR_KINDS };

export function createUpsClient(options: UpsClientOptions): TrackingClient {
  const http = carrierHttp("ups", UPS_BASE_URL, options);
  const { clientId, clientSecret, merchantId } = options.credentials;
  const transactionSrc = options.transactionSrc ?? "porchlight";

  const tokens = new OAuthTokenCache({
    clock: http.clock,
    fetchToken: async () =>
      tokenFromReply(
        "ups",
        await http.request("POST", "/security/v1/oauth/token", {
          headers: {
            authorization: basicAuth(clientId, clientSecret),
            "content-type": "application/x-www-form-urlencoded",
            ...(merchantId ? { "x-merchant-id": merchantId } : {}),
          },
          body: "grant_type=client_credentials",
        }),
      ),
  });

  async function trackOne([number]: string[]) {
    const reply = await tokens.withToken((token) =>
      http.request("GET", `/api/track/v1/details/${encodeURIComponent(number)}`, {
        query: { locale: "en_US", returnSignature: "false" },
        // transId must be unique per request and at most 32 characters.
        headers: { authorization: `Bearer ${token}`, transId: randomUUID().replaceAll("-", ""), transactionSrc },
      }),
    );
    return resultsFromReply([number], reply, SPEC);
  }

  return { source: "ups", track: (numbers) => trackInBatches(numbers, 1, trackOne) };
}
