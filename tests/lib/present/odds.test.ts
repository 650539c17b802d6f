import { describe, expect, it } from "vitest";
import { futuresJson, linkPreview, oddsText, oddsViews, payBackPct, type FuturesOdds } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

const ODDS: FuturesOdds = {
  side: "self",
  runs: 1000,
  paidBack: 613,
  payBackPct: 61.3,
  breakEvenP10: 240,
  medianBreakEvenDay: 702,
  breakEvenP90: null,
  netProfitP10: -12345.678,
  netProfitP50: -0.001,
  netProfitP90: 98765.4321,
};
const WINDOW = { from: "2014-01-15", to: "2018-01-14" };

describe("the odds in words", () => {
  it("says the share, the window, the median and the 10–90 % days, in both languages", () => {
    // 613 of 1,000 = 61.3 % → 61
    expect(oddsText(ODDS, WINDOW, "en")).toBe(
      "Pays back in 61 % of 1,000 futures drawn from Jan 2014 – Jan 2018; median day 702; 10–90 %: day 240 – never",
    );
    expect(oddsText(ODDS, WINDOW, "zh")).toBe(
      "在取自 2014年1月 – 2018年1月 历史的 1,000 个情景中，61% 回本；中位第 702 天；10–90%：第 240 天 – 无法回本",
    );
  });

  it("never rounds a share to 0 or 100 % unless it is", () => {
    // 999 of 1,000 = 99.9 % → 99, not 100; 4 of 1,000 = 0.4 % → 1, not 0
    expect(oddsText({ ...ODDS, paidBack: 999, payBackPct: 99.9 }, WINDOW, "en")).toContain("Pays back in 99 %");
    expect(oddsText({ ...ODDS, paidBack: 4, payBackPct: 0.4, medianBreakEvenDay: null }, WINDOW, "en")).toContain(
      "in 1 % of 1,000 futures",
    );
    expect(oddsText({ ...ODDS, paidBack: 4, payBackPct: 0.4, medianBreakEvenDay: null }, WINDOW, "en")).toContain("median: never");
  });

  it("gives the API's object with two-decimal strings", () => {
    // 613 × 100 / 1000 = 61.30; −0.001 → "0.00", never "-0.00"
    expect(payBackPct({ paidBack: 613, runs: 1000 })).toBe("61.30");
    expect(futuresJson(ODDS, WINDOW, { seed: 3 })).toEqual({
      model: "history",
      runs: 1000,
      seed: 3,
      window: WINDOW,
      payBackPct: "61.30",
      medianBreakEvenDay: 702,
      netProfitP10: "-12345.68",
      netProfitP50: "0.00",
      netProfitP90: "98765.43",
    });
  });

  it("gives compare mode a line for each side, self-run first", () => {
    const views = oddsViews(scenarioFromQuery("v=1&preset=s9-2018-hosted&mode=compare&kwh=0.35"), "en", {
      runs: 100,
      seed: 1,
      window: { kind: "before" },
    });
    expect(views.map((v) => v.side)).toEqual(["self", "hosted"]);
    expect(views.every((v) => v.ok && v.text.startsWith("Pays back in"))).toBe(true);
  });

  it("says why there are no odds when the history before the start date is too short", () => {
    const [view] = oddsViews(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&date=2013-03-01"), "en");
    expect(view?.ok).toBe(false);
    expect(view?.text).toMatch(/^No odds: .*at least 13/);
  });

  it("puts the odds on the link preview and in its description", () => {
    const { card } = linkPreview("v=1&preset=s9-2018-factory");
    expect(card.odds).toHaveLength(1);
    expect(card.odds[0]).toMatch(/^Pays back in \d+ % of 1,000 futures drawn from Jan 2014 – Jan 2018/);
    expect(card.description.endsWith(`${card.odds[0]}.`)).toBe(true);
    const zh = linkPreview("v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5", undefined, "zh").card;
    expect(zh.odds.map((line) => line.slice(0, 3))).toEqual(["自营：", "托管："]);
  });
});
