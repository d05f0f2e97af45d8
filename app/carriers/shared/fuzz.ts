// Test support for XML parsers, which also accept an already parsed document: random edits of
// that object (a node replaced by a wrong type, null or removed). ../parsers.property.test.ts
// covers text and JSON payloads for every source; parsed XML objects are only exercised here.
import fc from "fast-check";
import { CarrierErrorResponse, CarrierFormatError, type CarrierParser } from "../../tracking/normalize";

type Path = ReadonlyArray<string | number>;

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function replaced(base: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (next === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = next;
  return copy;
}

const REMOVE = Symbol("remove");

const wrongValue = fc.oneof(
  fc.constant(REMOVE),
  fc.constant(null),
  fc.constant(""),
  fc.constant({}),
  fc.constant([]),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 2 }),
);

/** The payload with one node (anywhere, root included) replaced, emptied or removed. */
export function mutatedPayload(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc.tuple(fc.constantFrom(...paths), wrongValue).map(([path, next]) => replaced(base, path, next));
}

/** Runs the parser; passes when it returns well-formed tracking or throws a carrier error. */
export function answersSafely(parse: CarrierParser, input: unknown): boolean {
  try {
    for (const t of parse(input)) {
      if (typeof t.trackingNumber !== "string" || t.trackingNumber === "") return false;
      for (const e of t.events) {
        if (!e.milestone || Number.isNaN(Date.parse(e.occurredAt))) return false;
      }
    }
    return true;
  } catch (e) {
    return e instanceof CarrierFormatError || e instanceof CarrierErrorResponse;
  }
}
