import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import { floatModelOf as floatModel, simulateDays as simulate } from "../../../lib/prepare";
import { exactMarket, type DrawnPath } from "../../../lib/engine/futures-float";
import { runFloatFutureHeld } from "../../../lib/engine/futures-held";
import { futuresWindow, historyPath, historyPeriods } from "../../../lib/history/bootstrap";
import { historyFuturesScenario } from "../../../lib/run";
import type { SideName } from "../../../lib/engine/day";
import { scenarioFromQuery } from "../../support/scenarios";

/** |a − b| / |b|: the relative distance of the float from the exact figure. */
function relative(a: number, b: Dec): number {
  return new Dec(a).minus(b).abs().div(b.abs()).toNumber();
}

const QUERIES: [string, SideName][] = [
  ["v=1&preset=s9-2018-huaqiangbei&sell=hold", "self"],
  ["v=1&preset=s9-2018-huaqiangbei&sell=cover&pool=2&up=97", "self"],
  ["v=1&preset=s9-2018-hosted&sell=hold&hshare=10", "hosted"],
  ["v=1&preset=s9-2018-huaqiangbei&sell=cover&kwh=0.9&days=1500", "self"],
  ["v=1&preset=s9-2018-huaqiangbei&sell=hold&stop=0&kwh=1.2&resale=20", "self"],
];

describe("futures that keep their coins, against the exact engine", () => {
  it.each(QUERIES)("%s (%s): the same break-even day and net profit within 1e-9 relative on 8 seeded history paths", (query, side) => {
    const s = historyFuturesScenario(scenarioFromQuery(query), side);
    const policy = s.coinPolicy === "cover" ? "cover" : "hold";
    const model = floatModel(s, side);
    const periods = historyPeriods(futuresWindow(s.startDate, { kind: "before" }));
    for (let i = 0; i < 8; i++) {
      const path = historyPath(periods, 3, i, model.periods);
      const fast = runFloatFutureHeld(model, path, policy);
      const exact = simulate(s, { market: exactMarket(model, path) })[side];
      if (!exact) throw new Error("the side");
      expect(fast.breakEvenDay).toBe(exact.breakEvenDay);
      expect(relative(fast.netProfit, exact.netProfit)).toBeLessThan(1e-9);
    }
  });

  it("holds coins worth more when the price rises than a daily sale earns (a hand case)", () => {
    // no growth, no fees, the same subsidy both periods: only the price moves (×2 from day 14)
    const s = historyFuturesScenario(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&sell=hold&days=28&fees=0"), "self");
    const model = floatModel(s, "self");
    const path: DrawnPath = { price: Float64Array.of(1, 2), difficulty: Float64Array.of(1, 1), feeRatio: Float64Array.of(0, 0) };
    const held = runFloatFutureHeld(model, path, "hold");
    // 28 days' coins all valued at the doubled price, against the first 14 sold at the old one
    const coins = (model.subsidy[0] ?? 0) * model.kOverDifficulty * model.keep;
    const cost = 28 * (model.variable + model.fixedPerDay);
    expect(held.netProfit).toBeCloseTo(28 * coins * model.btcPrice * 2 - cost - model.capex + model.resale, 6);
  });
});
