import { afterEach, describe, expect, it } from "vitest";
import { ownFixture, sharedFixture } from "../fixture-files";
import { startCarrierServer, type CarrierServer, type Handler, type ReceivedRequest } from "../http/testing/carrier-server";
import { describeResilience, harness, type ClientHarness } from "../http/testing/resilience-suite";
import { createDhlClient } from "./client.server";
import { parse } from "./parse";

const API_KEY = "dhl-test-api-key";
const isTrack = (req: ReceivedRequest) => req.method === "GET" && req.path === "/track/shipments";

const BODIES: Record<string, string> = {
  "00340434161094042557": ownFixture("dhl", "out-for-delivery.json"),
  "1234567892": ownFixture("dhl", "express-delivered.json"),
  "00340434161094042560": ownFixture("dhl", "return.json"),
  "7777777770": sharedFixture("dhl_universal", "TrackingResponseJSON.json"),
};
/** DHL's answer, including its 401 problem document for a wrong key. */
const dhl: Handler = (req) => {
  if (req.headers["dhl-api-key"] !== API_KEY) return { status: 401, body: ownFixture("dhl", "auth-error.json") };
  const body = BODIES[req.query.get("trackingNumber") ?? ""];
  return body ? { body } : { status: 404, body: sharedFixture("dhl_universal", "TrackingErrorResponseJSON.json") };
};

function client(url: string, h: ClientHarness = harness(), apiKey = API_KEY) {
  return createDhlClient({ baseUrl: url, credentials: { apiKey }, clock: h.clock, policy: h.policy, breaker: h.breaker, limiter: h.limiter });
}

describeResilience({ source: "dhl", number: "1234567892", isTrackRequest: isTrack, success: dhl, create: client });

describe("dhl client", () => {
  let server: CarrierServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  async function serve(track: Handler): Promise<CarrierServer> {
    server = await startCarrierServer((req) => (isTrack(req) ? track(req) : { status: 404, body: "" }));
    return server;
  }

  it("sends the API key header and one number per call, and reads each answer through the DHL parser", async () => {
    const s = await serve(dhl);
    const numbers = ["00340434161094042557", "1234567892", "00340434161094042560", "7777777770"];
    const results = await client(s.url).track(numbers);

    expect(results.map((r) => r.trackingNumber)).toEqual(numbers);
    const [out, delivered, returned, shared] = results;
    if (!out.ok || !delivered.ok || !returned.ok || !shared.ok) throw new Error("expected all tracked");
    expect(delivered.tracking).toEqual(parse(BODIES["1234567892"])[0]);
    expect(delivered.tracking.events.at(-1)?.milestone).toBe("delivered");
    expect(out.tracking.events.at(-1)?.milestone).toBe("out_for_delivery");
    expect(returned.tracking.events.some((e) => e.milestone === "returning")).toBe(true);
    expect(shared.tracking.events.length).toBeGreaterThan(0);

    expect(s.requests.map((r) => r.query.get("trackingNumber")).sort()).toEqual([...numbers].sort());
    expect(s.requests.every((r) => r.headers["dhl-api-key"] === API_KEY)).toBe(true);
  });

  it("maps the 404 problem document to not_found and a wrong key to auth", async () => {
    const s = await serve(dhl);
    const [missing] = await client(s.url).track(["8264715546"]);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "404" });
    const [denied] = await client(s.url, harness(), "wrong-key").track(["1234567892"]);
    expect(denied.ok || denied.error).toMatchObject({ kind: "auth", code: "401" });
  });

  it("keeps a malformed body for quarantine", async () => {
    const body = JSON.stringify({ shipments: [{ id: "1234567892", events: [{ statusCode: "transit", status: "In transit" }] }] });
    const s = await serve(() => ({ body }));
    const [r] = await client(s.url).track(["1234567892"]);
    expect(r.ok || r.error).toMatchObject({ kind: "format", field: "shipments[0].events[0].timestamp", body });
  });
});
