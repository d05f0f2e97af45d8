// XML bodies and their elements. A truncated response must not silently lose its last scans:
// the document must end with its root's end tag. Entities are decoded here, only in the text a
// parser reads. Element readers mirror ../read-json.
import { CarrierFormatError } from "../../tracking/normalize";
import { isObject, type JsonObject } from "../read-json";

const FIRST_ELEMENT = /<([A-Za-z_][\w.:-]*)/;
const SPACES = /\s+/g;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos));/gi;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The fast-xml-parser options our XmlReader (./xml.ts) reproduces: entities stay encoded
 * (xmlText decodes them), declarations are skipped. Used by xml.test.ts as the oracle.
 */
export const XML_OPTIONS = {
  removeNSPrefix: true,
  parseTagValue: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()];
    const point = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

function isComplete(xml: string): boolean {
  const first = FIRST_ELEMENT.exec(xml);
  if (!first) return false;
  const root = first[1];
  let end = xml.trimEnd();
  while (end.endsWith("-->")) {
    const open = end.lastIndexOf("<!--");
    if (open < 0) return false;
    end = end.slice(0, open).trimEnd();
  }
  const tail = end.slice(end.lastIndexOf("<"));
  // A root that is a single empty element: <root a="1"/>.
  if (tail !== `</${root}>`) return end.length - tail.length === first.index && tail.endsWith("/>");
  return rootBalanced(end, root);
}

/** Whether every element named like the root is closed, for formats that nest <data> in <data>. */
function rootBalanced(xml: string, root: string): boolean {
  const open = `<${root}`;
  const close = `</${root}>`;
  let depth = 0;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const next = xml.charCodeAt(at + open.length);
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue; // <rootX
    const gt = xml.indexOf(">", at);
    if (gt < 0) return false;
    if (xml.charCodeAt(gt - 1) !== 47) depth++;
  }
  for (let at = xml.indexOf(close); at >= 0; at = xml.indexOf(close, at + close.length)) depth--;
  return depth === 0;
}

/** Parses XML text (or accepts an already parsed object) into the document object. */
export function xmlBody(source: string, parser: { parse(xml: string): unknown }, raw: unknown): JsonObject {
  if (isObject(raw)) return raw;
  if (typeof raw !== "string") throw new CarrierFormatError(source, "body", "not XML text");
  if (!isComplete(raw)) throw new CarrierFormatError(source, "body", "XML document is incomplete");
  let doc: unknown;
  try {
    doc = parser.parse(raw);
  } catch (e) {
    throw new CarrierFormatError(source, "body", `malformed XML (${e instanceof Error ? e.message.slice(0, 80) : "parse error"})`);
  }
  if (!isObject(doc)) throw new CarrierFormatError(source, "body", "no XML document");
  return doc;
}

/**
 * A repeating element. The parser is told which names repeat, but an already parsed document
 * may carry a lone element as an object; an empty element (<list/>) reads as no items.
 */
export function xmlList(source: string, value: unknown, path: string): unknown[] {
  if (value == null || value === "") return [];
  if (Array.isArray(value)) return value;
  if (isObject(value)) return [value];
  throw new CarrierFormatError(source, path, "not an element list");
}

/**
 * Element text: entities decoded, trimmed, and the line breaks and indentation some carriers
 * wrap into it collapsed.
 */
export function xmlText(value: unknown): string | null {
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return null;
    const spaced = t.replace(SPACES, " ");
    return spaced.includes("&") ? decodeEntities(spaced) : spaced;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}
