import { describe, expect, it } from "vitest";
import { compileSearch, dateMatcher, dateSpan, numberMatcher, textMatcher } from "./search-syntax";

interface Item {
  id: number;
  tag: string;
  at: number;
}

const items: Item[] = [
  { id: 1, tag: "red", at: Date.parse("2026-03-07T12:00:00Z") },
  { id: 2, tag: "blue", at: Date.parse("2026-03-08T04:59:59Z") },
  { id: 3, tag: "red", at: Date.parse("2026-03-08T05:00:00Z") },
  { id: 4, tag: "green", at: Date.parse("2026-03-09T03:59:59Z") },
  { id: 5, tag: "dark red", at: Date.parse("2026-03-09T04:00:00Z") },
];

const fields = {
  id: numberMatcher<Item>((i) => i.id, (v) => (/^\d+$/.test(v) ? Number(v) : null)),
  tag: textMatcher<Item>((i) => [i.tag]),
  at: dateMatcher<Item>((i) => i.at, "America/New_York"),
};

const ids = (query: string) => {
  const { test } = compileSearch(query, fields);
  return items.filter(test).map((i) => i.id);
};

describe("search syntax", () => {
  it("comparators on numbers", () => {
    expect(ids("id:3")).toEqual([3]);
    expect(ids("id:>3")).toEqual([4, 5]);
    expect(ids("id:>=3 id:<=4")).toEqual([3, 4]);
    expect(ids("id:<2")).toEqual([1]);
  });

  it("AND binds tighter than OR; NOT, - and parentheses negate and group", () => {
    expect(ids("tag:red OR tag:blue id:>1")).toEqual([1, 2, 3]);
    expect(ids("(tag:red OR tag:blue) AND id:>1")).toEqual([2, 3]);
    expect(ids("NOT tag:red")).toEqual([2, 4, 5]);
    expect(ids("-tag:red -tag:blue")).toEqual([4, 5]);
    expect(ids("")).toEqual([1, 2, 3, 4, 5]);
  });

  it("quoted values keep their spaces; a trailing * is a prefix match", () => {
    expect(ids(`tag:"dark red"`)).toEqual([5]);
    expect(ids(`tag:'dark red'`)).toEqual([5]);
    expect(ids("tag:gr*")).toEqual([4]);
  });

  it("a date is a whole day in the shop's zone, including the 23-hour day clocks go forward", () => {
    // 2026-03-08 in New York: 05:00Z (EST) to 04:00Z next day (EDT).
    expect(dateSpan("2026-03-08", "America/New_York")).toEqual({ start: Date.parse("2026-03-08T05:00:00Z"), end: Date.parse("2026-03-09T04:00:00Z") });
    expect(ids("at:2026-03-08")).toEqual([3, 4]);
    expect(ids("at:<2026-03-08")).toEqual([1, 2]);
    expect(ids("at:>2026-03-08")).toEqual([5]);
    expect(ids("at:<=2026-03-08")).toEqual([1, 2, 3, 4]);
    expect(dateSpan("2026-07-01", "Europe/London").start).toBe(Date.parse("2026-06-30T23:00:00Z"));
  });

  it("an instant with an offset, or a local time read in the shop's zone", () => {
    expect(ids("at:>='2026-03-08T00:00:00-05:00'")).toEqual([3, 4, 5]);
    expect(ids("at:>=2026-03-08T00:00:00")).toEqual([3, 4, 5]);
    expect(ids("at:<'2026-03-08T04:59:59Z'")).toEqual([1]);
  });

  it("an unknown field is ignored with a warning; a bad value matches nothing and says why", () => {
    const unknown = compileSearch("colour:red id:1", fields);
    expect(items.filter(unknown.test).map((i) => i.id)).toEqual([1]);
    expect(unknown.warnings).toEqual([{ field: "colour", message: "Invalid search field for this query." }]);
    const bad = compileSearch("at:>=last-tuesday", fields);
    expect(items.filter(bad.test)).toEqual([]);
    expect(bad.warnings[0]).toMatchObject({ field: "at" });
  });
});
