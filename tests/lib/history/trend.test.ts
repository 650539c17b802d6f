import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "@/lib/core/decimal";
import { monthlyRatePct, recordedTrend } from "@/lib/history/trend";
import { HISTORY_SPAN } from "@/lib/history/tables";

describe("monthlyRatePct", () => {
  it("turns a doubling over four model months into 18.92 % a month", () => {
    // 4 × 30.4375 = 121.75 days; 2^(1/4) = 1.189207…, so 18.9207 % a month
    expect(monthlyRatePct(new Dec(1), new Dec(2), 121.75).toFixed(4)).toBe("18.9207");
  });

  it("gives back the rate it was built from (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 20000 }), fc.integer({ min: 1, max: 36 }), (hundredths, months) => {
        const pct = new Dec(hundredths).div(100);
        const end = pct.div(100).plus(1).pow(months);
        // end = (1 + pct/100)^months over months × 30.4375 days
        const back = monthlyRatePct(new Dec(1), end, months * 30.4375);
        expect(back.minus(pct).abs().lt("1e-20")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("recordedTrend", () => {
  it("measures the year before the S9 presets' day from the recorded difficulty and price", () => {
    const t = recordedTrend("2018-01-15", 12);
    expect(t).not.toBeNull();
    // the window ends the day before the start and is round(12 × 30.4375) = 365 days long
    expect(t?.from).toBe("2017-01-14");
    expect(t?.to).toBe("2018-01-14");
    // difficulty 2017-01-14 = (331,668,220,835.62067 + 336,899,932,795.0001) / 2 = 334,284,076,815.310385
    //            2018-01-14 = 2,002,540,584,101.5886 + ¾ × (2,172,089,832,110.7317 − 2,002,540,584,101.5886) = 2,129,702,520,108.445925
    // ratio 6.370963…; ^(30.4375 / 365) = 1.166985… → 16.70 % a month
    expect(t?.difficultyGrowthPctPerMonth.toFixed(2)).toBe("16.70");
    // price $845.485 → $13,370.61 (same interpolation): ratio 15.81415…; ^(30.4375 / 365) = 1.25894… → 25.89 % a month
    expect(t?.btcPriceGrowthPctPerMonth.toFixed(2)).toBe("25.89");
  });

  it("ends on the tables' last day when the start date lies beyond them", () => {
    const t = recordedTrend("2030-01-01", 3);
    expect(t?.to).toBe(HISTORY_SPAN.to);
  });

  it("has no trend where the window would begin before the tables", () => {
    expect(recordedTrend("2013-02-01", 12)).toBeNull();
  });

  it("never reads a day on or after the start date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 4700 }), fc.constantFrom(3, 6, 12), (offset, months) => {
        const start = new Date(Date.UTC(2013, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const t = recordedTrend(start, months);
        if (t !== null) expect(t.to < start).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
