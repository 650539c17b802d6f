import { describe, it, expect } from "vitest";
import { dayNumber, daysBetween } from "../../../lib/core/dates";
import { Dec } from "../../../lib/core/decimal";
import {
  btcUsdPoints,
  BTC_USD_SPAN,
  LAST_RATE_MONTH,
  CNY_PER_USD_MONTHS,
  difficultyPoints,
  DIFFICULTY_SPAN,
  HEIGHT_POINTS,
  HEIGHT_SPAN,
  HISTORY_SPAN,
  btcUsdOn,
  cnyPerUsdFor,
  difficultyOn,
  heightOn,
} from "../../../lib/history/tables";
import { buildTables } from "../../../scripts/build-history";

const POSITIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

function days(points: ReadonlyArray<readonly [string, unknown]>): number[] {
  return points.map(([date]) => {
    const d = dayNumber(date);
    if (d === null) throw new Error(`not a date: ${date}`);
    return d;
  });
}

function strictlyIncreasing(xs: number[]): boolean {
  return xs.every((x, i) => {
    const previous = xs[i - 1];
    return previous === undefined || x > previous;
  });
}

describe("the history tables", () => {
  it("have real dates, sorted and unique", () => {
    expect(strictlyIncreasing(days(difficultyPoints()))).toBe(true);
    expect(strictlyIncreasing(days(btcUsdPoints()))).toBe(true);
    expect(strictlyIncreasing(days(HEIGHT_POINTS))).toBe(true);
  });

  it("have consecutive months for the CNY rate, from 2013-01 to 2025-11", () => {
    const months = CNY_PER_USD_MONTHS.map(([m]) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1);
    expect(months.every((m, i) => i === 0 || m === (months[i - 1] ?? NaN) + 1)).toBe(true);
    expect(CNY_PER_USD_MONTHS[0]?.[0]).toBe("2013-01");
    expect(LAST_RATE_MONTH).toBe("2025-11");
    expect(CNY_PER_USD_MONTHS).toHaveLength(155); // 13 years × 12 − 1 (no 2025-12)
  });

  it("hold positive decimal strings and increasing heights", () => {
    for (const [, value] of [...difficultyPoints(), ...btcUsdPoints(), ...CNY_PER_USD_MONTHS]) {
      expect(value).toMatch(POSITIVE_DECIMAL);
      expect(new Dec(value).gt(0)).toBe(true);
    }
    const heights = HEIGHT_POINTS.map(([, h]) => h);
    expect(heights.every((h) => Number.isInteger(h))).toBe(true);
    expect(strictlyIncreasing(heights)).toBe(true);
  });

  it("hold every source point, 4 days earlier than its source date", () => {
    // 1224 source rows: 1175 with both values, 24 difficulty only, 25 price only.
    expect(difficultyPoints()).toHaveLength(1175 + 24);
    expect(btcUsdPoints()).toHaveLength(1175 + 25);
    // Source 2013-01-01 (average of 2012-12-25 … 2012-12-31) → 2012-12-28.
    expect(difficultyPoints()[0]).toEqual(["2012-12-28", "3091220.95474943"]);
    expect(btcUsdPoints()[0]).toEqual(["2012-12-28", "13.53"]);
    // Source 2026-02-17 and 2026-02-18, the last of each series.
    expect(difficultyPoints()[difficultyPoints().length - 1]).toEqual(["2026-02-13", "125864590119494.4"]);
    expect(btcUsdPoints()[btcUsdPoints().length - 1]).toEqual(["2026-02-14", "68315.94"]);
  });

  it("are a few hundred kilobytes at most", () => {
    const chars = JSON.stringify([difficultyPoints(), btcUsdPoints(), CNY_PER_USD_MONTHS]).length;
    expect(chars).toBeLessThan(200_000);
  });
});

