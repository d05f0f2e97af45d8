import { afterEach, describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest, type Reply } from "../http/testing/carrier-server";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createAfterShipClient } from "./client.server";
import { parse } from "./parse";

const API_KEY = "asat_test_key";
const PATH = "/tracking/2024-10/trackings";
const isList = (req: ReceivedRequest) => req.method === "GET" && req.path === PATH;
const isCreate = (req: ReceivedRequest) => req.method === "POST" && req.path === PATH;

type Tracking = Record<string, unknown> & { id: string; tracking_number: string };
const ATTEMPT_FAIL = JSON.parse(ownFixture("aftership", "get-2025-attempt-fail.json")).data as Tracking;
const DELIVERED = JSON.parse(ownFixture("aftership", "get-v4-delivered.json")).data.tracking as Tracking;
const LISTED = JSON.parse(ownFixture("aftership", "list-trackings.json")).data.trackings as Tracking[];
/** What AfterShip would have on file once a number is registered (its checkpoints come later). */
const KNOWN = new Map<string, Tracking>([ATTEMPT_FAIL, DELIVERED, ...LISTED].map((t) => [t.tracking_number, t]));

const envelope = (code: number, data: unknown, message = "OK", type = "OK") => ({ meta: { code, message, type }, data });

/** A stand-in AfterShip account: registered trackings, the list filter, the create call, its errors. */
function aftership(registered = new Map<string, Tracking>()): Handler {
  return (req) => {
    if (req.headers["as-api-key"] !== API_KEY) return { status: 401, body: ownFixture("aftership", "error-unauthorized.json") };
    if (isCreate(req)) {
      const { tracking_number: number, slug } = JSON.parse(req.body) as { tracking_number: string; slug?: string };
      const existing = registered.get(number);
      if (existing) return { status: 400, body: envelope(4003, { id: existing.id, tracking_number: number, slug: existing.slug }, "Tracking already exists.", "BadRequest") };
      const tracking = KNOWN.get(number) ?? { id: `as${registered.size + 1}`, tracking_number: number, slug: slug ?? "ups", tag: "Pending", subtag: "Pending_001", checkpoints: [] };
      registered.set(number, tracking);
      return { status: 201, body: envelope(201, tracking, "Created", "Created") };
    }
    const wanted = (req.query.get("tracking_numbers") ?? "").split(",");
    const trackings = wanted.flatMap((n) => registered.get(n) ?? []);
    return { body: envelope(200, { pagination: { total: trackings.length, next_cursor: null, has_next_page: false }, trackings }) };
  };
}

function client(url: string, h: ClientHarness = harness(), apiKey = API_KEY) {
  return createAfterShipClient({ baseUrl: url, credentials: { apiKey }, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({
  source: "aftership",
  number: ATTEMPT_FAIL.tracking_number,
  isTrackRequest: isList,
  success: aftership(new Map([[ATTEMPT_FAIL.tracking_number, ATTEMPT_FAIL]])),
  create: client,
});

describe("aftership client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(handler: Handler): Promise<CarrierServer> {
    server = await startCarrierServer(handler);
    return server;
  }

  it("registers numbers (with the courier slug for a Porchlight hint) and then tracks them through the AfterShip parser", async () => {
    const s = await serve(aftership());
    const as = client(s.url);
    const reg = await as.register(DELIVERED.tracking_number, "ups");
    expect(reg).toEqual({ trackingNumber: DELIVERED.tracking_number, ok: true, id: DELIVERED.id, alreadyRegistered: false });
    await as.register(ATTEMPT_FAIL.tracking_number);

    const creates = s.requests.filter(isCreate);
    expect(creates.map((r) => JSON.parse(r.body))).toEqual([
      { tracking_number: DELIVERED.tracking_number, slug: "ups" },
      { tracking_number: ATTEMPT_FAIL.tracking_number },
    ]);
    expect(creates.every((r) => r.headers["as-api-key"] === API_KEY)).toBe(true);

    const results = await as.track([ATTEMPT_FAIL.tracking_number, DELIVERED.tracking_number, "1Z999AA10123456784"]);
    const [attempt, delivered, unknown] = results;
    if (!attempt.ok || !delivered.ok) throw new Error("expected both tracked");
    expect(attempt.tracking).toEqual(parse(ownFixture("aftership", "get-2025-attempt-fail.json"))[0]);
    expect(attempt.tracking.events.at(-1)?.milestone).toBe("failed_attempt");
    expect(delivered.tracking.events.at(-1)?.milestone).toBe("delivered");
    expect(unknown.ok || unknown.error).toMatchObject({ kind: "not_found", code: "NOT_IN_RESPONSE" });

    const [list] = s.requests.filter(isList);
    expect(list.query.get("tracking_numbers")).toBe(`${ATTEMPT_FAIL.tracking_number},${DELIVERED.tracking_number},1Z999AA10123456784`);
  });

  it("treats a second registration as done (4003 Tracking already exists)", async () => {
    const s = await serve(aftership());
    const as = client(s.url);
    await as.register(DELIVERED.tracking_number);
    expect(await as.register(DELIVERED.tracking_number)).toEqual({ trackingNumber: DELIVERED.tracking_number, ok: true, id: DELIVERED.id, alreadyRegistered: true });
  });

  it("asks for at most 50 numbers per call", async () => {
    const s = await serve(aftership());
    const numbers = Array.from({ length: 120 }, (_, i) => `9400111899223857${String(i).padStart(6, "0")}`);
    const results = await client(s.url).track(numbers);
    expect(s.requests.filter(isList).map((r) => r.query.get("tracking_numbers")!.split(",").length)).toEqual([50, 50, 20]);
    expect(results.every((r) => !r.ok && r.error.kind === "not_found")).toBe(true);
  });

  it("maps AfterShip error envelopes: 4004 to not_found, 401 to auth, in register and track", async () => {
    const s = await serve((req) => (req.headers["as-api-key"] === API_KEY ? { status: 404, body: ownFixture("aftership", "error-not-found.json") } : aftership()(req)));
    const [missing] = await client(s.url).track(["9400111899223857294512"]);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "4004" });

    const [denied] = await client(s.url, harness(), "wrong").track(["9400111899223857294512"]);
    expect(denied.ok || denied.error).toMatchObject({ kind: "auth", code: "401" });
    const refused = await client(s.url, harness(), "wrong").register("9400111899223857294512");
    expect(refused.ok || refused.error).toMatchObject({ kind: "auth", code: "401" });
  });

  it("reports an outage during registration as unavailable", async () => {
    const s = await serve((): Reply => ({ status: 503, body: "upstream connect error" }));
    const h = harness({ maxRetries: 1 });
    const r = await client(s.url, h).register("9400111899223857294512");
    expect(r.ok || r.error).toMatchObject({ kind: "unavailable", code: "HTTP_503" });
  });

  it("keeps a malformed tracking for quarantine while the rest of the list is read", async () => {
    const broken = { ...DELIVERED, checkpoints: [{ tag: "InTransit", message: "Departed" }] };
    const body = JSON.stringify(envelope(200, { trackings: [ATTEMPT_FAIL, broken] }));
    const s = await serve(() => ({ body }));
    const [good, bad] = await client(s.url).track([ATTEMPT_FAIL.tracking_number, DELIVERED.tracking_number]);
    expect(good.ok).toBe(true);
    expect(bad.ok || bad.error).toMatchObject({ kind: "format", field: "data.trackings[0].checkpoints[0].checkpoint_time", body });
  });
});
