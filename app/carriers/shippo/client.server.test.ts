import { afterEach, describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createShippoClient } from "./client.server";
import { parse } from "./parse";

const TOKEN = "shippo_test_5f3e";
const isTrackGet = (req: ReceivedRequest) => req.method === "GET" && req.path.startsWith("/tracks/");
const isRegister = (req: ReceivedRequest) => req.method === "POST" && req.path === "/tracks/";

type Track = Record<string, unknown> & { carrier: string; tracking_number: string };
const DELIVERED = JSON.parse(ownFixture("shippo", "track-delivered.json")) as Track;
const LOST = JSON.parse(ownFixture("shippo", "track-lost.json")) as Track;
const ATTEMPT = JSON.parse(ownFixture("shippo", "webhook-track-updated-attempt.json")).data as Track;
const TRACKS = new Map<string, Track>([DELIVERED, LOST, ATTEMPT].map((t) => [`${t.carrier}/${t.tracking_number}`, t]));
const KNOWN_CARRIERS = new Set(["usps", "ups", "fedex", "dhl_express", "shippo"]);

/** Shippo's answers: the track, its Django-style errors, a 401 for a wrong token. */
const shippo: Handler = (req) => {
  if (req.headers.authorization !== `ShippoToken ${TOKEN}`) return { status: 401, body: ownFixture("shippo", "error-unauthorized.json") };
  const [carrier, number] = isRegister(req)
    ? (({ carrier, tracking_number }: Track) => [carrier, tracking_number])(JSON.parse(req.body))
    : req.path.slice("/tracks/".length).split("/").map(decodeURIComponent);
  if (!KNOWN_CARRIERS.has(carrier)) return { status: 400, body: { carrier: [`Invalid value specified for provider '${carrier}'`] } };
  const track = TRACKS.get(`${carrier}/${number}`);
  return track ? { status: isRegister(req) ? 201 : 200, body: track } : { status: 404, body: ownFixture("shippo", "error-not-found.json") };
};

function client(url: string, h: ClientHarness = harness()) {
  return createShippoClient({ baseUrl: url, credentials: { apiToken: TOKEN }, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({ source: "shippo", number: DELIVERED.tracking_number, isTrackRequest: isTrackGet, success: shippo, create: client });

describe("shippo client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(handler: Handler): Promise<CarrierServer> {
    server = await startCarrierServer(handler);
    return server;
  }

  it("registers with the Shippo carrier token for a Porchlight hint and tracks by carrier and number", async () => {
    const s = await serve(shippo);
    const sh = client(s.url);
    expect(await sh.register(LOST.tracking_number, "fedex")).toEqual({ trackingNumber: LOST.tracking_number, ok: true, id: `fedex/${LOST.tracking_number}`, alreadyRegistered: false });
    const [post] = s.requests;
    expect(post.headers.authorization).toBe(`ShippoToken ${TOKEN}`);
    expect(JSON.parse(post.body)).toEqual({ carrier: "fedex", tracking_number: LOST.tracking_number });

    const [lost] = await sh.track([LOST.tracking_number]);
    if (!lost.ok) throw new Error(lost.error.message);
    expect(lost.tracking).toEqual(parse(ownFixture("shippo", "track-lost.json"))[0]);
    expect(s.requests.at(-1)?.path).toBe(`/tracks/fedex/${LOST.tracking_number}`);
  });

  it("finds the carrier from the number's format when none was registered", async () => {
    const s = await serve(shippo);
    const [delivered, attempt] = await client(s.url).track([DELIVERED.tracking_number, ATTEMPT.tracking_number]);
    if (!delivered.ok || !attempt.ok) throw new Error("expected both tracked");
    expect(delivered.tracking.events.at(-1)?.milestone).toBe("delivered");
    expect(attempt.tracking.events.map((e) => e.milestone)).toContain("failed_attempt");
    expect(s.requests.map((r) => r.path).sort()).toEqual([`/tracks/ups/${ATTEMPT.tracking_number}`, `/tracks/usps/${DELIVERED.tracking_number}`]);
  });

  it("passes the aggregator's own carrier token through (Shippo test mode)", async () => {
    const s = await serve(shippo);
    const r = await client(s.url).register("SHIPPO_TRANSIT", "shippo");
    expect(r.ok || r.error).toMatchObject({ kind: "not_found" });
    expect(JSON.parse(s.requests[0].body)).toEqual({ carrier: "shippo", tracking_number: "SHIPPO_TRANSIT" });
  });

  it("refuses a number whose carrier it cannot name, without calling Shippo", async () => {
    const s = await serve(shippo);
    const [r] = await client(s.url).track(["ZZ-NOT-A-FORMAT"]);
    expect(r.ok || r.error).toMatchObject({ kind: "invalid", code: "CARRIER_UNKNOWN" });
    expect(s.requests).toHaveLength(0);
  });

  it("maps Shippo's error bodies: Not found, Invalid token, field errors", async () => {
    const s = await serve(shippo);
    const [missing] = await client(s.url).track(["9400111899223344550000"]);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "not_found" });
    const bad = await client(s.url).register("449044304137821", "fedx");
    expect(bad.ok || bad.error).toMatchObject({ kind: "invalid", code: "invalid_carrier" });
    const denied = createShippoClient({ baseUrl: s.url, credentials: { apiToken: "wrong" }, ...harness() });
    const [d] = await denied.track([DELIVERED.tracking_number]);
    expect(d.ok || d.error).toMatchObject({ kind: "auth", code: "unauthorized" });
  });

  it("keeps a malformed track for quarantine", async () => {
    const body = JSON.stringify({ ...DELIVERED, tracking_history: [{ status: "TRANSIT", status_details: "In transit" }] });
    const s = await serve(() => ({ body }));
    const [r] = await client(s.url).track([DELIVERED.tracking_number]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", body });
    expect(r.ok ? "" : r.error.field).toMatch(/^tracking_history\[0\]\./);
  });
});
