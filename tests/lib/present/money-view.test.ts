/**
 * The coins panel's column of BTC bought on day 1 says how the coins end against the outlay: more,
 * less, or the same when the difference is nothing.
 */
import { describe, expect, it } from "vitest";
import { moneyView } from "../../../lib/server";
import { round } from "../../support/scenarios";

const instead = (view: ReturnType<typeof moneyView>) => view.columns.find((c) => c.id === "btc");

describe("BTC bought on day 1 instead", () => {
  it("is worth the same as the outlay when the price ends where it began", () => {
    // ROUND: a $760 rig, BTC at $100 with no growth: 760 / 100 = 7.6 BTC, worth 7.6 × 100 = $760 at the end, 760 − 760 = $0.00
    const column = instead(moneyView(round()));
    expect(column?.netProfit).toBe("0.00");
    expect(column?.breakEvenText).toBe("worth the same as the outlay at the end");
    expect(instead(moneyView(round(), "zh"))?.breakEvenText).toBe("期末价值与投入持平");
  });

  it("is the same when the difference rounds to 0.00", () => {
    // BTC at $300: 760 / 300 = 2.5333… BTC (cut at the decimals' precision), × 300 = 759.999…: a hair under 760, shown 0.00
    const column = instead(moneyView(round({ btcPrice: "300" })));
    expect(column?.netProfit).toMatch(/^-?0\.00$/);
    expect(column?.breakEvenText).toBe("worth the same as the outlay at the end");
  });

  it("is worth more when the price rises and less when it falls", () => {
    // 10% a month over 30 days: the price ends above $100, so 7.6 BTC end above $760; −10% a month ends below
    expect(instead(moneyView(round({ btcPriceGrowthPctPerMonth: "10" })))?.breakEvenText).toBe("worth more than the outlay at the end");
    expect(instead(moneyView(round({ btcPriceGrowthPctPerMonth: "-10" })))?.breakEvenText).toBe("worth less than the outlay at the end");
  });
});
