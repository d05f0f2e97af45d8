// Every registered parser, fed random text, random JSON and mutated real fixtures, either returns
// well-formed tracking or throws CarrierFormatError / CarrierErrorResponse — nothing else.
// Sources and their fixtures are found by convention (registry + fixture-files), so parsers added
// later are covered without touching this file.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CarrierErrorResponse, CarrierFormatError, type CarrierParser } from "../tracking/normalize";
import { codeInfo, isEventCode } from "../tracking/taxonomy";
import { fixtureFiles } from "./fixture-files";
import { PARSERS, SOURCES } from "./registry";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

/** Runs the parser; fails the property unless it returns valid tracking or throws a carrier error. */
function holdsContract(source: string, parse: CarrierParser, input: unknown): void {
  let result: unknown;
  try {
    result = parse(input);
  } catch (err) {
    if (err instanceof CarrierFormatError || err instanceof CarrierErrorResponse) return;
    const e = err as Error;
    throw new Error(`${source} threw ${e?.name ?? typeof err}: ${e?.message ?? String(err)}`);
  }
  if (!Array.isArray(result)) throw new Error(`${source} returned ${typeof result}, not an array`);
  for (const t of result) {
    if (typeof t?.trackingNumber !== "string" || !Array.isArray(t.events)) {
      throw new Error(`${source} returned a tracking without trackingNumber/events: ${JSON.stringify(t)?.slice(0, 200)}`);
    }
    for (const e of t.events) {
      const bad = (why: string) => new Error(`${source} emitted an event with ${why}: ${JSON.stringify(e)}`);
      if (typeof e.code !== "string" || !isEventCode(e.code)) throw bad("an unknown code");
      if (e.milestone !== codeInfo(e.code).milestone) throw bad("a milestone that is not its code's");
      if (typeof e.occurredAt !== "string" || !ISO_INSTANT.test(e.occurredAt) || Number.isNaN(Date.parse(e.occurredAt))) {
        throw bad("a non-ISO occurredAt");
      }
      if (e.utcOffset !== null && !(typeof e.utcOffset === "string" && OFFSET.test(e.utcOffset))) throw bad("a malformed utcOffset");
    }
  }
}

type Key = string | number;

/** Every node path of a JSON value (root excluded). */
function nodePaths(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      nodePaths(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      nodePaths(v, [...prefix, k], out);
    }
  }
  return out;
}

interface Mutation {
  pick: number;
  remove: boolean;
  value: unknown;
}

/** Applies each mutation to a node chosen by index; paths broken by earlier mutations are skipped. */
function mutate(original: unknown, paths: Key[][], mutations: Mutation[]): unknown {
  const copy = structuredClone(original);
  for (const m of mutations) {
    const path = paths[m.pick % paths.length];
    let parent: unknown = copy;
    for (const k of path.slice(0, -1)) {
      parent = parent !== null && typeof parent === "object" ? (parent as Record<Key, unknown>)[k] : undefined;
    }
    if (parent === null || typeof parent !== "object") continue;
    const last = path[path.length - 1];
    if (m.remove) {
      if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
      else delete (parent as Record<Key, unknown>)[last];
    } else {
      // A fresh copy: fast-check hands out the same {} / [] to several mutations, and sharing
      // it could make the mutated document contain itself.
      (parent as Record<Key, unknown>)[last] = structuredClone(m.value);
    }
  }
  return copy;
}

const replacement = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant(""),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);
const mutations = fc.array(fc.record({ pick: fc.nat(), remove: fc.boolean(), value: replacement }), { minLength: 1, maxLength: 3 });

describe.each(SOURCES)("parser %s", (source) => {
  const parse = PARSERS[source];
  const files = fixtureFiles(source);
  const jsonFixtures = files
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const text = readFileSync(f, "utf8");
      const value: unknown = JSON.parse(text);
      return { name: basename(f), text, value, paths: nodePaths(value) };
    });
  const textFixtures = files.map((f) => ({ name: basename(f), text: readFileSync(f, "utf8") }));

  it("holds the contract on random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => holdsContract(source, parse, s)), { numRuns: 150 });
  });

  it("holds the contract on random JSON, as text and as a value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, asText) =>
        holdsContract(source, parse, asText ? JSON.stringify(value) : value),
      ),
      { numRuns: 150 },
    );
  });

  it("holds the contract on every fixture cut at a random point", () => {
    if (textFixtures.length === 0) return;
    fc.assert(
      fc.property(fc.nat({ max: textFixtures.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const { text } = textFixtures[i];
        holdsContract(source, parse, text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 200 },
    );
  });

  it("holds the contract on text fixtures with a random slice replaced", () => {
    if (textFixtures.length === 0) return;
    fc.assert(
      fc.property(fc.nat({ max: textFixtures.length - 1 }), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }), (i, start, len, insert) => {
        const { text } = textFixtures[i];
        const from = start % (text.length + 1);
        holdsContract(source, parse, text.slice(0, from) + insert + text.slice(from + len));
      }),
      { numRuns: 200 },
    );
  });

  it("holds the contract on JSON fixtures with keys deleted and fields retyped", () => {
    const mutable = jsonFixtures.filter((f) => f.paths.length > 0);
    if (mutable.length === 0) return;
    fc.assert(
      fc.property(fc.nat({ max: mutable.length - 1 }), mutations, fc.boolean(), (i, changes, asText) => {
        const { value, paths } = mutable[i];
        const mutated = mutate(value, paths, changes);
        holdsContract(source, parse, asText ? JSON.stringify(mutated) : mutated);
      }),
      { numRuns: 400 },
    );
  });

  it("parses its unmutated fixtures within the contract", () => {
    for (const f of textFixtures) holdsContract(source, parse, f.text);
  });
});

describe("fixture discovery", () => {
  it("finds own and shared fixtures for the sources that have them", () => {
    const names = (source: string) => fixtureFiles(source).map((f) => basename(f));
    expect(names("usps")).toEqual(expect.arrayContaining(["batch.json", "AuthErrorResponse.json"]));
    expect(fixtureFiles("usps").some((f) => f.includes("usps_international"))).toBe(true);
    expect(names("dhl")).toEqual(expect.arrayContaining(["return.json", "TrackingErrorResponseJSON.json"]));
    expect(fixtureFiles("no-such-source")).toEqual([]);
  });
});
