import { describe, expect, it } from "vitest";
import { parse as dhlParse } from "../dhl/parse";
import { ownFixture } from "../fixture-files";
import { aggregatorCarrier } from "./carrier-hint";
import { CircuitOpenError, TokenRequestError } from "./errors";
import { kindOfCarrierError, resultsFromReply, trackInBatches } from "./track-results";
import type { TrackResult } from "./types";

const reply = (status: number, body: string) => ({ status, body, headers: new Headers(), attempts: 1 });

describe("trackInBatches", () => {
  it("asks once per distinct number and answers in the order asked, duplicates included", async () => {
    const asked: string[][] = [];
    const results = await trackInBatches(["a1", "b2", "A1", "c3", "b2"], 2, async (batch) => {
      asked.push(batch);
      return batch.map((n): TrackResult => ({ trackingNumber: n, ok: false, error: { kind: "not_found", message: n } }));
    });
    expect(asked).toEqual([["a1", "b2"], ["c3"]]);
    expect(results.map((r) => [r.trackingNumber, r.ok ? "" : r.error.message])).toEqual([
      ["a1", "a1"],
      ["b2", "b2"],
      ["A1", "a1"],
      ["c3", "c3"],
      ["b2", "b2"],
    ]);
  });

  it("turns transport failures of a batch into results for its numbers, and rethrows bugs", async () => {
    const results = await trackInBatches(["x", "y"], 1, async ([n]) => {
      if (n === "x") throw new CircuitOpenError("ups", 0);
      throw new TokenRequestError("ups", 401, "10401", "ClientId is Invalid");
    });
    expect(results.map((r) => (r.ok ? null : [r.error.kind, r.error.code]))).toEqual([
      ["unavailable", "CIRCUIT_OPEN"],
      ["auth", "10401"],
    ]);
    await expect(trackInBatches(["x"], 1, async () => Promise.reject(new TypeError("bug")))).rejects.toThrow(TypeError);
  });
});

describe("resultsFromReply", () => {
  const spec = { source: "dhl", parse: dhlParse, errorKinds: {} };

  it("reads an HTML error page by its status and keeps it", () => {
    const [r] = resultsFromReply(["1234567892"], reply(403, "<html>Forbidden</html>"), spec);
    expect(r.ok || r.error).toMatchObject({ kind: "auth", code: "HTTP_403", body: "<html>Forbidden</html>" });
  });

  it("reports a number missing from a multi-number answer as not_found", () => {
    const body = ownFixture("dhl", "in-transit.json");
    const [found, missing] = resultsFromReply(["1234567891", "999"], reply(200, body), spec);
    expect(found.ok).toBe(true);
    expect(missing.ok || missing.error).toMatchObject({ kind: "not_found", code: "NOT_IN_RESPONSE" });
  });
});

describe("kindOfCarrierError", () => {
  it("prefers the source's table, then the HTTP status, then the code's wording", () => {
    expect(kindOfCarrierError("X1", 400, { X1: "not_found" })).toBe("not_found");
    expect(kindOfCarrierError("X1", 401, {})).toBe("auth");
    expect(kindOfCarrierError("TRACKING.NOTFOUND", 200, {})).toBe("not_found");
    expect(kindOfCarrierError("INVALID.TOKEN", 200, {})).toBe("auth");
    expect(kindOfCarrierError("WEIRD", 200, {})).toBe("invalid");
  });
});

describe("aggregatorCarrier", () => {
  const table = { ups: "UPS", dhl_express: "DHLExpress" };
  it("translates Porchlight ids, lets the aggregator detect ones it lacks, and passes its own codes through", () => {
    expect(aggregatorCarrier(table, "ups")).toBe("UPS");
    expect(aggregatorCarrier(table, "gls")).toBeUndefined();
    expect(aggregatorCarrier(table, "LaserShipV2")).toBe("LaserShipV2");
    expect(aggregatorCarrier(table, undefined)).toBeUndefined();
  });
});
