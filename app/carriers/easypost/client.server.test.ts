import { afterEach, describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createEasyPostClient } from "./client.server";
import { parse } from "./parse";

const API_KEY = "EZTK_test_key";
const AUTH = `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}`;
const isTrackers = (req: ReceivedRequest) => req.path === "/v2/trackers" || req.path.startsWith("/v2/trackers/");
const isRead = (req: ReceivedRequest) => req.method === "GET" && isTrackers(req);

type Tracker = Record<string, unknown> & { id: string; tracking_code: string };
const DELIVERED = JSON.parse(ownFixture("easypost", "tracker-delivered.json")) as Tracker;
const ATTEMPT = JSON.parse(ownFixture("easypost", "event-tracker-updated-attempt.json")).result as Tracker;
const LISTED = JSON.parse(ownFixture("easypost", "trackers-list.json")).trackers as Tracker[];
const KNOWN = new Map<string, Tracker>([DELIVERED, ATTEMPT, ...LISTED].map((t) => [t.tracking_code, t]));
const errorBody = (code: string, message: string) => ({ error: { code, message, errors: [] } });

/** A stand-in EasyPost account holding the trackers created through it. */
function easypost(trackers = new Map<string, Tracker>()): Handler {
  return (req) => {
    if (req.headers.authorization !== AUTH) return { status: 403, body: errorBody("APIKEY.INACTIVE", "This api key is no longer active.") };
    if (req.method === "POST" && req.path === "/v2/trackers") {
      const { tracking_code: code, carrier } = JSON.parse(req.body).tracker as { tracking_code?: string; carrier?: string };
      if (!code) return { status: 422, body: ownFixture("easypost", "error-parameter-required.json") };
      const existing = trackers.get(code);
      if (existing) return { status: 200, body: existing };
      const created = KNOWN.get(code) ?? { id: `trk_${trackers.size + 1}`, object: "Tracker", tracking_code: code, carrier: carrier ?? "USPS", status: "unknown", tracking_details: [] };
      trackers.set(code, created);
      return { status: 201, body: created };
    }
    if (req.path === "/v2/trackers") {
      const found = trackers.get(req.query.get("tracking_code") ?? "");
      return { body: { trackers: found ? [found] : [], has_more: false } };
    }
    const id = decodeURIComponent(req.path.slice("/v2/trackers/".length));
    const tracker = [...trackers.values()].find((t) => t.id === id);
    return tracker ? { body: tracker } : { status: 404, body: ownFixture("easypost", "error-not-found.json") };
  };
}

function client(url: string, h: ClientHarness = harness(), apiKey = API_KEY) {
  return createEasyPostClient({ baseUrl: url, credentials: { apiKey }, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({
  source: "easypost",
  number: DELIVERED.tracking_code,
  isTrackRequest: isRead,
  success: easypost(new Map([[DELIVERED.tracking_code, DELIVERED]])),
  create: client,
});

describe("easypost client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(handler: Handler): Promise<CarrierServer> {
    server = await startCarrierServer(handler);
    return server;
  }

  it("registers with Basic auth and the EasyPost carrier name, then reads the tracker by id through the parser", async () => {
    const s = await serve(easypost());
    const ep = client(s.url);
    const reg = await ep.register(DELIVERED.tracking_code, "fedex");
    expect(reg).toEqual({ trackingNumber: DELIVERED.tracking_code, ok: true, id: DELIVERED.id, alreadyRegistered: false });
    const [post] = s.requests;
    expect(post.headers.authorization).toBe(AUTH);
    expect(JSON.parse(post.body)).toEqual({ tracker: { tracking_code: DELIVERED.tracking_code, carrier: "FedEx" } });

    const [r] = await ep.track([DELIVERED.tracking_code]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.tracking).toEqual(parse(ownFixture("easypost", "tracker-delivered.json"))[0]);
    expect(r.tracking.events.at(-1)?.milestone).toBe("delivered");
    expect(s.requests.at(-1)?.path).toBe(`/v2/trackers/${DELIVERED.id}`);
  });

  it("says a repeat registration was already there", async () => {
    const s = await serve(easypost());
    const ep = client(s.url);
    await ep.register(ATTEMPT.tracking_code, "ups");
    expect(await ep.register(ATTEMPT.tracking_code, "ups")).toEqual({ trackingNumber: ATTEMPT.tracking_code, ok: true, id: ATTEMPT.id, alreadyRegistered: true });
  });

  it("finds trackers it did not register by tracking_code, and reports unknown numbers as not_found", async () => {
    const s = await serve(easypost(new Map([[ATTEMPT.tracking_code, ATTEMPT]])));
    const [attempt, unknown] = await client(s.url).track([ATTEMPT.tracking_code, "EZ9999999999"]);
    if (!attempt.ok) throw new Error(attempt.error.message);
    expect(attempt.tracking).toEqual(parse(ownFixture("easypost", "event-tracker-updated-attempt.json"))[0]);
    expect(attempt.tracking.events.map((e) => e.milestone)).toContain("failed_attempt");
    expect(unknown.ok || unknown.error).toMatchObject({ kind: "not_found", code: "NOT_IN_RESPONSE" });
    const reads = s.requests.filter(isRead);
    expect(reads.map((r) => r.query.get("tracking_code")).sort()).toEqual([ATTEMPT.tracking_code, "EZ9999999999"].sort());
  });

  it("maps EasyPost error bodies: NOT_FOUND, APIKEY.INACTIVE, PARAMETER.REQUIRED", async () => {
    const trackers = new Map<string, Tracker>();
    const s = await serve(easypost(trackers));
    const ep = client(s.url);
    await ep.register("EZ1000000009");
    trackers.clear(); // the tracker is gone at EasyPost's end: GET /v2/trackers/{id} answers 404
    const [missing] = await ep.track(["EZ1000000009"]);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "NOT_FOUND" });
    expect(s.requests.at(-1)?.path).toBe("/v2/trackers/trk_1");

    const [denied] = await client(s.url, harness(), "EZTK_revoked").track(["EZ1000000009"]);
    expect(denied.ok || denied.error).toMatchObject({ kind: "auth", code: "APIKEY.INACTIVE" });
    const blank = await ep.register("");
    expect(blank.ok || blank.error).toMatchObject({ kind: "invalid", code: "PARAMETER.REQUIRED" });
  });

  it("keeps a malformed tracker for quarantine", async () => {
    const body = JSON.stringify({ ...DELIVERED, tracking_details: [{ object: "TrackingDetail", message: "Delivered", status: "delivered" }] });
    const s = await serve(() => ({ body: `{"trackers":[${body}],"has_more":false}` }));
    const [r] = await client(s.url).track([DELIVERED.tracking_code]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", field: "trackers[0].tracking_details[0].datetime" });
    expect(r.ok ? null : r.error.body).toContain(DELIVERED.id);
  });
});
