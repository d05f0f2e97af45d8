// Reading an OAuth2 token endpoint's answer. Carriers agree on access_token/expires_in (UPS sends
// expires_in as a string) but not on error bodies: RFC 6749 { error, error_description } (USPS),
// { errors: [{ code, message }] } (FedEx), { response: { errors: [...] } } (UPS).
import { CarrierFormatError } from "../../tracking/normalize";
import { isObject, text } from "../read-json";
import { RateLimitedError, TokenRequestError } from "./errors";
import type { HttpReply } from "./fetch-policy";
import type { IssuedToken } from "./oauth-token";

export function tokenFromReply(source: string, reply: HttpReply): IssuedToken {
  if (reply.status === 429) throw new RateLimitedError(source);
  let body: unknown;
  try {
    body = JSON.parse(reply.body);
  } catch {
    body = undefined;
  }
  if (reply.status >= 400) {
    const [code, message] = tokenError(body);
    throw new TokenRequestError(source, reply.status, code ?? `HTTP_${reply.status}`, message ?? "token request refused");
  }
  if (!isObject(body)) throw new CarrierFormatError(source, "token", "not a JSON object");
  const accessToken = text(body.access_token);
  if (accessToken === null) throw new CarrierFormatError(source, "token.access_token", "missing");
  const expiresInSec = Number(text(body.expires_in));
  if (!Number.isFinite(expiresInSec) || expiresInSec <= 0) throw new CarrierFormatError(source, "token.expires_in", "not a positive number");
  return { accessToken, expiresInSec };
}

function tokenError(body: unknown): [string | null, string | null] {
  if (!isObject(body)) return [null, null];
  const errorCode = text(body.error);
  if (errorCode !== null) return [errorCode, text(body.error_description)];
  const list = Array.isArray(body.errors) ? body.errors : isObject(body.response) && Array.isArray(body.response.errors) ? body.response.errors : [];
  const first = list[0];
  return isObject(first) ? [text(first.code), text(first.message)] : [null, null];
}
