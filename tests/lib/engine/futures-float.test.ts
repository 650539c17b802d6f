import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import { floatModelOf as floatModel, simulateDays as simulate } from "../../../lib/prepare";
import { exactMarket, floatOdds, runFloatFuture, breakEvenQuantile, quantileOf, type DrawnPath } from "../../../lib/engine/futures-float";
import { futuresWindow, historyPath, historyPeriods } from "../../../lib/history/bootstrap";
import { historyFuturesScenario } from "../../../lib/run";
import type { SideName } from "../../../lib/engine/day";
import { scenarioFromQuery, scenarioOf, ROUND } from "../../support/scenarios";

/** |a − b| / |b|: the relative distance of the float from the exact figure. */
function relative(a: number, b: Dec): number {
  return new Dec(a).minus(b).abs().div(b.abs()).toNumber();
}

const QUERIES: [string, SideName][] = [
  ["v=1&preset=s9-2018-huaqiangbei", "self"],
  ["v=1&preset=s9-2018-factory&pool=2&up=97", "self"],
  ["v=1&preset=s9-2018-hosted", "hosted"],
  ["v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5&hshare=10&hfee=60&resale=20", "hosted"],
  ["v=1&preset=s21&kwh=0.09&days=1500", "self"],
  ["v=1&preset=s9-2018-huaqiangbei&stop=0&kwh=1.2", "self"],
  // issue 16's power terms: prices by the month, peak hours, curtailment with its credit, an outage with its cost
  [
    "v=1&preset=s9-2018-huaqiangbei&kwhm=0.45,0.45,0.45,0.45,0.3,0.3,0.3,0.3,0.3,0.3,0.45,0.45&kwhp=0.9&peak=18-22&drh=40&dr=0.2&out=2018-06-01_2018-06-20_150",
    "self",
  ],
  // hosting terms: a yearly rise, a deposit, an early exit, the host's uptime, a dear peak
  ["v=1&preset=s9-2018-hosted&hesc=10&hdep=2&hmin=48&hexit=300&hup=95&hkwhp=1.6&peak=8-11&days=900", "hosted"],
  // a price dear enough that some hours switch off and others run
  ["v=1&preset=s9-2018-huaqiangbei&kwh=0.9&kwhp=3&peak=0-6,18-24", "self"],
];

describe("the float fast path against the exact engine", () => {
  it.each(QUERIES)("%s (%s): the same break-even day and net profit within 1e-9 relative on 12 seeded history paths", (query, side) => {
    const s = historyFuturesScenario(scenarioFromQuery(query), side);
    const model = floatModel(s, side);
    const periods = historyPeriods(futuresWindow(s.startDate, { kind: "before" }));
    for (let i = 0; i < 12; i++) {
      const path = historyPath(periods, 7, i, model.periods);
      const fast = runFloatFuture(model, path);
      const exact = simulate(s, { market: exactMarket(model, path) })[side];
      expect(exact).toBeDefined();
      if (!exact) return;
      expect(fast.breakEvenDay).toBe(exact.breakEvenDay);
      expect(relative(fast.netProfit, exact.netProfit)).toBeLessThan(1e-9);
    }
  });

  it("agrees with the engine under the scenario's own growth rates too (a random path, dg 4, bg 1)", () => {
    const s = { ...scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=1&pool=2"), mode: "self" as const };
    const model = floatModel(s, "self");
    const n = model.periods;
    const path: DrawnPath = { price: new Float64Array(n), difficulty: new Float64Array(n), feeRatio: new Float64Array(n) };
    for (let p = 0; p < n; p++) {
      // a fixed wavy path: price ±10 %, difficulty +3 % … −1 %, fees 2 … 12 % of the subsidy
      path.price[p] = 1 + 0.1 * Math.sin(p);
      path.difficulty[p] = 1.01 + 0.02 * Math.cos(p);
      path.feeRatio[p] = 0.07 + 0.05 * Math.sin(3 * p);
    }
    const fast = runFloatFuture(model, path);
    const exact = simulate(s, { market: exactMarket(model, path) }).self;
    expect(fast.breakEvenDay).toBe(exact?.breakEvenDay);
    expect(exact && relative(fast.netProfit, exact.netProfit)).toBeLessThan(1e-9);
  });

  it("a flat path with no fees is the hand case: 76 a day against a 1,000 outlay pays back on day 14", () => {
    // ROUND: 1 BTC a day at 100, power 24 a day: profit 76; ceil(1000 / 76) = 14; 30 days: 30 × 76 − 1000 = 1280
    const s = scenarioOf({ ...ROUND, rigPrice: "1000", horizonDays: "30" });
    const model = floatModel(s, "self");
    const ones = new Float64Array(model.periods).fill(1);
    const outcome = runFloatFuture(model, { price: ones, difficulty: ones, feeRatio: new Float64Array(model.periods) });
    expect(outcome.breakEvenDay).toBe(14);
    expect(outcome.netProfit).toBeCloseTo(1280, 9);
  });
});

describe("the odds' statistics", () => {
  it("break-even quantiles count a future that never pays back as the latest", () => {
    // 4 futures, days 5 and 9 and two nevers: rank floor(3 × 0.1) = 0 → 5; floor(3 × 0.5) = 1 → 9; floor(3 × 0.9) = 2 → never
    expect(breakEvenQuantile([5, 9], 4, 0.1)).toBe(5);
    expect(breakEvenQuantile([5, 9], 4, 0.5)).toBe(9);
    expect(breakEvenQuantile([5, 9], 4, 0.9)).toBeNull();
  });

  it("net profit quantiles interpolate between ranks", () => {
    // [0, 10, 20, 30] at 0.5: position 1.5 → 15; at 0.1: position 0.3 → 3
    expect(quantileOf([0, 10, 20, 30], 0.5)).toBe(15);
    expect(quantileOf([0, 10, 20, 30], 0.1)).toBeCloseTo(3, 12);
  });

  it("floatOdds counts the futures that pay back", () => {
    // ROUND with an outlay of 1,100, no shutdown, 20 days. Flat: 76 a day, day ceil(1100 / 76) = 15.
    // Crash (price × 0.2 from day 14): revenue 20, profit −4; after day 14: 14 × 76 − 1100 = −36, then lower: never.
    const s = scenarioOf({ ...ROUND, rigPrice: "1100", horizonDays: "20", shutdownWhenUnprofitable: "0" });
    const model = floatModel(s, "self");
    const flat = new Float64Array(model.periods).fill(1);
    const crash = new Float64Array(model.periods).fill(0.2);
    const none = new Float64Array(model.periods);
    const odds = floatOdds(model, { runs: 4, draw: (i) => ({ price: i % 2 === 0 ? flat : crash, difficulty: flat, feeRatio: none }) });
    expect(odds.paidBack).toBe(2);
    expect(odds.payBackPct).toBe(50);
    expect(odds.breakEvenP10).toBe(15);
  });
});
