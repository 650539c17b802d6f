import { describe, expect, it } from "vitest";
import "../../../lib/history/load";
import { futuresAnswer, HELD_ODDS_WARNING, oddsViews } from "../../../lib/present/odds";
import { assumptionText, oddsThenText, trackRecordView, TRACKED_MODEL } from "../../../lib/present/track-record";
import { DEFAULT_ODDS_MODEL } from "../../../lib/futures-models";
import { CALIBRATION, HOLD_CALIBRATION } from "../../../data/calibration";
import { scenarioFromQuery } from "../../support/scenarios";

describe("the headline's assumption, the odds' track record and a replay's odds then", () => {
  it("says what the headline assumes in words, in both languages", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=0");
    const en = assumptionText(s, "en");
    // the fees held too: January 2018's 2.95 BTC a block (the month's spike), said, not only assumed
    expect(en).toMatch(
      /^This answer assumes the BTC price stays at ¥[\d,]+, difficulty changes 4 % a month and fees stay at 2\.95 BTC a block, every day of the horizon\.$/,
    );
    expect(assumptionText({ ...s, btcPriceGrowthPctPerMonth: "1.5" }, "en")).toContain("changes 1.5 % a month, difficulty");
    expect(assumptionText(s, "zh")).toContain("全网难度每月变化 4%，手续费保持每块 2.95 BTC");
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

describe("a scenario that keeps its coins", () => {
  // the backtest's hold configuration: the band held every recorded outcome (far too wide), and the
  // payback probability scored worse than a constant base rate, so the page shows no odds for it
  it("gets no odds on the page, and the line says the odds failed the backtest", () => {
    const hold = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&sell=hold");
    expect(hold.coinPolicy).toBe("hold");
    const [view] = oddsViews(hold, "en");
    expect(view?.ok).toBe(false);
    expect(view?.payBackPct).toBeNull();
    const inside = Math.round(Number(HOLD_CALIBRATION.margin.insideBandPct));
    expect(view?.text).toContain(`failed the backtest`);
    expect(view?.text).toContain(`${inside} % of what really happened fell inside it`);
    expect(oddsViews(hold, "zh")[0]?.text).toContain("没有通过历史回测");
    // the daily-selling scenario keeps its odds
    expect(oddsViews(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei"), "en")[0]?.ok).toBe(true);
  });

  it("is told the coin-keeping record, which failed, never the pooled one that passed", () => {
    expect(CALIBRATION.margin.passesBacktest).toBe(true);
    expect(HOLD_CALIBRATION.margin.passesBacktest).toBe(false);
    const v = trackRecordView("en", null, TRACKED_MODEL, true);
    expect(v.passesBacktest).toBe(false);
    expect(v.claim).toContain("The odds failed the backtest for coins kept");
    expect(v.claim).toContain(`${Math.round(Number(HOLD_CALIBRATION.margin.insideBandPct))} %`);
    expect(v.range).toBe("");
  });

  it("gets the odds from the API with that record and a warning naming the failure", () => {
    const hold = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&sell=hold");
    const answer = futuresAnswer(hold, { model: "margin", runs: 50, seed: 1, window: { kind: "before" } });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.json.calibration?.passesBacktest).toBe(false);
    expect(answer.json.calibration?.insideBandPct).toBe(HOLD_CALIBRATION.margin.insideBandPct);
    expect(answer.warnings).toEqual([HELD_ODDS_WARNING]);
    const daily = futuresAnswer(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei"), {
      model: "margin",
      runs: 50,
      seed: 1,
      window: { kind: "before" },
    });
    if (!daily.ok) throw new Error(daily.message);
    expect(daily.warnings).toEqual([]);
    expect(daily.json.calibration?.passesBacktest).toBe(true);
  });
});
