/**
 * The link's own rig on /rigs is ranked at the link's own hashrate and power: the January 2018 S9
 * draws 1,400 W at the wall in its presets (data/README.md) against the catalogue's nameplate 1,323 W,
 * and its row must give the calculator's answer for the same link ("only the rig changed").
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PRESET_ID,
  NETWORK_SNAPSHOT,
  parseQuery,
  parseRankingLenient,
  resultJson,
  rigsPageView,
  simulate,
} from "../../../lib/server";

function rows(query: string) {
  const o = parseRankingLenient(query, DEFAULT_PRESET_ID, NETWORK_SNAPSHOT);
  return rigsPageView(o.scenario, "en", { own: o.own, goal: o.goal, network: o.network }).rows;
}

function calculator(query: string) {
  const parsed = parseQuery(query, NETWORK_SNAPSHOT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return resultJson(simulate(parsed.scenario));
}

describe("the link's own rig on the ranking", () => {
  it("is the calculator's answer for the January 2018 S9 at 1,400 W", () => {
    const query = "v=1&preset=s9-2018-huaqiangbei";
    const s9 = rows(query).find((r) => r.id === "s9");
    const self = calculator(query).self;
    // the calculator's figures for the same link: ¥30,000 at 1,400 W
    expect(s9?.sides.self?.netProfit.sort).toBe(self?.netProfit);
    expect(s9?.sides.self?.shutdownBtcPrice.sort).toBe(self?.shutdownBtcPrice);
    // 13.5 TH/s at 1,400 W: 1400 ÷ 13.5 = 103.7 J/TH, said on the row
    expect(s9?.specText).toBe("13.5 TH/s · 1,400 W");
    expect(s9?.sides.self?.jPerTh).toEqual({ text: "103.7", sort: "103.7" });
    // its link opens the calculator at the same figures
    const opened = parseQuery(s9?.href.slice(2) ?? "", NETWORK_SNAPSHOT);
    expect(opened.ok && opened.scenario.powerWatts).toBe("1400");
  });

  it("gives every other rig the catalogue's nameplate", () => {
    const query = "v=1&preset=s21";
    const all = rows(query);
    const s21 = all.find((r) => r.id === "s21");
    expect(s21?.specText).toBe("200 TH/s · 3,500 W");
    // (a modern preset's row takes the catalogue's dated deal for its price, not the preset's round figure)
    // the S19 XP: 140 TH/s at 3,010 W, 3010 ÷ 140 = 21.5 J/TH
    const xp = all.find((r) => r.id === "s19-xp");
    expect(xp?.specText).toBe("140 TH/s · 3,010 W");
    expect(xp?.sides.self?.jPerTh).toEqual({ text: "21.5", sort: "21.5" });
  });

  it("takes the catalogue's figures when the link's hashrate is not the rig's (a custom rig)", () => {
    const s21 = rows("v=1&preset=s21&ths=180").find((r) => r.id === "s21");
    expect(s21?.specText).toBe("200 TH/s · 3,500 W");
  });
});
