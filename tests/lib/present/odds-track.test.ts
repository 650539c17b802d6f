import { describe, expect, it } from "vitest";
import "../../../lib/history/load";
import { oddsViews } from "../../../lib/present/odds";
import { assumptionText, oddsThenText, trackRecordView, TRACKED_MODEL } from "../../../lib/present/track-record";
import { DEFAULT_ODDS_MODEL } from "../../../lib/futures-models";
import { CALIBRATION } from "../../../data/calibration";
import { scenarioFromQuery } from "../../support/scenarios";

describe("the headline's assumption, the odds' track record and a replay's odds then", () => {
  it("says what the headline assumes in words, in both languages", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=0");
    const en = assumptionText(s, "en");
    expect(en).toMatch(/^This answer assumes the BTC price stays at ¥[\d,]+ and difficulty changes 4 % a month/);
    expect(assumptionText({ ...s, btcPriceGrowthPctPerMonth: "1.5" }, "en")).toContain("changes 1.5 % a month and difficulty");
    expect(assumptionText(s, "zh")).toContain("全网难度每月变化 4%");
  });

  it("is the track record of the odds' own model", () => {
    expect(TRACKED_MODEL).toBe(DEFAULT_ODDS_MODEL);
  });

  it("states the backtest's figures, the range history leaves open and which figure leads", () => {
    const c = CALIBRATION.margin;
    const v = trackRecordView("en", 48.6);
    expect(v.claim).toBe(
      `In backtests over 2014–${c.to.slice(0, 4)}, ${Math.round(Number(c.insideBandPct))} % of what really happened fell inside this band.`,
    );
    expect(v.range).toContain(`anything from about ${c.insideBandRangePct[0]} to ${c.insideBandRangePct[1]} %`);
    expect(v.drift).toContain("drifts 49 % a year");
    // the median future called more verdicts right than the fixed trend: the odds lead
    expect(v.oddsLead).toBe(c.medianRightPct > c.headlineRightPct);
    expect(v.lead).toContain(`${c.medianRightPct} %`);
    expect(v.source).toContain("scripts/backtest.ts");
    expect(v.chart.bins.length).toBeGreaterThan(0);
    expect(trackRecordView("zh", null).drift).toBeNull();
    expect(trackRecordView("zh", null).claim).toContain("历史回测");
  });

  it("on a replay says what the odds said then and whether it paid back", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-replay");
    const [odds] = oddsViews(s, "en");
    if (!odds) throw new Error("odds");
    expect(odds.ok).toBe(true);
    const text = oddsThenText(s, odds, false, "en");
    expect(text).toBe(`In Jan 2018 the odds said ${Math.round(Number(odds.payBackPct))} %; it did not pay back.`);
    expect(oddsThenText({ ...s, useHistory: false }, odds, false, "en")).toBeNull();
  });
});

describe("a window past the start date", () => {
  it("is marked as hindsight on the odds line", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei");
    const [later] = oddsViews(s, "en", {
      model: "margin",
      runs: 100,
      seed: 1,
      window: { kind: "span", from: "2018-01-01", to: "2021-12-31" },
    });
    expect(later?.text).toMatch(/\. Hindsight: the history drawn from reaches past the start date/);
    const [before] = oddsViews(s, "en", { model: "margin", runs: 100, seed: 1, window: { kind: "before" } });
    expect(before?.text).not.toContain("Hindsight");
  });
});
