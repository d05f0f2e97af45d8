import { afterEach, describe, expect, it } from "vitest";
import { ownFixture, sharedFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { uspsTokenBody } from "../http/testing/oauth-bodies";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createUspsClient } from "./client.server";
import { parse } from "./parse";

const CREDENTIALS = { clientId: "usps-consumer-key", clientSecret: "usps-consumer-secret" };
const TRACK = "/tracking/v3/tracking/";
const isToken = (req: ReceivedRequest) => req.method === "POST" && req.path === "/oauth2/v3/token";
const isTrack = (req: ReceivedRequest) => req.method === "GET" && req.path.startsWith(TRACK);

const BODIES: Record<string, string> = {
  "9400111899223344556601": ownFixture("usps", "label-created.json"),
  "9400111899223344556623": ownFixture("usps", "out-for-delivery.json"),
  "9400111899223344556634": ownFixture("usps", "failed-attempt.json"),
  "9400109104250532908587": sharedFixture("usps", "TrackingResponse.json"),
};
const byNumber: Handler = (req) => {
  const body = BODIES[decodeURIComponent(req.path.slice(TRACK.length))];
  return body ? { body } : { status: 404, body: ownFixture("usps", "not-found.json") };
};

function client(url: string, h: ClientHarness = harness()) {
  return createUspsClient({ baseUrl: url, credentials: CREDENTIALS, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({
  source: "usps",
  number: "9400111899223344556623",
  isTrackRequest: isTrack,
  success: byNumber,
  other: (req) => (isToken(req) ? { body: uspsTokenBody("usps-1") } : { status: 404 }),
  create: client,
});

describe("usps client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(track: Handler, token: Handler = () => ({ body: uspsTokenBody("usps-1") })): Promise<CarrierServer> {
    server = await startCarrierServer((req) => (isToken(req) ? token(req) : isTrack(req) ? track(req) : { status: 404, body: "" }));
    return server;
  }

  it("requests each number with expand=DETAIL and a JSON token request, and reads it through the USPS parser", async () => {
    const s = await serve(byNumber);
    const numbers = ["9400111899223344556601", "9400111899223344556623", "9400109104250532908587"];
    const results = await client(s.url).track(numbers);

    expect(results.map((r) => r.trackingNumber)).toEqual(numbers);
    const [label, out, shared] = results;
    if (!label.ok || !out.ok || !shared.ok) throw new Error("expected all tracked");
    expect(out.tracking).toEqual(parse(BODIES["9400111899223344556623"])[0]);
    expect(out.tracking.events.at(-1)?.milestone).toBe("out_for_delivery");
    expect(label.tracking.events.at(-1)?.milestone).toBe("info_received");
    expect(shared.tracking.trackingNumber).toBe("9400109104250532908587");

    const [token] = s.requests.filter(isToken);
    expect(JSON.parse(token.body)).toEqual({ grant_type: "client_credentials", client_id: "usps-consumer-key", client_secret: "usps-consumer-secret" });
    const tracks = s.requests.filter(isTrack);
    expect(tracks.map((t) => t.path).sort()).toEqual(numbers.map((n) => TRACK + n).sort());
    expect(tracks.every((t) => t.query.get("expand") === "DETAIL" && t.headers.authorization === "Bearer usps-1")).toBe(true);
  });

  it("fetches the token once for many calls, again after expiry, and again once on a 401", async () => {
    let issued = 0;
    let revoked = "";
    const s = await serve(
      (req) => (req.headers.authorization === `Bearer ${revoked}` ? { status: 401, body: sharedFixture("usps", "AuthErrorResponse.json") } : byNumber(req)),
      () => ({ body: uspsTokenBody(`usps-${++issued}`, 28_799) }),
    );
    const h = harness();
    const usps = client(s.url, h);
    await usps.track(["9400111899223344556601", "9400111899223344556623", "9400111899223344556634"]);
    expect(s.requests.filter(isToken)).toHaveLength(1);
    expect(s.requests.filter(isTrack)).toHaveLength(3);

    h.clock.advance(28_799_000);
    await usps.track(["9400111899223344556601"]);
    expect(s.requests.filter(isToken)).toHaveLength(2);

    revoked = "usps-2";
    const [r] = await usps.track(["9400111899223344556601"]);
    expect(r.ok).toBe(true);
    expect(s.requests.filter(isToken)).toHaveLength(3);
  });

  it("maps not-found and auth error bodies", async () => {
    const s = await serve((req) =>
      req.path.endsWith("0000") ? { status: 404, body: ownFixture("usps", "not-found.json") } : { status: 401, body: sharedFixture("usps", "AuthErrorResponse.json") },
    );
    const [missing, denied] = await client(s.url).track(["9400111899223344550000", "9400111899223344556601"]);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "404" });
    expect(denied.ok || denied.error).toMatchObject({ kind: "auth", code: "invalid_client" });
  });

  it("reports a refused token request as auth", async () => {
    const s = await serve(byNumber, () => ({ status: 401, body: sharedFixture("usps", "AuthErrorResponse.json") }));
    const [r] = await client(s.url).track(["9400111899223344556601"]);
    expect(r.ok || r.error).toMatchObject({ kind: "auth", code: "invalid_client" });
    expect(s.requests.filter(isTrack)).toHaveLength(0);
  });

  it("reports a malformed token answer as format", async () => {
    const s = await serve(byNumber, () => ({ body: { token_type: "Bearer", expires_in: 28_799 } }));
    const [r] = await client(s.url).track(["9400111899223344556601"]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", field: "token.access_token" });
  });

  it("keeps a malformed tracking body for quarantine", async () => {
    const body = JSON.stringify({ ...JSON.parse(BODIES["9400111899223344556623"]), trackingEvents: [{ eventType: "Out for Delivery", eventCode: "OF" }] });
    const s = await serve(() => ({ body }));
    const [r] = await client(s.url).track(["9400111899223344556623"]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", body });
    expect(r.ok ? "" : r.error.field).toMatch(/^trackingEvents\[0\]\./);
  });
});
