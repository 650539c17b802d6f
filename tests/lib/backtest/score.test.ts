import { describe, expect, it } from "vitest";
import { coverageRange, independentPeriods, scoreRecords, type BacktestRecord } from "../../../lib/backtest/score";

/** A hand-made start date: the futures' band and probability, and what happened. */
function rec(startDate: string, net: number, paidBack: boolean, payBackProb: number, headlinePaidBack: boolean): BacktestRecord {
  return {
    startDate,
    horizonDays: 365,
    net,
    paidBack,
    p10: -100,
    p90: 100,
    payBackProb,
    pit: (net + 150) / 300,
    headlinePaidBack,
    priorBaseRate: null,
  };
}

// four start dates, band −100 … 100 each:
//   2014-01: net 50 (inside), paid,  forecast 0.8, headline says paid
//   2014-07: net 150 (above), paid,  forecast 0.6, headline says not
//   2015-01: net −120 (below), not,  forecast 0.3, headline says not
//   2015-07: net 0 (inside),  not,  forecast 0.5, headline says paid
const HISTORY = [
  rec("2014-01-01", 50, true, 0.8, true),
  rec("2014-07-01", 150, true, 0.6, false),
  rec("2015-01-01", -120, false, 0.3, false),
  rec("2015-07-01", 0, false, 0.5, true),
];

describe("the backtest's scores on a hand-made history", () => {
  const s = scoreRecords(HISTORY);

  it("counts the outcomes inside the band and in each tail", () => {
    // inside: 2014-01 and 2015-07 → 2 of 4 = 50 %; above: 2014-07 → 25 %; below: 2015-01 → 25 %
    expect(s.insideBandPct).toBe(50);
    expect(s.aboveP90Pct).toBe(25);
    expect(s.belowP10Pct).toBe(25);
  });

  it("scores the payback probability against the constant base rate", () => {
    // Brier: ((0.8−1)² + (0.6−1)² + (0.3−0)² + (0.5−0)²) / 4 = (0.04 + 0.16 + 0.09 + 0.25) / 4 = 0.135
    expect(s.brier).toBeCloseTo(0.135, 12);
    // base rate 2 of 4 = 0.5; its Brier: 4 × 0.25 / 4 = 0.25
    expect(s.baseRate).toBe(0.5);
    expect(s.baseRateBrier).toBeCloseTo(0.25, 12);
    // no earlier outcome was known at any start: 0.5 each time → 0.25
    expect(s.priorBaseRateBrier).toBeCloseTo(0.25, 12);
  });

  it("scores the headline's verdict against a coin toss, and the median future's", () => {
    // headline wrong on 2014-07 and 2015-07: Brier of a 0/1 verdict = 2 / 4 = 0.5; right 50 %
    expect(s.headlineBrier).toBe(0.5);
    expect(s.coinTossBrier).toBe(0.25);
    expect(s.headlineRightPct).toBe(50);
    // median future pays back when the forecast ≥ 0.5: 0.8 ✓, 0.6 ✓, 0.3 (not) ✓, 0.5 (paid, but not) ✗ → 75 %
    expect(s.medianRightPct).toBe(75);
  });

  it("puts each PIT value in its tenth", () => {
    // PIT = (net + 150) / 300: 0.667 → 6, 1.0 → 9, 0.1 → 1, 0.5 → 5
    expect(s.pitDeciles).toEqual([0, 1, 0, 0, 0, 1, 1, 0, 0, 1]);
  });

  it("bins the forecasts for the reliability chart", () => {
    // 0.3 in [0.2, 0.4); 0.5 in [0.4, 0.6); 0.6 in [0.6, 0.8); 0.8 in [0.8, 1]
    expect(s.reliability.map((b) => b.count)).toEqual([0, 1, 1, 1, 1]);
    expect(s.reliability[2]).toMatchObject({ meanForecast: 0.5, paidShare: 0 });
    expect(s.reliability[4]).toMatchObject({ meanForecast: 0.8, paidShare: 1 });
  });

  it("counts the non-overlapping horizons", () => {
    // 1-year horizons: 2014-01 (to 2015-01-01), then 2015-01 (to 2016-01-01) → 2
    expect(s.independentPeriods).toBe(2);
    expect(
      independentPeriods([
        { startDate: "2014-01-01", horizonDays: 1096 },
        { startDate: "2016-12-01", horizonDays: 1096 },
      ]),
    ).toBe(1);
  });

  it("gives a range of coverage that holds the share seen, and is seeded", () => {
    const r = coverageRange(HISTORY, { resamples: 500, seed: 3 });
    expect(r.low).toBeLessThanOrEqual(50);
    expect(r.high).toBeGreaterThanOrEqual(50);
    expect(coverageRange(HISTORY, { resamples: 500, seed: 3 })).toEqual(r);
  });
});
