// Token endpoint answers as each carrier publishes them.

/** UPS POST /security/v1/oauth/token (expires_in and issued_at are strings). */
export function upsTokenBody(token: string, expiresInSec = 14_399): Record<string, unknown> {
  return {
    token_type: "Bearer",
    issued_at: "1741010400000",
    client_id: "porchlight-test-client",
    access_token: token,
    expires_in: String(expiresInSec),
    refresh_count: "0",
    status: "approved",
  };
}

/** UPS 401 for unknown client credentials. */
export const UPS_TOKEN_REFUSED = { response: { errors: [{ code: "10401", message: "ClientId is Invalid" }] } };

/** FedEx POST /oauth/token. */
export function fedexTokenBody(token: string, expiresInSec = 3_599): Record<string, unknown> {
  return { access_token: token, token_type: "bearer", expires_in: expiresInSec, scope: "CXS" };
}

export const FEDEX_TOKEN_REFUSED = {
  transactionId: "4f1a2b3c-0000-4d5e-8f90-123456789abc",
  errors: [{ code: "NOT.AUTHORIZED.ERROR", message: "The given client credentials were not valid. Please modify your request and try again." }],
};

/** USPS POST /oauth2/v3/token. */
export function uspsTokenBody(token: string, expiresInSec = 28_799): Record<string, unknown> {
  return {
    access_token: token,
    token_type: "Bearer",
    issued_at: 1741010400000,
    expires_in: expiresInSec,
    status: "approved",
    scope: "tracking",
    issuer: "api.usps.com",
    client_id: "porchlight-test-client",
    application_name: "Porchlight",
    api_products: "[Public Access]",
    public_key: "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0=",
  };
}
