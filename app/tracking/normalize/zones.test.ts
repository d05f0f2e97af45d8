import { describe, expect, it } from "vitest";
import { euLocalOffsetMinutes, europeAmsterdamOffset, formatOffset } from "./zones";

describe("europeAmsterdamOffset", () => {
  it("is CET in winter and CEST in summer", () => {
    expect(europeAmsterdamOffset(2024, 1, 15, 12, 0)).toBe("+01:00");
    expect(europeAmsterdamOffset(2024, 7, 15, 12, 0)).toBe("+02:00");
    expect(europeAmsterdamOffset(2024, 12, 31, 23, 59)).toBe("+01:00");
  });

  it("switches to summer time at 02:00 local on the last Sunday of March", () => {
    // 2024-03-31 is the last Sunday of March; 2024-03-24 is not.
    expect(europeAmsterdamOffset(2024, 3, 24, 12, 0)).toBe("+01:00");
    expect(europeAmsterdamOffset(2024, 3, 31, 1, 59)).toBe("+01:00");
    expect(europeAmsterdamOffset(2024, 3, 31, 3, 0)).toBe("+02:00");
    // 2021: last Sunday of March is the 28th.
    expect(europeAmsterdamOffset(2021, 3, 28, 1, 59)).toBe("+01:00");
    expect(europeAmsterdamOffset(2021, 3, 28, 3, 0)).toBe("+02:00");
  });

  it("reads the skipped spring hour with the standard offset", () => {
    expect(europeAmsterdamOffset(2024, 3, 31, 2, 30)).toBe("+01:00");
  });

  it("switches back at 03:00 local on the last Sunday of October, the repeated hour as summer time", () => {
    expect(europeAmsterdamOffset(2024, 10, 27, 1, 59)).toBe("+02:00");
    expect(europeAmsterdamOffset(2024, 10, 27, 2, 30)).toBe("+02:00");
    expect(europeAmsterdamOffset(2024, 10, 27, 3, 0)).toBe("+01:00");
    expect(europeAmsterdamOffset(2024, 10, 20, 3, 0)).toBe("+02:00");
    // 2021: last Sunday of October is the 31st.
    expect(europeAmsterdamOffset(2021, 10, 31, 1, 0)).toBe("+02:00");
    expect(europeAmsterdamOffset(2021, 10, 31, 3, 0)).toBe("+01:00");
  });

  it("agrees with the host's zone database for every hour of 2023 and 2025", () => {
    const fmt = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" });
    for (const year of [2023, 2025]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 3_600_000) {
        const expected = fmt.formatToParts(new Date(t)).find((p) => p.type === "timeZoneName")!.value.slice(3);
        const local = new Date(t + (expected === "+02:00" ? 120 : 60) * 60_000);
        const got = europeAmsterdamOffset(
          local.getUTCFullYear(),
          local.getUTCMonth() + 1,
          local.getUTCDate(),
          local.getUTCHours(),
          local.getUTCMinutes(),
        );
        // The repeated autumn hour maps to one instant only; skip its standard-time twin.
        const ambiguous = got === "+02:00" && expected === "+01:00" && local.getUTCMonth() === 9 && local.getUTCHours() === 2;
        if (!ambiguous) expect(got, new Date(t).toISOString()).toBe(expected);
      }
    }
  });
});

describe("euLocalOffsetMinutes", () => {
  it("applies the same UTC switch instant to other EU zones", () => {
    // Lisbon (WET): the switch is at 01:00 local; Helsinki (EET): at 03:00 local.
    expect(euLocalOffsetMinutes(0, 2024, 3, 31, 0, 59)).toBe(0);
    expect(euLocalOffsetMinutes(0, 2024, 3, 31, 2, 0)).toBe(60);
    expect(euLocalOffsetMinutes(120, 2024, 3, 31, 2, 59)).toBe(120);
    expect(euLocalOffsetMinutes(120, 2024, 3, 31, 4, 0)).toBe(180);
  });
});

describe("formatOffset", () => {
  it("formats minutes east of UTC", () => {
    expect(formatOffset(120)).toBe("+02:00");
    expect(formatOffset(0)).toBe("+00:00");
    expect(formatOffset(-210)).toBe("-03:30");
  });
});
