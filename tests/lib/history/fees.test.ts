import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dayNumber, isoDate } from "../../../lib/core/dates";
import { Dec } from "../../../lib/core/decimal";
import { feePoints, FEE_STEP_DAYS, FEES_SPAN, blocksOn, feesPerBlockOn, feesPerDayOn } from "../../../lib/history/fees";
import { HEIGHT_SPAN, heightOn } from "../../../lib/history/tables";
import { buildFees } from "../../../scripts/build-history";

const POSITIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

function dayOf(iso: string): number {
  const d = dayNumber(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}

const FIRST_DAY = dayOf(FEES_SPAN.from);
const LAST_DAY = dayOf(FEES_SPAN.to);

describe("the fee table", () => {
  it("holds btc-fees.csv's 1134 points, 2012-12-03 to 2025-05-01, one every 4 days", () => {
    expect(feePoints()).toHaveLength(1134);
    expect(FEES_SPAN).toEqual({ from: "2012-12-03", to: "2025-05-01" });
    // 2012-12-03 + 1133 × 4 days = 2025-05-01: no gaps.
    expect(LAST_DAY - FIRST_DAY).toBe(1133 * 4);
    expect(FEE_STEP_DAYS).toBe(4);
    const days = feePoints().map(([date]) => dayOf(date));
    expect(days.every((d, i) => d === FIRST_DAY + 4 * i)).toBe(true);
  });

  it("keeps the source's exact decimal text, positive", () => {
    // btc-fees.csv data rows 1, 5, 468 and 1134 (row 5 keeps its trailing zero).
    expect(feePoints()[0]).toEqual(["2012-12-03", "18.28932863"]);
    expect(feePoints()[4]).toEqual(["2012-12-19", "34.99712470"]);
    expect(feePoints()[467]).toEqual(["2018-01-14", "491.32446483"]);
    expect(feePoints()[1133]).toEqual(["2025-05-01", "5.51228636"]);
    for (const [, fees] of feePoints()) {
      expect(fees).toMatch(POSITIVE_DECIMAL);
      expect(new Dec(fees).gt(0)).toBe(true);
    }
  });
});

describe("feesPerDayOn", () => {
  it("gives a point's exact text on its day", () => {
    expect(feesPerDayOn("2018-01-14")).toBe("491.32446483");
    // The fourth halving and the launch of Runes: the largest day in the shared README.
    expect(feesPerDayOn("2024-04-20")).toBe("1257.71544525");
    expect(feesPerDayOn("2012-12-03")).toBe("18.28932863");
    expect(feesPerDayOn("2025-05-01")).toBe("5.51228636");
  });

  it("is linear by day between two points", () => {
    // 2018-01-14 = 491.32446483, 2018-01-18 = 656.89753535; the difference is 165.57307052.
    // 2018-01-15: 491.32446483 + 165.57307052 × 1/4 = 491.32446483 + 41.39326763
    expect(feesPerDayOn("2018-01-15")).toBe("532.71773246");
    // 2018-01-16: 491.32446483 + 165.57307052 × 2/4 = 491.32446483 + 82.78653526
    expect(feesPerDayOn("2018-01-16")).toBe("574.11100009");
    // 2018-01-17: 491.32446483 + 165.57307052 × 3/4 = 491.32446483 + 124.17980289
    expect(feesPerDayOn("2018-01-17")).toBe("615.50426772");
  });

  it("is null outside 2012-12-03 … 2025-05-01", () => {
    expect(feesPerDayOn("2012-12-02")).toBeNull();
    expect(feesPerDayOn("2025-05-02")).toBeNull();
    expect(feesPerDayOn("2026-02-07")).toBeNull();
  });

  it("throws on a text that is not a date", () => {
    expect(() => feesPerDayOn("2018-02-30")).toThrow(/not a date/);
  });

  it("lies between its two neighbouring points on every day", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (d) => {
        // The neighbours found independently: the last point on or before d and the first on or after it.
        const iso = isoDate(d);
        const before = feePoints()
          .filter(([date]) => date <= iso)
          .at(-1);
        const after = feePoints().find(([date]) => date >= iso);
        if (before === undefined || after === undefined) throw new Error(`no neighbours for ${iso}`);
        const lo = Dec.min(before[1], after[1]);
        const hi = Dec.max(before[1], after[1]);
        const fees = feesPerDayOn(iso);
        if (fees === null) throw new Error(`no fees on ${iso}`);
        expect(new Dec(fees).gte(lo) && new Dec(fees).lte(hi)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("blocksOn", () => {
  it("counts the blocks between the recorded heights of a day and the next", () => {
    // 2016-07-09 (420,000) to 2018-01-15 (504,400): 84,400 blocks in 555 days.
    // heightOn(2018-01-14) = 420000 + floor(84400 × 554 / 555) = 420000 + floor(84247.93) = 504247
    // blocksOn(2018-01-14) = 504400 − 504247
    expect(blocksOn("2018-01-14")).toBe(153);
    // 2018-01-15 (504,400) to 2020-05-11 (630,000): 125,600 blocks in 847 days.
    // heightOn(2018-01-16) = 504400 + floor(125600 / 847) = 504400 + floor(148.29) = 504548
    expect(blocksOn("2018-01-15")).toBe(148);
    // 2024-04-20 (840,000) to 2026-02-07 (935,424): 95,424 blocks in 658 days; 2025-05-01 is day 376.
    // heightOn(2025-05-01) = 840000 + 95424 × 376 / 658 = 840000 + 54528 (exact)
    // heightOn(2025-05-02) = 840000 + floor(95424 × 377 / 658) = 840000 + floor(54673.02) = 894673
    expect(blocksOn("2025-05-01")).toBe(894673 - 894528);
  });

  it("adds up to the recorded heights between two recorded days", () => {
    // Sum over 2018-01-15 … 2020-05-10 = heightOn(2020-05-11) − heightOn(2018-01-15) = 630000 − 504400.
    let sum = 0;
    for (let d = dayOf("2018-01-15"); d < dayOf("2020-05-11"); d++) sum += blocksOn(isoDate(d));
    expect(sum).toBe(125_600);
  });

  it("is at least one block on every day of the fee table", () => {
    for (let d = FIRST_DAY; d <= LAST_DAY; d++) expect(blocksOn(isoDate(d))).toBeGreaterThanOrEqual(1);
  });

  it("throws where a day or the next has no recorded height", () => {
    expect(() => blocksOn(HEIGHT_SPAN.to)).toThrow(/no recorded block height/);
    expect(() => blocksOn("2009-01-02")).toThrow(/no recorded block height/);
    expect(heightOn(HEIGHT_SPAN.to)).toBe(935_424);
  });
});

describe("feesPerBlockOn", () => {
  it("divides the day's fees by the day's blocks (the shared README's 2018-01-14 check)", () => {
    // The shared README: 491.3 BTC ÷ about 148 blocks ≈ 3.3 BTC per block. Our heights give 153 blocks
    // that day (above): 491.32446483 / 153 = 3.2112710119607843137254901960784313… (34 digits)
    expect(feesPerBlockOn("2018-01-14")).toBe("3.211271011960784313725490196078431");
    // 532.71773246 / 148 = 3.59944413824324324324… (243 repeating)
    expect(feesPerBlockOn("2018-01-15")).toBe("3.599444138243243243243243243243243");
    // 2024-04-20: 1257.71544525 / 145 (840000 + floor(95424 / 658) = 840145 the next day)
    expect(blocksOn("2024-04-20")).toBe(145);
    expect(feesPerBlockOn("2024-04-20")).toBe("8.673899622413793103448275862068966");
    // The last day: 5.51228636 / 145 = 0.038015768 exactly (145 × 0.038015768 = 5.51228636).
    expect(feesPerBlockOn("2025-05-01")).toBe("0.038015768");
  });

  it("is null outside the fee table", () => {
    expect(feesPerBlockOn("2012-12-02")).toBeNull();
    expect(feesPerBlockOn("2025-05-02")).toBeNull();
    expect(feesPerBlockOn("2026-02-07")).toBeNull();
  });

  it("times the day's blocks gives back the day's fees", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (d) => {
        const iso = isoDate(d);
        const perBlock = feesPerBlockOn(iso);
        const perDay = feesPerDayOn(iso);
        if (perBlock === null || perDay === null) throw new Error(`no fees on ${iso}`);
        // 34 significant digits: a quotient below 10 BTC is off by at most 5e-33, times at most ~200 blocks.
        expect(new Dec(perBlock).times(blocksOn(iso)).minus(perDay).abs().lt("1e-28")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("buildFees", () => {
  const csv = "date,fees_btc_per_day\n2018-01-10,720.32570087\n2018-01-14,491.32446483\n";

  it("copies every row's date and exact text", () => {
    expect(buildFees(csv)).toEqual([
      ["2018-01-10", "720.32570087"],
      ["2018-01-14", "491.32446483"],
    ]);
  });

  it("rejects a wrong header, a gap, a bad date and a value that is not a positive decimal", () => {
    expect(() => buildFees("date,fees\n2018-01-10,1")).toThrow(/header/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-01-10,1\n2018-01-18,1")).toThrow(/order/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-01-14,1\n2018-01-10,1")).toThrow(/order/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-02-30,1")).toThrow(/not a date/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-01-10,0")).toThrow(/positive decimal/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-01-10,1e2")).toThrow(/positive decimal/);
    expect(() => buildFees("date,fees_btc_per_day\n2018-01-10,1,2")).toThrow(/cells/);
  });
});
