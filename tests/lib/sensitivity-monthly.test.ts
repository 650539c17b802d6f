/**
 * Sensitivity under prices by the month (spec §9): a heat map's power axis and the tornado's power
 * bar move every month by the same amount, as the crossover does; without it they would vary `kwh`,
 * which a monthly schedule replaces, and show nothing.
 */
import { describe, expect, it } from "vitest";
import { ownValue, withValue, priceHeatMap, tornado } from "../../lib/sensitivity";
import { simulate } from "../../lib/server";
import { scenarioFromQuery as scenario, SALESPERSON_S9 } from "../support/scenarios";

const WET_DRY = "0.45,0.45,0.45,0.45,0.3,0.3,0.3,0.3,0.3,0.3,0.45,0.45";

describe("sensitivity with prices by the month", () => {
  it("the price of a monthly schedule is its mean month, and setting it shifts every month alike", () => {
    const s = scenario(`${SALESPERSON_S9}&kwhm=${WET_DRY}`);
    // (6 × 0.45 + 6 × 0.3) / 12 = 4.5 / 12 = 0.375
    expect(ownValue(s, "electricityPrice")).toBe("0.375");
    // 0.5 − 0.375 = +0.125 on every month: 0.45 → 0.575, 0.3 → 0.425
    expect(withValue(s, "electricityPrice", "0.5").electricityPriceByMonth).toBe(
      "0.575,0.575,0.575,0.575,0.425,0.425,0.425,0.425,0.425,0.425,0.575,0.575",
    );
    // the flat price is left as it was: the schedule replaces it
    expect(withValue(s, "electricityPrice", "0.5").electricityPrice).toBe(s.electricityPrice);
  });

  it("the tornado's power bar moves the net profit", () => {
    const s = scenario(`${SALESPERSON_S9}&kwhm=${WET_DRY}`);
    const bar = tornado(s).bars.find((b) => b.field === "electricityPrice");
    expect(bar).toBeDefined();
    // ±20 % of the mean month 0.375 = ±0.075
    expect([bar?.low, bar?.high]).toEqual(["0.3", "0.45"]);
    expect(bar?.netProfitLow.gt(bar.netProfitHigh)).toBe(true);
    // the high end is the schedule shifted by +0.075, run by the engine itself
    const shifted = simulate({
      ...s,
      mode: "self",
      electricityPriceByMonth: "0.525,0.525,0.525,0.525,0.375,0.375,0.375,0.375,0.375,0.375,0.525,0.525",
    });
    expect(bar?.netProfitHigh.toString()).toBe(shifted.self?.netProfit.toString());
  });

  it("the price heat map's columns differ along the power axis and mark the mean month", () => {
    const s = scenario(`${SALESPERSON_S9}&kwhm=${WET_DRY}`);
    const map = priceHeatMap(s, 5);
    const row = map.cells.slice(0, 5).map((c) => String(c.netProfit));
    expect(new Set(row).size).toBe(5);
    // 30 % … 170 % of 0.375 in 5 steps: 0.1125, 0.24375, 0.375, 0.50625, 0.6375 → the own cell is the middle one
    expect(map.mark.ix).toBe(2);
  });
});
