import { afterEach, describe, expect, it } from "vitest";
import { ownFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createSeventeenTrackClient } from "./client.server";
import { parse } from "./parse";

const API_KEY = "17track-test-key";
const isInfo = (req: ReceivedRequest) => req.method === "POST" && req.path === "/track/v2.2/gettrackinfo";
const isRegister = (req: ReceivedRequest) => req.method === "POST" && req.path === "/track/v2.2/register";

type Accepted = Record<string, unknown> & { number: string };
const acceptedOf = (name: string): Accepted[] => JSON.parse(ownFixture("17track", name)).data.accepted;
const DELIVERED = acceptedOf("gettrackinfo-delivered.json")[0];
const RETURNED = acceptedOf("gettrackinfo-mixed.json")[0];
const UPDATED = JSON.parse(ownFixture("17track", "webhook-tracking-updated.json")).data as Accepted;
const ON_FILE = new Map<string, Accepted>([DELIVERED, RETURNED, UPDATED].map((a) => [a.number, a]));

const notRegistered = (number: string) => ({ number, error: { code: -18019902, message: `The tracking number '${number}' does not register, please register first.` } });

/** A stand-in 17TRACK account: registered numbers, accepted/rejected answers, a bad-token error. */
function seventeen(registered = new Set<string>(ON_FILE.keys())): Handler {
  return (req) => {
    if (req.headers["17token"] !== API_KEY) return { status: 401, body: ownFixture("17track", "error-invalid-token.json") };
    const items = JSON.parse(req.body) as Array<{ number: string; carrier?: number }>;
    if (!Array.isArray(items) || items.some((i) => typeof i.number !== "string")) return { body: ownFixture("17track", "error-invalid-data.json") };
    if (isRegister(req)) {
      const accepted = items.filter((i) => !registered.has(i.number)).map((i) => ({ number: i.number, carrier: i.carrier ?? 3011, origin: 1 }));
      const rejected = items.filter((i) => registered.has(i.number)).map((i) => ({ number: i.number, error: { code: -18019901, message: `The tracking number '${i.number}' has been registered, don't need to repeat registration.` } }));
      for (const i of items) registered.add(i.number);
      return { body: { code: 0, data: { accepted, rejected } } };
    }
    const accepted = items.filter((i) => ON_FILE.has(i.number) && registered.has(i.number)).map((i) => ON_FILE.get(i.number));
    const rejected = items.filter((i) => !registered.has(i.number)).map((i) => notRegistered(i.number));
    return { body: { code: 0, data: { accepted, rejected } } };
  };
}

function client(url: string, h: ClientHarness = harness(), apiKey = API_KEY) {
  return createSeventeenTrackClient({ baseUrl: url, credentials: { apiKey }, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({ source: "17track", number: DELIVERED.number, isTrackRequest: isInfo, success: seventeen(), create: client });

describe("17track client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(handler: Handler): Promise<CarrierServer> {
    server = await startCarrierServer(handler);
    return server;
  }

  it("asks gettrackinfo for the batch and reads accepted and rejected numbers separately", async () => {
    const s = await serve(seventeen());
    const [delivered, returned, unregistered] = await client(s.url).track([DELIVERED.number, RETURNED.number, "RR000000000DE"]);
    if (!delivered.ok || !returned.ok) throw new Error("expected both tracked");
    expect(delivered.tracking).toEqual(parse(ownFixture("17track", "gettrackinfo-delivered.json"))[0]);
    expect(delivered.tracking.events.at(-1)?.milestone).toBe("delivered");
    expect(returned.tracking.events.map((e) => e.milestone)).toContain("returning");
    expect(unregistered.ok || unregistered.error).toMatchObject({ kind: "not_found", code: "-18019902" });

    const [call] = s.requests;
    expect(call.headers["17token"]).toBe(API_KEY);
    expect(JSON.parse(call.body)).toEqual([{ number: DELIVERED.number }, { number: RETURNED.number }, { number: "RR000000000DE" }]);
  });

  it("sends at most 40 numbers per call", async () => {
    const s = await serve(seventeen());
    const numbers = Array.from({ length: 90 }, (_, i) => `RR${String(i).padStart(9, "0")}DE`);
    const results = await client(s.url).track(numbers);
    expect(s.requests.map((r) => JSON.parse(r.body).length)).toEqual([40, 40, 10]);
    expect(results.every((r) => !r.ok && r.error.kind === "not_found")).toBe(true);
  });

  it("registers with the 17TRACK carrier key for a Porchlight hint and treats a repeat as done", async () => {
    const s = await serve(seventeen(new Set()));
    const sv = client(s.url);
    expect(await sv.register("1Z999AA10123456784", "ups")).toEqual({ trackingNumber: "1Z999AA10123456784", ok: true, id: null, alreadyRegistered: false });
    expect(await sv.register("1Z999AA10123456784", "ups")).toEqual({ trackingNumber: "1Z999AA10123456784", ok: true, id: null, alreadyRegistered: true });
    expect(JSON.parse(s.requests[0].body)).toEqual([{ number: "1Z999AA10123456784", carrier: 100002 }]);
    await sv.register("LT123456789CN");
    expect(JSON.parse(s.requests[2].body)).toEqual([{ number: "LT123456789CN" }]);
  });

  it("maps request-level errors: bad token to auth, invalid data to invalid", async () => {
    const s = await serve(seventeen());
    const [denied] = await client(s.url, harness(), "wrong").track([DELIVERED.number]);
    expect(denied.ok || denied.error).toMatchObject({ kind: "auth", code: "-18010002" });
    const refused = await client(s.url, harness(), "wrong").register(DELIVERED.number);
    expect(refused.ok || refused.error).toMatchObject({ kind: "auth", code: "-18010002" });

    const invalid = await serve(() => ({ body: ownFixture("17track", "error-invalid-data.json") }));
    const [bad] = await client(invalid.url).track([DELIVERED.number]);
    expect(bad.ok || bad.error).toMatchObject({ kind: "invalid", code: "-18010013" });
  });

  it("keeps a malformed accepted item for quarantine while the others are read", async () => {
    const broken = structuredClone(RETURNED) as unknown as { track_info: { tracking: { providers: Array<{ events: Array<Record<string, unknown>> }> } } };
    for (const e of broken.track_info.tracking.providers[0].events) {
      delete e.time_iso;
      delete e.time_utc;
    }
    const body = JSON.stringify({ code: 0, data: { accepted: [DELIVERED, broken], rejected: [] } });
    const s = await serve(() => ({ body }));
    const [good, bad] = await client(s.url).track([DELIVERED.number, RETURNED.number]);
    expect(good.ok).toBe(true);
    expect(bad.ok || bad.error).toMatchObject({ kind: "format", body });
    expect(bad.ok ? "" : bad.error.field).toMatch(/^data\.accepted\[0\]\.track_info\.tracking\.providers\[0\]\.events\[0\]/);
  });
});
