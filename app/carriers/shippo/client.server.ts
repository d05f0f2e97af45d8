// Shippo Tracking client: "Authorization: ShippoToken <key>".
// register(): POST /tracks/ (registers the number for track_updated webhooks).
// track(): GET /tracks/{carrier}/{tracking_number}, one number per call. Shippo needs the
// carrier: the hint given at registration, else the one the number's format names.
import { detectCarrier } from "../../tracking/detect";
import { aggregatorCarrier } from "../http/carrier-hint";
import { carrierHttp } from "../http/carrier-http";
import { errorFromException, failure, resultsFromReply, trackInBatches, type ErrorKindTable, type ReplySpec } from "../http/track-results";
import type { AggregatorClient, ClientOptions, RegisterResult, TrackError } from "../http/types";
import { parse } from "./parse";

export const SHIPPO_BASE_URL = "https://api.goshippo.com";

export interface ShippoCredentials {
  apiToken: string;
}

// The parser's codes: "not_found", "unauthorized", "invalid_<field>" for field errors.
const ERROR_KINDS: ErrorKindTable = { not_found: "not_found", unauthorized: "auth" };

/** Shippo carrier tokens for Porchlight carrier ids. */
const CARRIERS: Readonly<Record<string, string>> = {
  australiapost: "australia_post",
  canadapost: "canada_post",
  dhl_ecommerce: "dhl_ecommerce",
  dhl_express: "dhl_express",
  fedex: "fedex",
  lasership: "lasership",
  ontrac: "ontrac",
  purolator: "purolator",
  royalmail: "royal_mail",
  ups: "ups",
  usps: "usps",
};

const SPEC: ReplySpec = { source: "shippo", parse, errorKinds: ERROR_KINDS };

export function createShippoClient(options: ClientOptions<ShippoCredentials>): AggregatorClient {
  const http = carrierHttp("shippo", SHIPPO_BASE_URL, options);
  const authorization = `ShippoToken ${options.credentials.apiToken}`;
  /** Carriers named at registration. */
  const carrierOf = new Map<string, string>();

  function carrierFor(number: string, hint?: string): string | undefined {
    return aggregatorCarrier(CARRIERS, hint) ?? carrierOf.get(number) ?? aggregatorCarrier(CARRIERS, detectCarrier(number).carrier ?? undefined);
  }

  function noCarrier(number: string): TrackError {
    return { kind: "invalid", message: `shippo: no carrier known for ${number}; register it with a carrier hint`, code: "CARRIER_UNKNOWN" };
  }

  async function trackOne([number]: string[]) {
    const carrier = carrierFor(number);
    if (!carrier) return [failure(number, noCarrier(number))];
    const reply = await http.request("GET", `/tracks/${encodeURIComponent(carrier)}/${encodeURIComponent(number)}`, { headers: { authorization } });
    return resultsFromReply([number], reply, SPEC);
  }

  async function register(trackingNumber: string, carrierHint?: string): Promise<RegisterResult> {
    const carrier = carrierFor(trackingNumber, carrierHint);
    if (!carrier) return { trackingNumber, ok: false, error: noCarrier(trackingNumber) };
    try {
      const reply = await http.request("POST", "/tracks/", {
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ carrier, tracking_number: trackingNumber }),
      });
      const [outcome] = resultsFromReply([trackingNumber], reply, SPEC);
      if (!outcome.ok) return outcome;
      const already = carrierOf.get(trackingNumber) === carrier;
      carrierOf.set(trackingNumber, carrier);
      // A Shippo track has no id of its own: carrier and number name it.
      return { trackingNumber, ok: true, id: `${carrier}/${trackingNumber}`, alreadyRegistered: already };
    } catch (err) {
      return { trackingNumber, ok: false, error: errorFromException(err) };
    }
  }

  return { source: "shippo", track: (numbers) => trackInBatches(numbers, 1, trackOne), register };
}