describe("the spans", () => {
  it("are where every day-table has a figure", () => {
    expect(DIFFICULTY_SPAN).toEqual({ from: "2012-12-28", to: "2026-02-13" });
    expect(BTC_USD_SPAN).toEqual({ from: "2012-12-28", to: "2026-02-14" });
    expect(HEIGHT_SPAN).toEqual({ from: "2009-01-03", to: "2026-02-07" });
    // The intersection: the first centred point and the last recorded height.
    expect(HISTORY_SPAN).toEqual({ from: "2012-12-28", to: "2026-02-07" });
    for (const date of [HISTORY_SPAN.from, "2018-01-15", "2021-07-15", HISTORY_SPAN.to]) {
      expect(difficultyOn(date)).not.toBeNull();
      expect(btcUsdOn(date)).not.toBeNull();
      expect(Number.isInteger(heightOn(date))).toBe(true);
    }
  });

  it("give null (difficulty, price) or refuse (height) the day before the first point and after the last", () => {
    expect(difficultyOn("2012-12-27")).toBeNull();
    expect(btcUsdOn("2012-12-27")).toBeNull();
    expect(difficultyOn("2026-02-14")).toBeNull();
    expect(btcUsdOn("2026-02-15")).toBeNull();
    expect(() => heightOn("2009-01-02")).toThrow(/no recorded block height/);
    expect(() => heightOn("2026-02-08")).toThrow(/no recorded block height/);
  });

  it("refuse a text that is not a date", () => {
    expect(() => difficultyOn("2018-02-30")).toThrow(/not a date/);
    expect(() => btcUsdOn("15/01/2018")).toThrow(/not a date/);
    expect(() => heightOn("")).toThrow(/not a date/);
    expect(() => cnyPerUsdFor("2018-13")).toThrow(/not a month or date/);
  });
});

describe("difficultyOn", () => {
  it("gives mid-January 2018 a mix of the 1.93 T and 2.23 T periods, 2.5 % below the new one", () => {
    // Source 2018-01-19 = 2172089832110.7317 averages 2018-01-12 … 01-18, centred on 01-15.
    // The 504,000 period (2,227,847,638,503; source 2018-01-23, a pure window) began on
    // 2018-01-13, so the window still holds the old 1,931,136,454,487 for about
    // 7 × (2227847638503 − 2172089832110.7317) / (2227847638503 − 1931136454487)
    // = 7 × 55757806392.2683 / 296711184016 = 1.32 days: 2.50 % below 2,227,847,638,503.
    expect(difficultyOn("2018-01-15")).toBe("2172089832110.7317");
    const below = new Dec("2227847638503").minus(difficultyOn("2018-01-15") ?? "0").div("2227847638503");
    expect(below.toFixed(4)).toBe("0.0250");
    // Four days later the whole centred window lies in the 504,000 period: its exact figure.
    expect(difficultyOn("2018-01-19")).toBe("2227847638503");
  });

  it("is linear by day between points, with decimal.js", () => {
    // 2018-01-16: 2172089832110.7317 + (2227847638503 − 2172089832110.7317) × 1/4
    //           = 2172089832110.7317 + 13939451598.067075 = 2186029283708.798775
    expect(difficultyOn("2018-01-16")).toBe("2186029283708.798775");
  });

  it("shows the fall to 14.36 T after the China ban of 2021", () => {
    // Source 2021-06-28 and 07-02 (centred 06-24, 06-28): the 19.93 T period before the ban.
    expect(difficultyOn("2021-06-24")).toBe("19932791027263");
    // Source 2021-07-14 (window 07-07 … 07-13, after the −27.9 % adjustment of 2021-07-03).
    expect(difficultyOn("2021-07-10")).toBe("14363025673660");
    // 2021-07-15, between 07-14 (14360956448682.44) and 07-18 (13966424219627.582), 1/4 of the way:
    // 14360956448682.44 − 394532229054.858 / 4 = 14360956448682.44 − 98633057263.7145
    expect(difficultyOn("2021-07-15")).toBe("14262323391418.7255");
  });
});

describe("btcUsdOn", () => {
  it("gives the centred 7-day average price", () => {
    // Source 2018-01-19 = 12979.92, the average of 2018-01-12 … 01-18.
    expect(btcUsdOn("2018-01-15")).toBe("12979.92");
    // 2018-01-16: 12979.92 + (11841.71 − 12979.92) / 4 = 12979.92 − 284.5525
    expect(btcUsdOn("2018-01-16")).toBe("12695.3675");
  });

  it("covers the days after 2025-11-10, where price and difficulty have different dates", () => {
    // Source 2026-02-14 = 68885.57 and 2026-02-18 = 68315.94 → 02-10 and 02-14; 02-13 is 3/4 of the way:
    // 68885.57 − 569.63 × 3/4 = 68885.57 − 427.2225
    expect(btcUsdOn("2026-02-13")).toBe("68458.3475");
  });
});

