import { describe, expect, it } from "vitest";
import { beyondKind, growthChoices, growthImplied, grown, replayGrowth } from "@/lib/present/growth";
import { messagesFor } from "@/lib/i18n/messages";
import { AGAIN_2018 } from "@/data/growth-scenarios";
import { recordedTrend, monthlyRatePct, recordedRanges, recordedRangesOfTables } from "@/lib/history/trend";
import { btcUsdOn, difficultyOn } from "@/lib/history/tables";
import { Dec } from "@/lib/core/decimal";

describe("the growth choices", () => {
  it("offer flat, three recorded trends and 2018 again for the S9's January", () => {
    const choices = growthChoices("2018-01-15");
    expect(choices.map((c) => [c.id, c.months ?? null])).toEqual([
      ["flat", null],
      ["trend", 3],
      ["trend", 6],
      ["trend", 12],
      ["again2018", null],
    ]);
    // the 12-month trend: 16.70 % and 25.89 % a month (tests/lib/history/trend.test.ts works them out)
    const year = choices[3];
    expect([year?.difficultyGrowthPctPerMonth, year?.btcPriceGrowthPctPerMonth, year?.from, year?.to]).toEqual([
      "16.7",
      "25.89",
      "2017-01-14",
      "2018-01-14",
    ]);
    expect(choices[0]).toMatchObject({ difficultyGrowthPctPerMonth: "0", btcPriceGrowthPctPerMonth: "0" });
  });

  it("leave out a trend whose window would begin before the tables", () => {
    expect(growthChoices("2013-03-01").map((c) => c.months ?? c.id)).toEqual(["flat", "again2018"]);
  });

  it("call 2018 again what the tables recorded from January 2018", () => {
    // difficulty 2018-01-15 → its peak on 2018-10-15: 2,172,089,832,110.73 → 7,424,827,397,980.62,
    // ×3.418 in 273 days; ^(30.4375/273) − 1 = +14.7 % a month, rounded to 15
    const d = monthlyRatePct(new Dec(difficultyOn("2018-01-15") ?? "0"), new Dec(difficultyOn("2018-10-15") ?? "0"), 273);
    expect(d.toFixed(1)).toBe("14.7");
    expect(d.minus(AGAIN_2018.difficultyGrowthPctPerMonth).abs().lt(0.5)).toBe(true);
    // price 2018-01-15 → 2018-12-15: $12,979.92 → $3,412.37, ×0.2629 in 334 days = −11.46 % a month
    const p = monthlyRatePct(new Dec(btcUsdOn("2018-01-15") ?? "0"), new Dec(btcUsdOn("2018-12-15") ?? "0"), 334);
    expect(p.toFixed(2)).toBe("-11.46");
    expect(p.minus(AGAIN_2018.btcPriceGrowthPctPerMonth).abs().lt(0.1)).toBe(true);
  });

  it("measure the trend before the start date only", () => {
    for (const c of growthChoices("2021-05-20")) if (c.to) expect(c.to < "2021-05-20").toBe(true);
    expect(recordedTrend("2021-05-20", 3)?.to).toBe("2021-05-19");
  });
});

