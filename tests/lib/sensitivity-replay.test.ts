/**
 * The "how sure" views of a replay: a BTC price or difficulty moved in a heat map or the tornado
 * moves the whole recorded path (it once moved day 0 alone, so on a replay the BTC price looked like
 * it hardly mattered); a growth map over a replay recorded to its end is one answer, worked out once;
 * and the maps of heavy scenarios are drawn coarser, by the same work estimate as the server's.
 */
import { describe, expect, it } from "vitest";
import { growthHeatMap, heatMapSize, simulate, tornado } from "../../lib/server";
import { scenarioFromQuery } from "../support/scenarios";

const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
// one year of the S9 from 15 January 2018, never switched off: revenue is then linear in the price
const REPLAY_1Y = "v=1&preset=s9-2018-replay&days=365&stop=0";

describe("a replay's BTC price and difficulty in the views", () => {
  it("move every recorded day by the same ratio", () => {
    const s = scenarioFromQuery(REPLAY_1Y);
    const base = simulate(s).self;
    if (!base) throw new Error("a self-run side");
    const bars = tornado(s).bars;
    const price = bars.find((b) => b.field === "btcPrice");
    const difficulty = bars.find((b) => b.field === "difficulty");
    if (!price || !difficulty) throw new Error("price and difficulty bars");
    // price +20 %: every day's revenue × 1.2, the costs unchanged → net profit + 0.2 × the year's revenue
    const revenue = base.totalRevenue.toNumber();
    expect(price.netProfitHigh.minus(base.netProfit).toNumber()).toBeCloseTo(0.2 * revenue, 2);
    expect(price.netProfitLow.minus(base.netProfit).toNumber()).toBeCloseTo(-0.2 * revenue, 2);
    // difficulty +20 %: every day's coins ÷ 1.2 → revenue × (1/1.2 − 1) = −revenue / 6
    expect(difficulty.netProfitHigh.minus(base.netProfit).toNumber()).toBeCloseTo(-revenue / 6, 2);
    // day 0 alone would have moved it by 0.2 × a day's revenue, under 1 % of these
    expect(Math.abs(price.netProfitHigh.minus(base.netProfit).toNumber())).toBeGreaterThan(0.1 * revenue);
  });
});

describe("a growth map over a replay recorded to its end", () => {
  it("is the scenario's own answer in every cell, as a run of each cell gives", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-replay&days=730");
    const map = growthHeatMap(s, 3);
    const own = simulate(s).self;
    expect(map.cells).toHaveLength(9);
    for (const cell of map.cells) {
      expect(cell.breakEvenDay).toBe(own?.breakEvenDay);
      expect(cell.netProfit?.eq(own?.netProfit ?? NaN)).toBe(true);
      // each cell run on its own: the growth rates change nothing while the records last
      const alone = simulate({ ...s, btcPriceGrowthPctPerMonth: cell.x, difficultyGrowthPctPerMonth: cell.y }).self;
      expect(alone?.netProfit.eq(own?.netProfit ?? NaN)).toBe(true);
    }
  });

  it("moves where the horizon reaches past the records", () => {
    // from 2025-01-01 for 3 years: the tables end in February 2026, growth rates apply after
    const s = scenarioFromQuery("v=1&preset=s21&hist=1&date=2025-01-01&days=1095");
    const profits = new Set(growthHeatMap(s, 3).cells.map((c) => c.netProfit?.toFixed(2)));
    expect(profits.size).toBeGreaterThan(1);
  });
});

describe("the heat maps' grid", () => {
  it("is 15 × 15 for a modelled run and coarser for heavy replays, within the budget", () => {
    // 1,095 days × 0.0008 ms = 0.88 ms a run: 225 runs = 197 ms
    expect(heatMapSize(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei"))).toBe(15);
    // 1,095 recorded days × 0.01 ms = 10.95 ms: 13² = 169 runs = 1,851 ms > 1,500; 11² = 121 runs = 1,325 ms
    expect(heatMapSize(scenarioFromQuery("v=1&preset=s9-2018-replay&days=1095"))).toBe(11);
    // 1,825 days: 18.25 ms a run; 11² = 2,208 ms > 1,500; 9² = 1,478 ms
    expect(heatMapSize(scenarioFromQuery("v=1&preset=s9-2018-replay&days=1825"))).toBe(9);
    // ten years in compare mode with power terms: one side a map, 3,650 × 0.01 × 3.5 = 127.75 ms a run; 5² = 3.2 s, the least
    const heavy = `v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&kwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4`;
    expect(heatMapSize(scenarioFromQuery(heavy))).toBe(5);
  });
});
