import { afterEach, describe, expect, it } from "vitest";
import { ownFixture, sharedFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { FEDEX_TOKEN_REFUSED, fedexTokenBody } from "../http/testing/oauth-bodies";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createFedexClient } from "./client.server";
import { parse } from "./parse";

const CREDENTIALS = { clientId: "l7xx-test-client", clientSecret: "s3cret" };
const isToken = (req: ReceivedRequest) => req.method === "POST" && req.path === "/oauth/token";
const isTrack = (req: ReceivedRequest) => req.method === "POST" && req.path === "/track/v1/trackingnumbers";

type Entry = Record<string, unknown>;
const entriesOf = (text: string): Entry[] => JSON.parse(text).output.completeTrackResults;
/** Every completeTrackResults entry we have, by its tracking number. */
const ENTRIES = new Map<string, Entry>();
for (const name of ["label-created.json", "in-transit.json", "out-for-delivery.json", "failed-attempt.json", "exception.json", "return.json"]) {
  for (const e of entriesOf(ownFixture("fedex", name))) ENTRIES.set(e.trackingNumber as string, e);
}
for (const e of entriesOf(sharedFixture("fedex", "TrackingResponse.json"))) ENTRIES.set(e.trackingNumber as string, e);
const NOT_FOUND_ENTRY = entriesOf(ownFixture("fedex", "not-found.json"))[0];

function notFoundEntry(number: string): Entry {
  const copy = structuredClone(NOT_FOUND_ENTRY) as { trackingNumber: string; trackResults: Array<{ trackingNumberInfo: { trackingNumber: string } }> };
  copy.trackingNumber = number;
  copy.trackResults[0].trackingNumberInfo.trackingNumber = number;
  return copy;
}

/** What FedEx answers for the numbers in a track request body. */
function answerFor(req: ReceivedRequest) {
  const asked: string[] = JSON.parse(req.body).trackingInfo.map((t: { trackingNumberInfo: { trackingNumber: string } }) => t.trackingNumberInfo.trackingNumber);
  return {
    body: {
      transactionId: "624deea6-b709-470c-8c39-4b5511281492",
      output: { completeTrackResults: asked.map((n) => ENTRIES.get(n) ?? notFoundEntry(n)) },
    },
  };
}

