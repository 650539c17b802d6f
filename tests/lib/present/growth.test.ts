import { describe, expect, it } from "vitest";
import { growthChoices } from "@/lib/present/growth";
import { AGAIN_2018 } from "@/data/growth-scenarios";
import { recordedTrend, monthlyRatePct } from "@/lib/history/trend";
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
