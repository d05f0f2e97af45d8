import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "./days";
import { HOLIDAY_COUNTRIES, holidaysOf, isHoliday } from "./holidays";

const dates = (country: string, year: number) => [...holidaysOf(country, year)].sort((a, b) => a - b).map(isoDay);
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe("network holidays", () => {
  it("covers the sandbox network's countries", () => {
    expect([...HOLIDAY_COUNTRIES].sort()).toEqual(["AU", "CA", "DE", "FR", "GB", "JP", "NL", "US"]);
  });

  it("observes US holidays on the nearest weekday, including next year's New Year on a Saturday", () => {
    expect(dates("US", 2025)).toEqual(["2025-01-01", "2025-05-26", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"]);
    expect(dates("US", 2026)).toEqual(["2026-01-01", "2026-05-25", "2026-07-03", "2026-07-04", "2026-09-07", "2026-11-26", "2026-12-25"]);
    expect(dates("US", 2027)).toEqual(["2027-01-01", "2027-05-31", "2027-07-04", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24", "2027-12-25", "2027-12-31"]);
  });

  it("moves English bank holidays on a weekend to the next free weekday", () => {
    expect(dates("GB", 2025)).toEqual(["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]);
    expect(dates("GB", 2026)).toContain("2026-12-28");
    expect(dates("GB", 2027).filter((d) => d >= "2027-12-01")).toEqual(["2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"]);
    expect(dates("GB", 2027)).toEqual(expect.arrayContaining(["2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30"]));
  });

  it("follows Easter for the moveable feasts", () => {
    expect(dates("DE", 2025)).toEqual(["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26"]);
    expect(dates("DE", 2026)).toEqual(expect.arrayContaining(["2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25"]));
    expect(dates("DE", 2027)).toEqual(expect.arrayContaining(["2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17"]));
    expect(dates("FR", 2025)).toEqual([
      "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09", "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
    ]);
  });

  it("knows King's Day's Saturday move and the lustrum Liberation Day in the Netherlands", () => {
    expect(dates("NL", 2025)).toEqual(["2025-01-01", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26"]);
    expect(dates("NL", 2026)).toContain("2026-04-27");
    expect(dates("NL", 2026)).not.toContain("2026-05-05");
  });

  it("computes Canada's Victoria Day, Thanksgiving and substitutes", () => {
    expect(dates("CA", 2025)).toEqual(["2025-01-01", "2025-04-18", "2025-05-19", "2025-07-01", "2025-09-01", "2025-10-13", "2025-11-11", "2025-12-25", "2025-12-26"]);
    expect(dates("CA", 2026)).toEqual(expect.arrayContaining(["2026-05-18", "2026-10-12", "2026-12-28"]));
    expect(dates("CA", 2027)).toEqual(expect.arrayContaining(["2027-05-24", "2027-10-11", "2027-12-27", "2027-12-28"]));
  });

  it("substitutes Australia Day and Boxing Day but not Anzac Day", () => {
    expect(dates("AU", 2025)).toEqual(["2025-01-01", "2025-01-26", "2025-01-27", "2025-04-18", "2025-04-21", "2025-04-25", "2025-06-09", "2025-12-25", "2025-12-26"]);
    expect(dates("AU", 2026)).toEqual(expect.arrayContaining(["2026-01-26", "2026-04-25", "2026-06-08", "2026-12-28"]));
    expect(dates("AU", 2027)).not.toContain("2027-04-26");
  });

  it("applies Japan's substitute holidays, equinoxes and the sandwiched citizens' holiday", () => {
    const jp2025 = dates("JP", 2025);
    expect(jp2025).toEqual(expect.arrayContaining(["2025-01-13", "2025-02-24", "2025-03-20", "2025-05-06", "2025-07-21", "2025-09-15", "2025-09-23", "2025-10-13", "2025-11-24"]));
    expect(dates("JP", 2026)).toEqual(expect.arrayContaining(["2026-05-06", "2026-09-21", "2026-09-22", "2026-09-23"]));
    expect(dates("JP", 2027)).toEqual(expect.arrayContaining(["2027-03-21", "2027-03-22", "2027-09-20", "2027-09-23"]));
    expect(jp2025).not.toContain("2025-09-22");
  });

  it("answers isHoliday by day number, on year boundaries too, and nothing for other countries", () => {
    expect(isHoliday("US", day("2027-12-31"))).toBe(true);
    expect(isHoliday("US", day("2028-01-01"))).toBe(true);
    expect(isHoliday("US", day("2027-12-30"))).toBe(false);
    expect(isHoliday("GB", day("2026-12-28"))).toBe(true);
    expect(isHoliday("IT", day("2025-12-25"))).toBe(false);
  });
});