function client(url: string, h: ClientHarness = harness()) {
  return createFedexClient({ baseUrl: url, credentials: CREDENTIALS, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({
  source: "fedex",
  number: "794612345021",
  isTrackRequest: isTrack,
  success: answerFor,
  other: (req) => (isToken(req) ? { body: fedexTokenBody("fx-1") } : { status: 404 }),
  create: client,
});

describe("fedex client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(track: Handler, token: Handler = () => ({ body: fedexTokenBody("fx-1") })): Promise<CarrierServer> {
    server = await startCarrierServer((req) => (isToken(req) ? token(req) : isTrack(req) ? track(req) : { status: 404, body: "" }));
    return server;
  }

  it("posts the documented request and reads every number of the batch through the FedEx parser", async () => {
    const s = await serve(answerFor);
    const numbers = ["794612345010", "794612345021", "794612345065", "123456789012", "39936862321"];
    const results = await client(s.url).track(numbers);

    expect(results.map((r) => r.trackingNumber)).toEqual(numbers);
    // The shared FedEx example answers its second number with TRACKING.TRACKINGNUMBER.NOTFOUND.
    const last = results.pop()!;
    expect(last.ok || last.error).toMatchObject({ kind: "not_found", code: "TRACKING.TRACKINGNUMBER.NOTFOUND" });
    for (const r of results) if (!r.ok) throw new Error(r.error.message);
    const [label, transit, returned] = results.map((r) => (r.ok ? r.tracking : null));
    expect(transit).toEqual(parse(ownFixture("fedex", "in-transit.json"))[0]);
    expect(label?.events.at(-1)?.milestone).toBe("info_received");
    expect(returned?.events.some((e) => e.milestone === "returning")).toBe(true);

    const [token] = s.requests.filter(isToken);
    expect(token.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(token.body))).toEqual({ grant_type: "client_credentials", client_id: "l7xx-test-client", client_secret: "s3cret" });
    const [track] = s.requests.filter(isTrack);
    expect(track.headers.authorization).toBe("Bearer fx-1");
    expect(JSON.parse(track.body)).toEqual({
      includeDetailedScans: true,
      trackingInfo: numbers.map((trackingNumber) => ({ trackingNumberInfo: { trackingNumber } })),
    });
  });

  it("asks for at most 30 numbers per call", async () => {
    const s = await serve(answerFor);
    const numbers = Array.from({ length: 65 }, (_, i) => String(794600000000 + i));
    const results = await client(s.url).track(numbers);
    expect(s.requests.filter(isTrack).map((r) => JSON.parse(r.body).trackingInfo.length)).toEqual([30, 30, 5]);
    expect(results).toHaveLength(65);
    expect(results.every((r) => !r.ok && r.error.kind === "not_found" && r.error.code === "TRACKING.TRACKINGNUMBER.NOTFOUND")).toBe(true);
  });

  it("gives a not-found number its own error while the rest of the batch is tracked", async () => {
    const s = await serve(answerFor);
    const [found, missing] = await client(s.url).track(["794612345043", "794699999999"]);
    expect(found.ok).toBe(true);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "TRACKING.TRACKINGNUMBER.NOTFOUND" });
  });

  it("fetches the token once for many calls, again after expiry, and again once on a 401", async () => {
    let issued = 0;
    let revoked = "";
    const s = await serve(
      (req) => (req.headers.authorization === `Bearer ${revoked}` ? { status: 401, body: ownFixture("fedex", "auth-error.json") } : answerFor(req)),
      () => ({ body: fedexTokenBody(`fx-${++issued}`, 3_599) }),
    );
    const h = harness();
    const fedex = client(s.url, h);
    await Promise.all([fedex.track(["794612345010"]), fedex.track(["794612345021"]), fedex.track(["794612345032"])]);
    expect(s.requests.filter(isToken)).toHaveLength(1);

    h.clock.advance(3_600_000);
    await fedex.track(["794612345010"]);
    expect(s.requests.filter(isToken)).toHaveLength(2);

    revoked = "fx-2";
    const [r] = await fedex.track(["794612345010"]);
    expect(r.ok).toBe(true);
    expect(s.requests.filter(isToken)).toHaveLength(3);
    expect(s.requests.filter(isTrack).at(-1)?.headers.authorization).toBe("Bearer fx-3");
  });

  it("maps an expired-token answer that stays 401 to auth, and refused credentials to auth", async () => {
    const s = await serve(() => ({ status: 401, body: ownFixture("fedex", "auth-error.json") }));
    const [r] = await client(s.url).track(["794612345010"]);
    expect(r.ok || r.error).toMatchObject({ kind: "auth", code: "NOT.AUTHORIZED.ERROR" });
    await s.close();

    const refused = await serve(answerFor, () => ({ status: 401, body: FEDEX_TOKEN_REFUSED }));
    const [t] = await client(refused.url).track(["794612345010"]);
    expect(t.ok || t.error).toMatchObject({ kind: "auth", code: "NOT.AUTHORIZED.ERROR" });
    expect(refused.requests.filter(isTrack)).toHaveLength(0);
  });

  it("maps a rejected request (shared ErrorResponse) to invalid for every number", async () => {
    const s = await serve(() => ({ status: 400, body: sharedFixture("fedex", "ErrorResponse.json") }));
    const results = await client(s.url).track(["794612345010", "794612345021"]);
    expect(results.map((r) => (r.ok ? "ok" : `${r.error.kind}:${r.error.code}`))).toEqual([
      "invalid:TRACKING.TRACKINGNUMBER.EMPTY",
      "invalid:TRACKING.TRACKINGNUMBER.EMPTY",
    ]);
  });

  it("keeps a malformed batch body for quarantine, per number when the envelope is readable", async () => {
    const bad = structuredClone(ENTRIES.get("794612345021")!) as { trackResults: Array<{ scanEvents: Array<Record<string, unknown>> }> };
    delete bad.trackResults[0].scanEvents[0].date;
    const body = JSON.stringify({ transactionId: "t-1", output: { completeTrackResults: [ENTRIES.get("794612345010"), bad] } });
    const s = await serve(() => ({ body }));
    const [good, broken] = await client(s.url).track(["794612345010", "794612345021"]);
    expect(good.ok).toBe(true);
    expect(broken.ok || broken.error).toMatchObject({ kind: "format", field: "output.completeTrackResults[0].trackResults[0].scanEvents[0].date", body });

    await s.close();
    const html = await serve(() => ({ body: "<html><body>Gateway maintenance</body></html>" }));
    const [r] = await client(html.url).track(["794612345010"]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", field: "body", body: "<html><body>Gateway maintenance</body></html>" });
  });
});