describe("what a growth choice implies at the horizon", () => {
  it("compounds the monthly rate over the horizon's 30.4375-day months", () => {
    // ¥87,800 at +10 % a month for 365.25 days = 87,800 × 1.1^12 = 87,800 × 3.138428376721 = ¥275,554.01
    expect(grown("87800", "10", 365.25).toDecimalPlaces(2).toFixed(2)).toBe("275554.01");
    expect(grown("87800", "0", 1095).toFixed(2)).toBe("87800.00");
  });

  it("warns when a pace was never kept up that long on record, and not when it was", () => {
    const ranges = [{ months: 36, priceMaxPct: 12, priceMinPct: -1, difficultyMaxPct: 35, difficultyMinPct: 2.5 }];
    const s = { btcPrice: "87800", difficulty: "2227847638503.63", horizonDays: 1095 };
    // 1,095 days = 36 months: +35 % a month on the price is past the record's +12 %
    expect(growthImplied(s, { btcPriceGrowthPctPerMonth: "35", difficultyGrowthPctPerMonth: "16.7" }, ranges).beyond).toEqual({
      what: "price",
      up: true,
      recordedPct: 12,
      months: 36,
    });
    expect(growthImplied(s, { btcPriceGrowthPctPerMonth: "5", difficultyGrowthPctPerMonth: "10" }, ranges).beyond).toBeNull();
    // difficulty held flat for three years: never happened (at least +2.5 % a month)
    expect(growthImplied(s, { btcPriceGrowthPctPerMonth: "0", difficultyGrowthPctPerMonth: "0" }, ranges).beyond?.up).toBe(false);
  });

  it("calls a rate under the record's slowest rise slower growth, not a fall; a fall only under a recorded fall", () => {
    const ranges = [{ months: 36, priceMaxPct: 12, priceMinPct: -1, difficultyMaxPct: 35, difficultyMinPct: 2.5 }];
    const s = { btcPrice: "80527.06", difficulty: "141668107417558.22", horizonDays: 1095 };
    const m = messagesFor("en");
    // the S21 example's +2.28 % a month on the difficulty, when every 3 years on record rose at least 2.5 %
    const slow = growthImplied(s, { btcPriceGrowthPctPerMonth: "0", difficultyGrowthPctPerMonth: "2.28" }, ranges).beyond;
    expect(slow).toEqual({ what: "difficulty", up: false, recordedPct: 2.5, months: 36 });
    expect(slow && beyondKind(slow)).toBe("slower");
    expect(m.growthBeyond.slower("difficulty", "2.5", "3 years")).toBe(
      "Slower growth of the difficulty than any over 3 years on record (2.5 % a month at the least).",
    );
    // −2 % a month on the price, under the record's −1 %: a steeper fall
    const fall = growthImplied(s, { btcPriceGrowthPctPerMonth: "-2", difficultyGrowthPctPerMonth: "3" }, ranges).beyond;
    expect(fall && beyondKind(fall)).toBe("fall");
    const fast = growthImplied(s, { btcPriceGrowthPctPerMonth: "13", difficultyGrowthPctPerMonth: "3" }, ranges).beyond;
    expect(fast && beyondKind(fast)).toBe("faster");
  });

  it("the record's fastest 36 months of the price stay far below the 6-month trend of January 2018", () => {
    const r = recordedRangesOfTables();
    const three = r[35];
    expect(three?.months).toBe(36);
    const trend6 = growthChoices("2018-01-15").find((c) => c.id === "trend" && c.months === 6);
    expect(Number(trend6?.btcPriceGrowthPctPerMonth)).toBeGreaterThan(three?.priceMaxPct ?? Infinity);
    // shorter stretches allow faster paces: the fastest over 1 month is at least the fastest over 36
    expect(r[0]?.priceMaxPct ?? 0).toBeGreaterThanOrEqual(three?.priceMaxPct ?? Infinity);
  });

  it("rounds each recorded pace outward to a thousandth of a percent: a maximum up, a minimum down", () => {
    // one stretch of 30 days (a month of 30.4375 days rounds to 30): the price 100 → 110, the difficulty 100 → 120
    // price: (1.1^(30.4375/30) − 1) × 100 = 10.152999719… % a month; difficulty: (1.2^(30.4375/30) − 1) × 100 = 20.319487… %
    const points = {
      btcUsd: [
        ["2020-01-01", "100"],
        ["2020-01-31", "110"],
      ] as const,
      difficulty: [
        ["2020-01-01", "100"],
        ["2020-01-31", "120"],
      ] as const,
    };
    expect(recordedRanges(points)).toEqual([
      { months: 1, priceMaxPct: 10.153, priceMinPct: 10.152, difficultyMaxPct: 20.32, difficultyMinPct: 20.319 },
    ]);
    // the tables' own: no figure carries more than three decimals
    for (const r of recordedRangesOfTables()) {
      for (const pct of [r.priceMaxPct, r.priceMinPct, r.difficultyMaxPct, r.difficultyMinPct]) {
        expect(Math.abs(pct * 1000 - Math.round(pct * 1000))).toBeLessThan(1e-6);
      }
    }
  });

  it("on a replay say the records' end instead of end figures the records contradict", () => {
    // 15 Jan 2018 + 1,825 days: the last day is day 1,824, 13 Jan 2023, within the records (difficulty to
    // 13 Feb 2026, BTC to 14 Feb 2026: both to 13 Feb 2026)
    expect(replayGrowth("2018-01-15", 1825)).toEqual({ recordsEnd: "2026-02-13", covered: true });
    // 1 Jan 2025 + 730 days ends on 31 Dec 2026, after the records: the rates apply after 13 Feb 2026
    expect(replayGrowth("2025-01-01", 730)).toEqual({ recordsEnd: "2026-02-13", covered: false });
    // the last recorded day itself is covered; the day after is not (13 Feb 2026 is day 6 from 7 Feb)
    expect(replayGrowth("2026-02-07", 7)?.covered).toBe(true);
    expect(replayGrowth("2026-02-07", 8)?.covered).toBe(false);
    expect(replayGrowth("2018-02-30", 10)).toBeNull();
  });
});
