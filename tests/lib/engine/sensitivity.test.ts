import { describe, expect, it } from "vitest";
import { Dec, growthHeatMap, priceHeatMap, runFutures, simulate, tornado, FUTURES_DEFAULTS } from "../../../lib/server";
import { scenarioFromQuery as scenario, SALESPERSON_S9 } from "../../support/scenarios";
import { nth } from "../../support/reference";

// the salesperson's S9: no pool fee, so the pool fee has no bar
const S9 = scenario(SALESPERSON_S9);

describe("the tornado", () => {
  it("moves revenue by exactly 20 % for hashrate and price and 25 % for difficulty, and ranks them so", () => {
    // The flat S9 never switches off, so total revenue R scales with hashrate × price / difficulty:
    // hashrate or price ±20 % → ΔR = 0.2·R; difficulty −20 % → R/0.8 = 1.25·R, ΔR = 0.25·R
    // (difficulty +20 % gives R/1.2, ΔR = 0.1667·R, the smaller side). Costs do not move.
    const base = simulate(S9).self;
    if (!base) throw new Error("no self side");
    const R = base.totalRevenue;
    const t = tornado(S9);
    const bar = (field: string) => {
      const found = t.bars.find((b) => b.field === field);
      if (!found) throw new Error(`no bar for ${field}`);
      return found;
    };
    expect(bar("hashrateThs").swing.minus(R.times("0.2")).abs().lt("1e-18")).toBe(true);
    expect(bar("btcPrice").swing.minus(R.times("0.2")).abs().lt("1e-18")).toBe(true);
    expect(bar("difficulty").swing.minus(R.times("0.25")).abs().lt("1e-18")).toBe(true);
    // the low and high inputs are ±20 %: 13.5 → 10.8 and 16.2
    expect([bar("hashrateThs").low, bar("hashrateThs").high]).toEqual(["10.8", "16.2"]);
    const rank = (field: string) => t.bars.findIndex((b) => b.field === field);
    expect(rank("difficulty")).toBeLessThan(rank("btcPrice"));
    // equal swings rank by name: btcPrice before hashrateThs
    expect(rank("btcPrice")).toBeLessThan(rank("hashrateThs"));
    // bars are sorted by swing, largest first
    for (let i = 1; i < t.bars.length; i++) expect(nth(t.bars, i - 1).swing.gte(nth(t.bars, i).swing)).toBe(true);
    // a pool fee of 0 % moves by an absolute step instead (issue 13): 0 → 2 %, and −2 % is refused, so the low end stays 0;
    // the pool keeps 2 % of every coin and the flat S9 never switches off: ΔR = 0.02·R
    expect([bar("poolFeePct").low, bar("poolFeePct").high]).toEqual(["0", "2"]);
    expect(bar("poolFeePct").swing.minus(R.times("0.02")).abs().lt("1e-18")).toBe(true);
  });

  it("moves growth rates by ±2 points a month", () => {
    const t = tornado(scenario("v=1&preset=s9-2018-huaqiangbei&dg=5"));
    const dg = t.bars.find((b) => b.field === "difficultyGrowthPctPerMonth");
    expect([dg?.low, dg?.high]).toEqual(["3", "7"]);
  });
});

describe("the heat maps", () => {
  it("mark the scenario's own cell, which equals a plain run", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=1");
    const map = growthHeatMap(s, 5);
    // 5 values around bg = 1 and dg = 4 in 1-point steps
    expect(map.x.values).toEqual(["-1", "0", "1", "2", "3"]);
    expect(map.y.values).toEqual(["2", "3", "4", "5", "6"]);
    expect(map.mark).toEqual({ ix: 2, iy: 2 });
    const own = nth(map.cells, map.mark.iy * map.x.values.length + map.mark.ix, "cell");
    expect(own.breakEvenDay).toBe(simulate(s).self?.breakEvenDay);
    expect(own.netProfit?.eq(simulate(s).self?.netProfit ?? new Dec(0))).toBe(true);
  });

  it("never pays back sooner with faster difficulty growth or a lower price", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei&dg=6");
    const growth = growthHeatMap(s, 7);
    const n = growth.x.values.length;
    const day = (d: number | null) => d ?? Infinity;
    for (let iy = 1; iy < growth.y.values.length; iy++) {
      for (let ix = 0; ix < n; ix++) {
        expect(day(nth(growth.cells, iy * n + ix).breakEvenDay)).toBeGreaterThanOrEqual(
          day(nth(growth.cells, (iy - 1) * n + ix).breakEvenDay),
        );
      }
    }
    const prices = priceHeatMap(s, 7);
    // x: electricity from 30 % to 170 % of ¥0.35; y: BTC price from 30 % to 170 % of ¥87,800
    expect(prices.x.values[0]).toBe("0.105");
    expect(prices.x.values[6]).toBe("0.595");
    expect(prices.y.values[0]).toBe("26340");
    expect(prices.y.values[6]).toBe("149260");
    const m = prices.x.values.length;
    for (let iy = 0; iy < prices.y.values.length; iy++) {
      for (let ix = 1; ix < m; ix++) {
        expect(day(nth(prices.cells, iy * m + ix).breakEvenDay)).toBeGreaterThanOrEqual(
          day(nth(prices.cells, iy * m + ix - 1).breakEvenDay),
        );
      }
    }
  });
});

describe("the range of futures", () => {
  it("gives the same band twice for the same seed, and another for another seed", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei&dg=4&days=365");
    const settings = { ...FUTURES_DEFAULTS, count: 40, seed: 7 };
    const a = runFutures(s, settings);
    const b = runFutures(s, settings);
    expect(a).toEqual(b);
    const c = runFutures(s, { ...settings, seed: 8 });
    expect(c.p50).not.toEqual(a.p50);
  });

  it("collapses to the projection when nothing is random", () => {
    // volatility 0: every price shock is exp(0 − 0) = 1 and the difficulty follows nothing
    const s = scenario("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=1&days=365");
    const band = runFutures(s, { ...FUTURES_DEFAULTS, count: 12, volatilityPct: 0 });
    const sim = simulate(s, { schedule: true });
    const last = sim.schedule?.[364]?.self?.position.toNumber();
    expect(band.p10[band.p10.length - 1]).toBeCloseTo(last ?? NaN, 6);
    expect(band.p90[band.p90.length - 1]).toBeCloseTo(last ?? NaN, 6);
    expect(band.paidBack).toBe(sim.self?.breakEvenDay === null ? 0 : 12);
    expect(band.medianBreakEvenDay).toBe(sim.self?.breakEvenDay);
  });

  it("widens with volatility", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei&days=365");
    const narrow = runFutures(s, { ...FUTURES_DEFAULTS, count: 60, volatilityPct: 20 });
    const wide = runFutures(s, { ...FUTURES_DEFAULTS, count: 60, volatilityPct: 90 });
    const spread = (b: typeof narrow) => nth(b.p90, b.p90.length - 1) - nth(b.p10, b.p10.length - 1);
    expect(spread(wide)).toBeGreaterThan(spread(narrow));
  });
});
