// The public holidays that close parcel networks nationwide (no collection, no trunking, no
// delivery), for the countries Porchlight's sandbox network serves. Written as rules so every
// year works; the tests pin the published 2025-2027 dates. Regional holidays (a German Land, an
// Australian state) are left out: carriers keep their national networks running on them.
import { dayNumber, easterSunday, nthWeekday, weekdayOf } from "./days";

const MON = 1;
const THU = 4;
const SAT = 6;
const SUN = 0;

/** How a fixed-date holiday moves when it falls on a weekend. */
type Observed =
  | "none"
  /** US federal: Saturday -> Friday, Sunday -> Monday. */
  | "nearest_weekday"
  /** GB, CA, AU: the next weekday that is not already a holiday. */
  | "substitute"
  /** JP: a Sunday holiday moves to the next day that is not a holiday. */
  | "next_non_holiday_if_sunday";

type Rule = (year: number) => number | null;

const fixed = (month: number, day: number): Rule => (y) => dayNumber(y, month, day);
const nth = (month: number, weekday: number, n: number): Rule => (y) => nthWeekday(y, month, weekday, n);
const easter = (offset: number): Rule => (y) => easterSunday(y) + offset;

interface CountryRules {
  observed: Observed;
  /** Rules whose date moves by `observed` when it falls on a weekend. */
  fixed: Rule[];
  /** Rules that already fall on a weekday (or are simply lost on a weekend). */
  other: Rule[];
}

// Japan's equinox days follow the astronomical equinox; this approximation holds 1980-2099.
const vernalEquinox: Rule = (y) => dayNumber(y, 3, Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4)));
const autumnalEquinox: Rule = (y) => dayNumber(y, 9, Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4)));

const RULES: Record<string, CountryRules> = {
  US: {
    observed: "nearest_weekday",
    fixed: [fixed(1, 1), fixed(7, 4), fixed(12, 25)],
    other: [nth(5, MON, -1), nth(9, MON, 1), nth(11, THU, 4)],
  },
  CA: {
    observed: "substitute",
    fixed: [fixed(1, 1), fixed(7, 1), fixed(12, 25), fixed(12, 26)],
    // Victoria Day: the Monday before 25 May; Remembrance Day closes Canada Post.
    other: [easter(-2), (y) => dayNumber(y, 5, 24) - ((weekdayOf(dayNumber(y, 5, 24)) + 6) % 7), nth(9, MON, 1), nth(10, MON, 2), fixed(11, 11)],
  },
  GB: {
    observed: "substitute",
    fixed: [fixed(1, 1), fixed(12, 25), fixed(12, 26)],
    other: [easter(-2), easter(1), nth(5, MON, 1), nth(5, MON, -1), nth(8, MON, -1)],
  },
  DE: {
    observed: "none",
    fixed: [],
    other: [fixed(1, 1), easter(-2), easter(1), fixed(5, 1), easter(39), easter(50), fixed(10, 3), fixed(12, 25), fixed(12, 26)],
  },
  FR: {
    observed: "none",
    fixed: [],
    other: [fixed(1, 1), easter(1), fixed(5, 1), fixed(5, 8), easter(39), easter(50), fixed(7, 14), fixed(8, 15), fixed(11, 1), fixed(11, 11), fixed(12, 25)],
  },
  NL: {
    observed: "none",
    fixed: [],
    other: [
      fixed(1, 1),
      easter(1),
      // King's Day moves to the Saturday before when 27 April is a Sunday.
      (y) => (weekdayOf(dayNumber(y, 4, 27)) === SUN ? dayNumber(y, 4, 26) : dayNumber(y, 4, 27)),
      // Liberation Day is a general day off every fifth year.
      (y) => (y % 5 === 0 ? dayNumber(y, 5, 5) : null),
      easter(39),
      easter(50),
      fixed(12, 25),
      fixed(12, 26),
    ],
  },
  AU: {
    observed: "substitute",
    fixed: [fixed(1, 1), fixed(1, 26), fixed(12, 25), fixed(12, 26)],
    other: [easter(-2), easter(1), fixed(4, 25), nth(6, MON, 2)],
  },
  JP: {
    observed: "next_non_holiday_if_sunday",
    fixed: [
      fixed(1, 1), fixed(2, 11), fixed(2, 23), vernalEquinox, fixed(4, 29), fixed(5, 3), fixed(5, 4), fixed(5, 5),
      fixed(8, 11), autumnalEquinox, fixed(11, 3), fixed(11, 23),
    ],
    other: [nth(1, MON, 2), nth(7, MON, 3), nth(9, MON, 3), nth(10, MON, 2)],
  },
};

export const HOLIDAY_COUNTRIES: readonly string[] = Object.keys(RULES);

function rulesFor(rules: CountryRules, year: number): number[] {
  const days = new Set<number>();
  for (const rule of rules.other) {
    const d = rule(year);
    if (d !== null) days.add(d);
  }
  const fixedDays = rules.fixed.map((rule) => rule(year)).filter((d): d is number => d !== null).sort((a, b) => a - b);
  for (const d of fixedDays) days.add(d);
  for (const d of fixedDays) {
    const wd = weekdayOf(d);
    if (rules.observed === "nearest_weekday") {
      if (wd === SAT) days.add(d - 1);
      else if (wd === SUN) days.add(d + 1);
    } else if (rules.observed === "substitute" && (wd === SAT || wd === SUN)) {
      let s = d + 1;
      while (weekdayOf(s) === SAT || weekdayOf(s) === SUN || (days.has(s) && s !== d)) s++;
      days.add(s);
    } else if (rules.observed === "next_non_holiday_if_sunday" && wd === SUN) {
      let s = d + 1;
      while (days.has(s)) s++;
      days.add(s);
    }
  }
  if (rules.observed === "next_non_holiday_if_sunday") {
    // Japan: a day between two holidays is a holiday too.
    for (const d of [...days]) if (days.has(d + 2) && !days.has(d + 1) && weekdayOf(d + 1) !== SUN) days.add(d + 1);
  }
  return [...days];
}

const cache = new Map<string, ReadonlySet<number>>();

/** The network-closing holidays of a country in a year, as day numbers (empty for other countries). */
export function holidaysOf(country: string, year: number): ReadonlySet<number> {
  const key = `${country}:${year}`;
  let set = cache.get(key);
  if (set) return set;
  const rules = RULES[country];
  const days = new Set<number>();
  if (rules) {
    const first = dayNumber(year, 1, 1);
    const last = dayNumber(year + 1, 1, 1);
    // A neighbouring year's holiday can be observed in this one (1 January on a Saturday).
    for (const y of [year - 1, year, year + 1]) for (const d of rulesFor(rules, y)) if (d >= first && d < last) days.add(d);
  }
  set = days;
  cache.set(key, set);
  return set;
}

export function isHoliday(country: string, day: number): boolean {
  if (!(country in RULES)) return false;
  let year = Math.floor(day / 365.2425) + 1970;
  if (dayNumber(year, 1, 1) > day) year--;
  else if (dayNumber(year + 1, 1, 1) <= day) year++;
  return holidaysOf(country, year).has(day);
}
