/**
 * The difficulty steps on the chain's own retargets (spec §2.2, amended 2026-12): every 2016 blocks,
 * counted from the start height's place in its epoch, m(d) = floor(((startHeight mod 2016) + 144·d) / 2016).
 * The hand cases of the contract (mod 144 → day 13, mod 0 → day 14) are in simulate.test.ts; here the
 * calendar's helpers by hand, then properties over random start heights for the exact engine, the
 * float futures and the decimal futures' band.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import { floatModelOf as floatModel, simulateDays as simulate } from "../../../lib/prepare";
import { firstRetargetDay, RetargetCalendar, retargetsBy, difficultyOnDay } from "../../../lib/engine/difficulty";
import { exactMarket, runFloatFuture, type DrawnPath } from "../../../lib/engine/futures-float";
import { FUTURES_DEFAULTS } from "../../../lib/engine/futures";
import { FuturesRun } from "../../../lib/run";
import { round } from "../../support/scenarios";

/** m(d) straight from the contract's words, in whole numbers. */
function contractSteps(startHeight: number, day: number): number {
  return Math.floor(((startHeight % 2016) + 144 * day) / 2016);
}

describe("the retarget calendar by hand", () => {
  it("steps on day 13 one day into an epoch, on day 14 on a retarget, on day 1 at an epoch's last block", () => {
    // 144 mod 2016 = 144: 14 − floor(144 / 144) = 13; 0: 14 − 0 = 14; 2015: 14 − floor(2015 / 144) = 14 − 13 = 1
    expect(firstRetargetDay(144)).toBe(13);
    expect(firstRetargetDay(0)).toBe(14);
    expect(firstRetargetDay(2015)).toBe(1);
    // the January 2018 S9's height 504,400 = 250 × 2016 + 400: 14 − floor(400 / 144) = 14 − 2 = 12
    expect(firstRetargetDay(504_400)).toBe(12);
    expect(retargetsBy(504_400, 11)).toBe(0); // (400 + 1584) / 2016 = 0.98
    expect(retargetsBy(504_400, 12)).toBe(1); // (400 + 1728) / 2016 = 1.06
  });

  it("cuts a 30-day horizon from a height one day into its epoch into periods starting on days 0, 13 and 27", () => {
    const c = new RetargetCalendar(144, 30);
    expect(c.periods).toBe(3); // m(29) = floor((144 + 4176) / 2016) = floor(2.14) = 2: periods 0, 1, 2
    expect([c.startOf(0), c.startOf(1), c.startOf(2)]).toEqual([0, 13, 27]);
    expect([c.endOf(0), c.endOf(1), c.endOf(2)]).toEqual([13, 27, 30]);
  });
});

describe("the retarget calendar, properties", () => {
  const height = fc.integer({ min: 0, max: 13_440_000 });
  it("the calendar's periods are the contract's m(d) on every day", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 800 }), (h, horizon) => {
        const c = new RetargetCalendar(h, horizon);
        expect(c.firstStepDay).toBeGreaterThanOrEqual(1);
        expect(c.firstStepDay).toBeLessThanOrEqual(14);
        expect(c.periods).toBe(contractSteps(h, horizon - 1) + 1);
        const wrong: number[] = [];
        for (let d = 0; d < horizon; d++) {
          const m = contractSteps(h, d);
          if (retargetsBy(h, d) !== m || c.periodOf(d) !== m || d < c.startOf(m) || d >= c.endOf(m)) wrong.push(d);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("the exact engine's difficulty on each day is difficulty × s^m(d)", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 120 }), fc.constantFrom("8", "-5", "100", "0.5"), (h, horizon, dg) => {
        const s = round({ startHeight: String(h), difficultyGrowthPctPerMonth: dg, horizonDays: String(horizon), electricityPrice: "0" });
        const sim = simulate(s, { schedule: true });
        const step = new Dec(1).plus(new Dec(dg).div(100)).pow(new Dec(14).div("30.4375"));
        for (let d = 0; d < horizon; d++) {
          const expected = new Dec(s.difficulty).times(step.pow(contractSteps(h, d)));
          const actual = sim.schedule?.[d]?.difficulty;
          expect(actual?.minus(expected).abs().lte(expected.times("1e-30"))).toBe(true);
          const helper = difficultyOnDay({
            difficulty: new Dec(s.difficulty),
            difficultyGrowthPctPerMonth: new Dec(dg),
            startHeight: h,
            day: d,
          });
          expect(helper.minus(expected).abs().lte(expected.times("1e-30"))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("a float future and the exact engine under the same shocks agree for any start height (the shocks fall on the same retargets)", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1000 }), (h, horizon, seed) => {
        const s = round({
          startHeight: String(h),
          difficultyGrowthPctPerMonth: "3",
          btcPriceGrowthPctPerMonth: "1",
          horizonDays: String(horizon),
          rigPrice: "2000",
        });
        const model = floatModel(s, "self");
        const n = model.periods;
        const path: DrawnPath = { price: new Float64Array(n), difficulty: new Float64Array(n), feeRatio: new Float64Array(n) };
        for (let p = 0; p < n; p++) {
          path.price[p] = 1 + 0.2 * Math.sin(p + seed);
          path.difficulty[p] = 1.02 + 0.03 * Math.cos(p * seed);
          path.feeRatio[p] = 0.05;
        }
        const fast = runFloatFuture(model, path);
        const exact = simulate(s, { market: exactMarket(model, path) }).self;
        expect(fast.breakEvenDay).toBe(exact?.breakEvenDay);
        const e = exact?.netProfit ?? new Dec(0);
        expect(new Dec(fast.netProfit).minus(e).abs().lte(e.abs().times(1e-9).plus(1e-9))).toBe(true);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it("the futures' band is drawn at each difficulty period's end on the chain's calendar", () => {
    fc.assert(
      fc.property(height, fc.integer({ min: 1, max: 200 }), (h, horizon) => {
        const s = round({ startHeight: String(h), horizonDays: String(horizon) });
        const band = new FuturesRun(s, { ...FUTURES_DEFAULTS, count: 10 }).result();
        const ends: number[] = [];
        for (let d = 1; d <= horizon; d++) if (d === horizon || contractSteps(h, d) !== contractSteps(h, d - 1)) ends.push(d);
        expect(band.days).toEqual(ends);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
