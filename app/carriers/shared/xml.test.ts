// The fast reader must build exactly what fast-xml-parser builds with the carriers' options, on
// every XML body we have: the shared reference responses and our own fixtures.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { XmlError, XmlReader } from "./xml";
import { XML_OPTIONS } from "./xml-document";

const root = join(import.meta.dirname, "../../..");
function xmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...xmlFiles(p));
    else if (e.name.endsWith(".xml")) out.push(p);
  }
  return out;
}
const files = [...xmlFiles(join(root, "../shared/data/carrier_fixtures")), ...xmlFiles(join(root, "app/carriers"))];

describe("XmlReader", () => {
  it("has a corpus to check against", () => {
    expect(files.length).toBeGreaterThan(15);
  });

  for (const file of files) {
    it(`matches fast-xml-parser on ${file.slice(root.length - 4)}`, () => {
      const xml = readFileSync(file, "utf8");
      const repeated = (name: string) => name.endsWith("Event") || name === "occurrence" || name === "data";
      expect(new XmlReader({ isArray: repeated }).parse(xml)).toEqual(new XMLParser({ ...XML_OPTIONS, isArray: repeated }).parse(xml));
      expect(new XmlReader({ attributes: true }).parse(xml)).toEqual(new XMLParser({ ...XML_OPTIONS, ignoreAttributes: false }).parse(xml));
    });
  }

  it("passes the dotted element path to isArray", () => {
    const seen: string[] = [];
    new XmlReader({ isArray: (_n, path) => (seen.push(path), false) }).parse("<a:root xmlns:a='x'><b><c>1</c></b></a:root>");
    expect(seen).toEqual(["root.b.c", "root.b", "root"]);
  });

  it("rejects mismatched and unclosed elements", () => {
    expect(() => new XmlReader().parse("<a><b></a>")).toThrow(XmlError);
    expect(() => new XmlReader().parse("<a><b>")).toThrow(XmlError);
    expect(() => new XmlReader().parse("<a")).toThrow(XmlError);
    expect(() => new XmlReader().parse("<a><!-- x</a>")).toThrow(XmlError);
  });

  it("never throws anything but XmlError on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("<", ">", "/", "a", "b", "!", "-", "?", "[", "]", " ", "=", '"', "x") }), (s) => {
        try {
          new XmlReader({ attributes: true }).parse(s);
        } catch (e) {
          expect(e).toBeInstanceOf(XmlError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
