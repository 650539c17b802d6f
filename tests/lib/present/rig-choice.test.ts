import { describe, expect, it } from "vitest";
import { NETWORK_SNAPSHOT } from "../../../data/network";
import { presetScenario, presetTexts, scenarioTexts } from "../../../lib/present/form";
import { chooseRigTexts, presetFits, priceOfAnotherRig, rigHold, typedIsRigsOwn } from "../../../lib/present/rig-choice";
import { rigCalculatorPath } from "../../../lib/present/rigs-view";
import { rankRig } from "../../../lib/rigs/rank";
import { findRig } from "../../../lib/rigs/ids";
import { rigModelName } from "../../../lib/i18n/rig-names";
import { parseQuery } from "../../../lib/open/query";

const scenario = (id: string) => {
  const s = presetScenario(id);
  if (!s) throw new Error(id);
  return s;
};

describe("choosing a rig carries nothing of the rig before", () => {
  it("a rig the catalogue does not price leaves the price empty, never the previous rig's", () => {
    const s21 = scenarioTexts(scenario("s21"));
    const next = chooseRigTexts(s21, "s21-xp").texts;
    expect(next).toMatchObject({ rig: "s21-xp", hashrateThs: "270", powerWatts: "3645", rigPrice: "" });
    expect(rigHold(next)?.kind).toBe("price");
  });

  it("a rig released after the start date moves the scenario to today's network, saying from where", () => {
    const jan2018 = scenarioTexts(scenario("s9-2018-huaqiangbei"));
    const choice = chooseRigTexts(jan2018, "s21-xp");
    expect(choice.movedFrom).toBe("2018-01-15");
    expect(choice.texts.startDate).toBe(NETWORK_SNAPSHOT.date);
    expect(choice.texts.difficulty).toBe(NETWORK_SNAPSHOT.difficulty);
    // the site stays: yuan, ¥0.35 per kWh
    expect(choice.texts).toMatchObject({ currency: "CNY", electricityPrice: "0.35" });
    // a rig of the time stays on its date
    expect(chooseRigTexts(jan2018, "s9").movedFrom).toBeNull();
  });

  it("a link running a later rig on an old network is held until the reader decides", () => {
    const texts = { ...scenarioTexts(scenario("s9-2018-huaqiangbei")), rig: "s21-xp", hashrateThs: "270", powerWatts: "3645" };
    expect(rigHold(texts)).toMatchObject({ kind: "era", startDate: "2018-01-15" });
    // an edited rig is a custom one: no hold
    expect(rigHold({ ...texts, hashrateThs: "260" })).toBeNull();
  });

  it("reads the rig's own figures as miners type them: 13.5T and 1.4kW are still the S9", () => {
    const s9 = findRig("s9");
    if (!s9) throw new Error("s9");
    // the catalogue's S9: 13.5 TH/s at 1,323 W (1.323 kW = 1,323 W)
    expect(typedIsRigsOwn(s9, "13.5T", "1.323kW")).toBe(true);
    expect(typedIsRigsOwn(s9, "13.5 TH/s", "1323W")).toBe(true);
    expect(typedIsRigsOwn(s9, "13.5", "1,323")).toBe(true);
    // another figure is a custom rig; a figure not read is not the rig's
    expect(typedIsRigsOwn(s9, "14T", "1323")).toBe(false);
    expect(typedIsRigsOwn(s9, "13.5", "1.4kW")).toBe(false);
    expect(typedIsRigsOwn(s9, "abc", "1323")).toBe(false);
    // a later rig typed with units on the 2018 network is still held, not answered on the old network
    const texts = { ...scenarioTexts(scenario("s9-2018-huaqiangbei")), rig: "s21-xp", hashrateThs: "270T", powerWatts: "3.645kW" };
    expect(rigHold(texts)).toMatchObject({ kind: "era", startDate: "2018-01-15" });
  });

  it("a preset whose rig was replaced is no longer the scenario's", () => {
    const s21 = scenarioTexts(scenario("s21"));
    expect(presetFits("s21", s21)).toBe(true);
    expect(presetFits("s21", chooseRigTexts(s21, "s21-xp").texts)).toBe(false);
    expect(presetFits(undefined, s21)).toBe(false);
  });

  it("the ranking's link to an unpriced rig gives no price, and the page asks for one", () => {
    // the S15 (57 J/TH) in June 2019: no deal quoted, and the price index has no figure of its band
    // (38–68 J/TH) before May 2021, so the S9's ¥30,000 must not travel with it
    const early = { ...scenario("s9-2018-huaqiangbei"), startDate: "2019-06-03" };
    const s15 = findRig("s15");
    if (!s15) throw new Error("s15");
    const unpriced = new URLSearchParams(rigCalculatorPath(early, rankRig(early, s15)).slice(2));
    expect(unpriced.get("rig")).toBe("s15");
    expect(unpriced.has("price")).toBe(false);
    // today the S21 XP has no quoted deal, but the index estimates it: the link carries that estimate,
    // never the S21's ¥20,610
    const base = { ...scenario("s21"), currency: "CNY" as const, rigPrice: "20610" };
    const rig = findRig("s21-xp");
    if (!rig) throw new Error("s21-xp");
    const query = new URLSearchParams(rigCalculatorPath(base, rankRig(base, rig)).slice(2));
    expect(query.get("rig")).toBe("s21-xp");
    expect(query.get("price")).not.toBe("20610");
    expect(rankRig(base, rig).price?.from).toBe("index");
    // the price the page would open with is the S21 preset's: another rig's
    expect(priceOfAnotherRig({ ...base, rig: "s21-xp", hashrateThs: "270", powerWatts: "3645" }, false)).toBe(true);
    expect(priceOfAnotherRig({ ...base, rig: "s21-xp", hashrateThs: "270", powerWatts: "3645" }, true)).toBe(false);
    // a priced rig keeps its catalogue price in the link
    const s21 = findRig("s21");
    if (!s21) throw new Error("s21");
    // (US$2,800 × 7.3071, October 2023's rate = ¥20,459.88: the rig's own, so the link need not repeat it)
    const opened = parseQuery(rigCalculatorPath(base, rankRig(base, s21)).slice(2));
    expect(opened.ok && opened.scenario.rigPrice).toBe("20459.88");
  });

  it("a preset about hosting brings its mode; the others keep the reader's", () => {
    const self = { ...scenarioTexts(scenario("s9-2018-huaqiangbei")), mode: "self" };
    expect(presetTexts(self, scenario("s9-2018-hosted")).mode).toBe("compare");
    expect(presetTexts(self, scenario("s9-2018-factory")).mode).toBe("self");
  });
});

describe("rig names as a Chinese miner reads them", () => {
  it("uses the makers' Chinese model names and the trade's hashrate grade", () => {
    expect(rigModelName("Antminer S21 XP", "zh")).toBe("蚂蚁矿机 S21 XP");
    expect(rigModelName("Antminer S17 Pro (50 TH/s bin)", "zh")).toBe("蚂蚁矿机 S17 Pro 50T 版");
    expect(rigModelName("Antminer S9 (13.5 TH/s)", "zh")).toBe("蚂蚁矿机 S9（13.5T）");
    expect(rigModelName("Whatsminer M30S++ (112 TH/s)", "zh")).toBe("神马 M30S++（112T）");
    expect(rigModelName("Avalon A1466", "zh")).toBe("阿瓦隆 A1466");
    expect(rigModelName("Antminer S21 Hyd", "zh")).toBe("蚂蚁矿机 S21 Hyd（水冷）");
    expect(rigModelName("SEALMINER A2 (air)", "zh")).toBe("比特小鹿 SEALMINER A2（风冷版）");
    expect(rigModelName("Antminer S21 XP", "en")).toBe("Antminer S21 XP");
  });
});
