import { describe, expect, it } from "vitest";
import { contrastRatio, parseHex, readableTextOn } from "./colors";

describe("colors", () => {
  it("parses short and long hex colours only", () => {
    expect(parseHex("#005bd3")).toEqual([0, 91, 211]);
    expect(parseHex(" #fa0 ")).toEqual([255, 170, 0]);
    expect(parseHex("rgb(0,0,0)")).toBeNull();
    expect(parseHex("#12345")).toBeNull();
  });

  it("computes WCAG contrast", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it("picks the button text colour that reads best on the merchant's accent", () => {
    for (const [accent, text] of [
      ["#005bd3", "#ffffff"],
      ["#1a1a1a", "#ffffff"],
      ["#ffd500", "#1a1a1a"],
      ["#7fffd4", "#1a1a1a"],
    ]) {
      expect(readableTextOn(accent)).toBe(text);
      expect(contrastRatio(parseHex(accent)!, parseHex(text)!)).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableTextOn("not a colour")).toBe("#ffffff");
  });
});