describe("cnyPerUsdFor", () => {
  it("gives the source's monthly average for a month or a date in it", () => {
    // usd-cny-monthly.csv: 2018-01,6.4233 (FRED EXCHUS).
    expect(cnyPerUsdFor("2018-01")).toEqual({ rate: "6.4233", extrapolated: false });
    expect(cnyPerUsdFor("2018-01-15")).toEqual({ rate: "6.4233", extrapolated: false });
    expect(cnyPerUsdFor("2025-11-30")).toEqual({ rate: "7.1069", extrapolated: false });
  });

  it("reuses the last rate after 2025-11 and the first before 2013-01, flagged", () => {
    expect(cnyPerUsdFor("2025-12")).toEqual({ rate: "7.1069", extrapolated: true });
    expect(cnyPerUsdFor("2026-02-07")).toEqual({ rate: "7.1069", extrapolated: true });
    expect(cnyPerUsdFor("2012-12-28")).toEqual({ rate: "6.2215", extrapolated: true });
  });
});

describe("heightOn", () => {
  it("gives the recorded heights on their days, the halvings included", () => {
    expect(heightOn("2009-01-03")).toBe(0);
    expect(heightOn("2012-11-28")).toBe(210_000);
    expect(heightOn("2016-07-09")).toBe(420_000);
    expect(heightOn("2018-01-15")).toBe(504_400);
    expect(heightOn("2020-05-11")).toBe(630_000);
    expect(heightOn("2024-04-20")).toBe(840_000);
    expect(heightOn("2026-02-07")).toBe(935_424);
  });

  it("interpolates by day and rounds down", () => {
    // 2018-01-15 → 2020-05-11 is 847 days for 125,600 blocks (148.3 a day).
    expect(daysBetween("2018-01-15", "2020-05-11")).toBe(847);
    expect(heightOn("2018-01-16")).toBe(504_400 + Math.floor(125_600 / 847)); // 504,548
    // The day before each halving is still below it.
    expect(heightOn("2020-05-10")).toBe(629_851); // 504400 + floor(125600 × 846 / 847) = 504400 + 125451
    expect(heightOn("2024-04-19")).toBeLessThan(840_000);
  });

  it("puts the Huaqiangbei day (504,400, approximate) on a plausible pace, near 144 blocks a day", () => {
    // 2016-07-09 → 2018-01-15: 84,400 blocks in 555 days = 152 a day; then 148.3 a day.
    expect(84_400 / daysBetween("2016-07-09", "2018-01-15")).toBeCloseTo(152.1, 1);
    // Block 504,000 was mined on 2018-01-13 (data/README.md): the table gives 504,095 that day.
    expect(heightOn("2018-01-13")).toBe(504_095); // 420000 + floor(84400 × 553 / 555)
  });
});

describe("buildTables", () => {
  const diffPrice = [
    "date,difficulty,price_usd",
    "2018-01-19,2172089832110.7317,12979.92",
    "2018-01-23,2227847638503,",
    "2018-01-24,,11000.50",
  ].join("\n");
  const cny = "month,cny_per_usd\n2017-12,6.6085\n2018-01,6.4233\n";

  it("moves each point 4 days back and keeps its text", () => {
    expect(buildTables(diffPrice, cny)).toEqual({
      difficulty: [
        ["2018-01-15", "2172089832110.7317"],
        ["2018-01-19", "2227847638503"],
      ],
      btcUsd: [
        ["2018-01-15", "12979.92"],
        ["2018-01-20", "11000.50"],
      ],
      cnyPerUsd: [
        ["2017-12", "6.6085"],
        ["2018-01", "6.4233"],
      ],
    });
  });

  it("refuses unsorted dates, a gap in the months and values that are not positive decimals", () => {
    expect(() => buildTables("date,difficulty,price_usd\n2018-01-23,2,2\n2018-01-19,1,1", cny)).toThrow(/order/);
    expect(() => buildTables(diffPrice, "month,cny_per_usd\n2017-11,6.6\n2018-01,6.4")).toThrow(/order/);
    expect(() => buildTables("date,difficulty,price_usd\n2018-01-19,1e12,1", cny)).toThrow(/positive decimal/);
    expect(() => buildTables("date,difficulty,price_usd\n2018-01-19,0,1", cny)).toThrow(/positive decimal/);
  });
});
