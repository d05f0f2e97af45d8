import { afterEach, describe, expect, it } from "vitest";
import { ownFixture, sharedFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { UPS_TOKEN_REFUSED, upsTokenBody } from "../http/testing/oauth-bodies";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createUpsClient } from "./client.server";
import { parse } from "./parse";

const CREDENTIALS = { clientId: "porchlight-test-client", clientSecret: "s3cret", merchantId: "81WV38" };
const TRACK = "/api/track/v1/details/";
const isToken = (req: ReceivedRequest) => req.method === "POST" && req.path === "/security/v1/oauth/token";
const isTrack = (req: ReceivedRequest) => req.method === "GET" && req.path.startsWith(TRACK);

const BODIES: Record<string, string> = {
  "1Z81WV380316886844": ownFixture("ups", "delivered.json"),
  "1Z81WV380316886822": ownFixture("ups", "in-transit.json"),
  "1Z023E2X0214323462": sharedFixture("ups", "TrackingResponseJSON.json"),
};

function client(url: string, h: ClientHarness = harness()) {
  return createUpsClient({ baseUrl: url, credentials: CREDENTIALS, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({
  source: "ups",
  number: "1Z81WV380316886844",
  isTrackRequest: isTrack,
  success: () => ({ body: BODIES["1Z81WV380316886844"] }),
  other: (req) => (isToken(req) ? { body: upsTokenBody("tok-1") } : { status: 404 }),
  create: client,
});

describe("ups client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(track: Handler, token: Handler = () => ({ body: upsTokenBody("tok-1") })): Promise<CarrierServer> {
    server = await startCarrierServer((req) => (isToken(req) ? token(req) : isTrack(req) ? track(req) : { status: 404, body: "" }));
    return server;
  }
  const byNumber: Handler = (req) => {
    const body = BODIES[decodeURIComponent(req.path.slice(TRACK.length))];
    return body ? { body } : { body: sharedFixture("ups", "TrackingNumberNotFoundResponseJSON.json") };
  };

  it("tracks each number through the UPS parser, with the token, transId and transactionSrc headers", async () => {
    const s = await serve(byNumber);
    const results = await client(s.url).track(["1Z81WV380316886844", "1Z81WV380316886822"]);

    expect(results.map((r) => r.trackingNumber)).toEqual(["1Z81WV380316886844", "1Z81WV380316886822"]);
    const [delivered, transit] = results;
    if (!delivered.ok || !transit.ok) throw new Error("expected both tracked");
    expect(delivered.tracking).toEqual(parse(BODIES["1Z81WV380316886844"])[0]);
    expect(delivered.tracking.events.at(-1)).toMatchObject({ milestone: "delivered", occurredAt: "2024-03-08T17:04:35.000Z", utcOffset: "-05:00" });
    expect(transit.tracking.events.at(-1)?.milestone).toBe("in_transit");

    const [token] = s.requests.filter(isToken);
    expect(token.headers.authorization).toBe(`Basic ${Buffer.from("porchlight-test-client:s3cret").toString("base64")}`);
    expect(token.headers["x-merchant-id"]).toBe("81WV38");
    expect(token.body).toBe("grant_type=client_credentials");
    const tracks = s.requests.filter(isTrack);
    expect(tracks).toHaveLength(2);
    for (const t of tracks) {
      expect(t.headers.authorization).toBe("Bearer tok-1");
      expect(t.headers.transactionsrc).toBe("porchlight");
      expect(t.headers.transid).toMatch(/^[0-9a-f]{32}$/);
      expect(t.query.get("locale")).toBe("en_US");
    }
    expect(tracks[0].headers.transid).not.toBe(tracks[1].headers.transid);
  });

  it("answers a shipment number with the package the carrier returned (shared UPS example)", async () => {
    const s = await serve(byNumber);
    const [r] = await client(s.url).track(["1Z023E2X0214323462"]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.trackingNumber).toBe("1Z023E2X0214323462");
    expect(r.tracking.events.length).toBeGreaterThan(0);
  });

  it("fetches the token once for many calls, again after it expires, and again once on a 401", async () => {
    let issued = 0;
    let revoked = "";
    const s = await serve(
      (req) => (req.headers.authorization === `Bearer ${revoked}` ? { status: 401, body: ownFixture("ups", "auth-error.json") } : byNumber(req)),
      () => ({ body: upsTokenBody(`tok-${++issued}`, 3_600) }),
    );
    const h = harness();
    const ups = client(s.url, h);

    await ups.track(["1Z81WV380316886844", "1Z81WV380316886822"]);
    await ups.track(["1Z81WV380316886844"]);
    expect(s.requests.filter(isToken)).toHaveLength(1);

    h.clock.advance(3_600_000);
    await ups.track(["1Z81WV380316886844"]);
    expect(s.requests.filter(isToken)).toHaveLength(2);
    expect(s.requests.filter(isTrack).at(-1)?.headers.authorization).toBe("Bearer tok-2");

    revoked = "tok-2";
    const [r] = await ups.track(["1Z81WV380316886822"]);
    expect(r.ok).toBe(true);
    expect(s.requests.filter(isToken)).toHaveLength(3);
    expect(s.requests.filter(isTrack).at(-1)?.headers.authorization).toBe("Bearer tok-3");
  });

  it("maps UPS error bodies to not_found, invalid and auth", async () => {
    const s = await serve((req) => {
      const n = decodeURIComponent(req.path.slice(TRACK.length));
      if (n === "1Z999AA10000000000") return { status: 200, body: sharedFixture("ups", "TrackingNumberNotFoundResponseJSON.json") };
      if (n === "NOTANUMBER") return { status: 400, body: sharedFixture("ups", "InvalidTrackingNumberResponseJSON.json") };
      return { status: 401, body: ownFixture("ups", "auth-error.json") };
    });
    const results = await client(s.url).track(["1Z999AA10000000000", "NOTANUMBER", "1Z81WV380316886844"]);
    expect(results.map((r) => (r.ok ? "ok" : [r.error.kind, r.error.code]))).toEqual([
      ["not_found", "TW0001"],
      ["invalid", "TV1002"],
      ["auth", "250002"],
    ]);
  });

  it("reports refused client credentials as auth without calling the tracking endpoint", async () => {
    const s = await serve(byNumber, () => ({ status: 401, body: UPS_TOKEN_REFUSED }));
    const [r] = await client(s.url).track(["1Z81WV380316886844"]);
    expect(r.ok || r.error).toMatchObject({ kind: "auth", code: "10401" });
    expect(s.requests.filter(isTrack)).toHaveLength(0);
  });

  it("keeps a malformed body for quarantine and names the field", async () => {
    const truncated = BODIES["1Z81WV380316886844"].slice(0, 400);
    const wrongShape = JSON.stringify({ trackResponse: { shipment: [{ package: [{ trackingNumber: "1Z81WV380316886844", activity: [{ status: { type: "D" } }] }] }] } });
    const s = await serve((req) => ({ body: req.path.endsWith("844") ? truncated : wrongShape }));
    const [a, b] = await client(s.url).track(["1Z81WV380316886844", "1Z81WV380316886822"]);
    expect(a.ok || a.error).toMatchObject({ kind: "format", field: "body", body: truncated });
    expect(b.ok || b.error).toMatchObject({ kind: "format", field: "trackResponse.shipment[0].package[0].activity[0].date", body: wrongShape });
  });
});
