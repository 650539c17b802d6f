/**
 * The tornado ("What matters most") reads in net profit itself: the scenario's own figure is the
 * centre line, each bar runs from the net profit at the input's low value to the one at its high
 * value, the axis ticks are round amounts, and the inputs read in miners' units, never broken.
 */
import { describe, expect, it } from "vitest";
import { tornadoInput, tornadoTicks, tornadoView } from "../../../lib/server";
import { SALESPERSON_S9, scenarioFromQuery } from "../../support/scenarios";

const NBSP = "\u00a0";
/** Spaces written plainly in an expected text, non-breaking as the view writes them. */
const nb = (text: string) => text.replace(/ /g, NBSP);

describe("a tornado input in miners' units", () => {
  it("writes the difficulty in T, as the form does", () => {
    // 2,227,847,638,503.63 / 10¹² = 2.22784… → 2.23 T
    expect(tornadoInput("difficulty", "2227847638503.63", "CNY", "en")).toBe(nb("2.23 T"));
    // −20 %: 2,227,847,638,503.63 × 0.8 = 1,782,278,110,802.904 → 1.78 T
    expect(tornadoInput("difficulty", "1782278110802.904", "CNY", "zh")).toBe(nb("1.78 T"));
  });

  it("writes hashrate in TH/s, power in W, prices with the currency and shares with %", () => {
    // 13.5 × 0.8 = 10.8
    expect(tornadoInput("hashrateThs", "10.8", "CNY", "en")).toBe(nb("10.8 TH/s"));
    // 1,323 × 0.8 = 1,058.4
    expect(tornadoInput("powerWatts", "1058.4", "CNY", "en")).toBe(nb("1,058.4 W"));
    // 30,000 × 0.8 = 24,000
    expect(tornadoInput("rigPrice", "24000", "CNY", "en")).toBe("¥24,000");
    // 0.35 × 0.8 = 0.28, to three places a kWh
    expect(tornadoInput("electricityPrice", "0.28", "CNY", "en")).toBe("¥0.280/kWh");
    expect(tornadoInput("hostingPricePerKwh", "0.056", "USD", "en")).toBe("$0.056/kWh");
    // 100 × 0.8 = 80
    expect(tornadoInput("uptimePct", "80", "CNY", "en")).toBe(nb("80 %"));
    expect(tornadoInput("uptimePct", "80", "CNY", "zh")).toBe("80%");
    // 0 − 2 = −2 points a month
    expect(tornadoInput("difficultyGrowthPctPerMonth", "-2", "CNY", "en")).toBe(nb("−2 % a month"));
    expect(tornadoInput("btcPriceGrowthPctPerMonth", "2", "CNY", "zh")).toBe("+2%/月");
  });

  it("never leaves a plain space inside a figure, so no line breaks inside one", () => {
    for (const [field, value] of [
      ["difficulty", "2227847638503.63"],
      ["powerWatts", "1323"],
      ["feesPerBlockBtc", "0.5"],
      ["rigPrice", "30000"],
    ] as const) {
      for (const locale of ["en", "zh"] as const) expect(tornadoInput(field, value, "EUR", locale)).not.toMatch(/ /);
    }
  });
});

describe("the tornado's axis ticks", () => {
  it("take in 0 when the bars lie within their own span of it", () => {
    // ends −20,357.85 … −8,357.85: span 12,000 ≥ 8,357.85 from 0, so 0 joins; −20,357.85 … 0 in
    // at most 6 ticks: steps 1,000 (21 ticks), 2,000 (12) and 2,500 (10) are too many, 5,000 gives 6
    expect(tornadoTicks([-14357.85, -20357.85, -8357.85])).toEqual([-25000, -20000, -15000, -10000, -5000, 0]);
  });

  it("leave 0 out when it lies far from the bars, rather than squeeze them into a corner", () => {
    // ends 99,000 … 101,000: span 2,000, 0 is 99,000 away; steps 100 (21 ticks), 200 (11), 250 (9) too many, 500 gives 5
    expect(tornadoTicks([100000, 99000, 101000])).toEqual([99000, 99500, 100000, 100500, 101000]);
  });

  it("still give an axis when no input moves the net profit", () => {
    // one value, 50: padded by max(1, 50 / 10) = 5 to 45 … 55, and 0 is 45 away with a span of 10: left out
    const ticks = tornadoTicks([50]);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks[ticks.length - 1]).toBeGreaterThan(50);
  });
});

describe("the tornado of the salesperson's flat S9", () => {
  const view = tornadoView(scenarioFromQuery(SALESPERSON_S9), "en");
  const bar = (label: string) => {
    const b = view.bars.find((x) => x.label === label);
    if (!b) throw new Error(`no bar ${label}`);
    return b;
  };

  it("marks the scenario's own net profit as the centre line, on an axis of net profit", () => {
    // the engine's golden case nets ¥129,152.50; the bars reach ¥82,460 … ¥202,131, so the ticks run
    // ¥0 … ¥250,000 in steps of ¥50,000 (0 is within a span, 119,671, of the lowest end 82,460)
    expect(view.baseText).toBe("¥129,153");
    expect(view.ticks.map((t) => t.text)).toEqual(["¥0", "¥50k", "¥100k", "¥150k", "¥200k", "¥250k"]);
    expect(view.ticks.map((t) => t.pct)).toEqual([0, 20, 40, 60, 80, 100]);
    // 129,152.50 / 250,000 = 51.661 %
    expect(view.basePct).toBeCloseTo(51.661, 3);
  });

  it("runs the rig price's bar from the dear rig's net profit to the cheap rig's", () => {
    // ±20 % of ¥30,000 = ±¥6,000, paid once on day 1: net profit 129,152.50 ∓ 6,000 = 123,152.50 … 135,152.50
    const b = bar("Rig price");
    expect(b.range).toBe("¥24,000 … ¥36,000");
    expect([b.lowText, b.highText]).toEqual(["¥135,153", "¥123,153"]);
    expect(b.leftIs).toBe("high");
    expect(`${b.leftInput} → ${b.leftText}`).toBe("¥36,000 → ¥123,153");
    // 6,000 / 250,000 = 2.4 % of the axis on each side of the centre line
    expect(b.less?.widthPct).toBeCloseTo(2.4, 9);
    expect(b.more?.widthPct).toBeCloseTo(2.4, 9);
    // the less-profit stretch ends at the centre line, the more-profit one starts there
    expect((b.less?.leftPct ?? 0) + (b.less?.widthPct ?? 0)).toBeCloseTo(view.basePct, 9);
    expect(b.more?.leftPct).toBeCloseTo(view.basePct, 9);
  });

  it("draws only the side a capped input can move: uptime at 100 % can only fall", () => {
    // 100 % − 20 % = 80 %; 120 % is past the field's bound, so the high end stays at 100 %
    const b = bar("Uptime");
    expect(b.range).toBe(`${nb("80 %")} … ${nb("100 %")}`);
    expect(b.more).toBeNull();
    expect(b.highText).toBe(view.baseText);
  });

  it("shows the difficulty in T and the power in W", () => {
    // 2,227,847,638,503.63 × 0.8 = 1.78 T, × 1.2 = 2.67 T
    expect(bar("Network difficulty").range).toBe(`${nb("1.78 T")} … ${nb("2.67 T")}`);
    // 1,323 × 0.8 = 1,058.4; × 1.2 = 1,587.6
    expect(bar("Power").range).toBe(`${nb("1,058.4 W")} … ${nb("1,587.6 W")}`);
  });
});
