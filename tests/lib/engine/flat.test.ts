import { describe, expect, it } from "vitest";
import { flatPayback, growthGrid, GROWTH_GRID, simulate } from "../../../lib/server";
import { salespersonS9, scenarioFromQuery as scenario, SALESPERSON_S9 } from "../../support/scenarios";

describe("the flat calculator", () => {
  it("holds day 0 forever: the ¥30,000 S9 of January 2018 pays back on day 189", () => {
    // BTC/day = 13.5e12 × 86400 × (12.5 + 3.39) / (2227847638503.63 × 2^32) = 0.0019369841216435…
    // revenue = × 87800 = ¥170.0672058803…; power = 1.323 kW × 24 h × ¥0.35 = ¥11.1132
    // profit = ¥158.9540058803…; 30000 / 158.954… = 188.73 → day 189
    const flat = flatPayback(scenario(salespersonS9("dg=8&bg=-3&up=90")));
    expect(flat.self?.dailyProfit.toFixed(6)).toBe("158.954006");
    expect(flat.self?.breakEvenDay).toBe(189);
    expect(flat.self?.breakEvenDate).toBe("2018-07-22");
  });

  it("keeps the host's share and the hosting price but drops downtime", () => {
    // hosted, host keeps 10 %: 170.0672058803 × 0.9 − 1.323 × 24 × 1.2 = 153.0604852923 − 38.1024
    // = ¥114.9580852923 a day; 30000 / 114.958… = 260.96 → day 261
    const flat = flatPayback(scenario(salespersonS9("mode=hosted&hshare=10&up=50")));
    expect(flat.hosted?.breakEvenDay).toBe(261);
    expect(flat.self).toBeUndefined();
  });

  it("never pays back when day 0 loses money", () => {
    // revenue ¥170.07 a day against 1.323 × 24 × 6 = ¥190.51 of power
    const flat = flatPayback(scenario(salespersonS9("kwh=6")));
    expect(flat.self?.breakEvenDay).toBeNull();
    expect(flat.self?.breakEvenDate).toBeNull();
  });

  it("is the same answer as the engine run with zero growth, full uptime and no shutdown, before any halving", () => {
    const s = scenario(salespersonS9("price=12000&days=400"));
    const flat = flatPayback(s);
    const honest = simulate({ ...s, shutdownWhenUnprofitable: false });
    expect(flat.self?.breakEvenDay).toBe(honest.self?.breakEvenDay);
  });
});

describe("the growth grid", () => {
  it("gives nine break-even days, ordered as a miner expects", () => {
    const s = scenario(SALESPERSON_S9);
    const grid = growthGrid(s);
    expect(grid).toHaveLength(9);
    expect(grid.map((c) => `${c.difficultyGrowthPctPerMonth}/${c.btcPriceGrowthPctPerMonth}`)).toEqual(
      GROWTH_GRID.difficulty.flatMap((dg) => GROWTH_GRID.price.map((bg) => `${dg}/${bg}`)),
    );
    // the 0/0 cell is the salesperson's own flat answer
    expect(grid[1]?.breakEvenDay.self).toBe(189);
    const day = (dg: string, bg: string) => {
      const cell = grid.find((c) => c.difficultyGrowthPctPerMonth === dg && c.btcPriceGrowthPctPerMonth === bg);
      return cell?.breakEvenDay.self ?? Infinity;
    };
    // faster difficulty growth never pays back sooner; a rising price never later
    for (const bg of GROWTH_GRID.price) {
      expect(day("0", bg)).toBeLessThanOrEqual(day("4", bg));
      expect(day("4", bg)).toBeLessThanOrEqual(day("8", bg));
    }
    for (const dg of GROWTH_GRID.difficulty) {
      expect(day(dg, "5")).toBeLessThanOrEqual(day(dg, "0"));
      expect(day(dg, "0")).toBeLessThanOrEqual(day(dg, "-5"));
    }
  });
});
