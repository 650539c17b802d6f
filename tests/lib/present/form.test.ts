import { describe, expect, it } from "vitest";
import {
  checkForm,
  currencyTexts,
  modeTexts,
  PRESET_IDS,
  presetScenario,
  presetTexts,
  scenarioTexts,
  serializeScenario,
} from "../../../lib/server";
import { scenarioFromQuery as scenario } from "../../support/scenarios";

describe("the form", () => {
  it("reads back every preset exactly as the link carries it", () => {
    for (const id of PRESET_IDS) {
      const s = scenario(`v=1&preset=${id}`);
      const check = checkForm(scenarioTexts(s), id);
      expect(check.errors).toEqual({});
      expect(check.scenario && serializeScenario(check.scenario)).toBe(serializeScenario(s));
    }
  });

  it("names a refused value inline with what is allowed, from the field's schema", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    const check = checkForm({ ...scenarioTexts(s), uptimePct: "120" }, s.preset);
    expect(check.scenario).toBeNull();
    expect(check.errors).toEqual({ uptimePct: "Uptime must be a number from 0 to 100; “120” is not." });
    expect(checkForm({ ...scenarioTexts(s), rigPrice: "abc" }, s.preset).errors).toEqual({
      rigPrice: "Rig price: “abc” is not a number; it must be a number from 0 to 1,000,000,000.",
    });
    expect(checkForm({ ...scenarioTexts(s), rigPrice: "abc" }, s.preset, "zh").errors).toEqual({
      rigPrice: "矿机价格：“abc”不是数字；须为 0 到 1,000,000,000 的数。",
    });
  });

  it("says a figure too long to read digit by digit in a short form, in both languages", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    const texts = scenarioTexts(s);
    // 1e400 = a 1 and 400 zeros: 401 digits, written out grouped it would run to 401 + 133 commas = 534 characters
    expect(checkForm({ ...texts, rigPrice: "1e400" }, s.preset).readAs).toEqual({
      rigPrice: "Read as 1 × 10⁴⁰⁰, a number 401 digits long",
    });
    expect(checkForm({ ...texts, rigPrice: "1e400" }, s.preset, "zh").readAs).toEqual({ rigPrice: "读作 1 × 10⁴⁰⁰，即一个 401 位数" });
    // 1.4e30 kW = 1.4 × 10^33 W: 34 digits before the point, in the field's own unit
    expect(checkForm({ ...texts, powerWatts: "1.4e30kW" }, s.preset).readAs).toEqual({
      powerWatts: "Read as 1.4 × 10³³ W, a number 34 digits long",
    });
    // 21 digits are still written out: 1e20 = 100,000,000,000,000,000,000
    expect(checkForm({ ...texts, rigPrice: "1e20" }, s.preset).readAs).toEqual({ rigPrice: "Read as 100,000,000,000,000,000,000" });
  });

  it("says the difficulty's bound in grouped digits, never as 1e21", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    // 2e21 = 2,000,000,000,000,000,000,000 is above the bound 10^21 = 1 followed by 21 zeros, grouped in 7 threes
    const bound = "1,000,000,000,000,000,000,000";
    expect(checkForm({ ...scenarioTexts(s), difficulty: "2e21" }, s.preset).errors).toEqual({
      difficulty: `Network difficulty must be a number > 0 and ≤ ${bound} (126T, 126 T, 1.26e14 and 126,000,000,000,000 all work); “2e21” is not.`,
    });
    expect(checkForm({ ...scenarioTexts(s), difficulty: "2e21" }, s.preset, "zh").errors).toEqual({
      difficulty: `全网难度须为大于 0 且不超过 ${bound} 的数（126T、126 T、1.26e14 和 126,000,000,000,000 都可以）；“2e21”不符合。`,
    });
  });

  it("asks for the power price a mode needs, and only then", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    const texts = scenarioTexts(s);
    expect(checkForm({ ...texts, electricityPrice: "" }, s.preset).errors.electricityPrice).toBe(
      "Electricity price is required when you run the rigs yourself.",
    );
    expect(checkForm({ ...texts, electricityPrice: "" }, s.preset, "zh").errors.electricityPrice).toBe("自己运营时需要填写电价。");
    expect(checkForm({ ...texts, electricityPrice: "", mode: "hosted" }, s.preset).errors).toEqual({});
    expect(checkForm({ ...texts, hostingPricePerKwh: "", mode: "compare" }, s.preset).errors.hostingPricePerKwh).toBe(
      "Hosting price is required to compare running the rigs yourself with hosting.",
    );
    expect(checkForm({ ...texts, hostingPricePerKwh: "", mode: "hosted" }, s.preset, "zh").errors.hostingPricePerKwh).toBe(
      "交给托管时需要填写托管电价。",
    );
  });

  it("gives a replay its projection to draw beside it", () => {
    const s = scenario("v=1&preset=s9-2018-replay");
    const check = checkForm(scenarioTexts(s), s.preset);
    expect(check.scenario?.useHistory).toBe(true);
    expect(check.projection?.useHistory).toBe(false);
    expect(check.projection?.difficulty).toBe(s.difficulty);
  });

  it("keeps the reader's mode on choosing a preset, and their horizon when the preset replays history without its own", () => {
    const typed = { ...scenarioTexts(scenario("v=1&preset=s9-2018-huaqiangbei")), mode: "compare", horizonDays: "500" };
    const plain = presetScenario("s21");
    const replay = presetScenario("s9-2018-replay");
    if (!plain || !replay) throw new Error("both presets exist");
    expect(presetTexts(typed, plain)).toMatchObject({ mode: "compare", horizonDays: String(plain.horizonDays), hashrateThs: "200" });
    // the S9 replay presets run 1447 days, 2018-01-15 … 2021-12-31: their own span, not the reader's 500 days
    expect(presetTexts(typed, replay)).toMatchObject({ mode: "compare", horizonDays: "1447", useHistory: "1" });
    // a replay with no horizon of its own (the S21 turned into one) keeps the reader's
    const s21Replay = scenario("v=1&preset=s21&hist=1");
    expect(presetTexts(typed, s21Replay)).toMatchObject({ horizonDays: "500", useHistory: "1" });
    expect(presetScenario("no-such-preset")).toBeNull();
  });

  it("fills the price a new mode needs from the preset when the form has none", () => {
    const texts = { ...scenarioTexts(scenario("v=1&preset=s9-2018-huaqiangbei")), hostingPricePerKwh: "" };
    // the S9 preset's hosting price is ¥1.2 per kWh
    expect(modeTexts(texts, "hosted", "s9-2018-huaqiangbei")).toMatchObject({ mode: "hosted", hostingPricePerKwh: "1.2" });
    expect(modeTexts({ ...texts, hostingPricePerKwh: "0.9" }, "compare", "s9-2018-huaqiangbei").hostingPricePerKwh).toBe("0.9");
    expect(modeTexts(texts, "self", "s9-2018-huaqiangbei").hostingPricePerKwh).toBe("");
  });

  it("converts the amounts on a currency switch, and changes nothing at a refused rate", () => {
    const texts = scenarioTexts(scenario("v=1&preset=s9-2018-huaqiangbei"));
    expect(currencyTexts(texts, "CNY", "7")).toBe(texts);
    expect(currencyTexts(texts, "USD", "abc")).toBe(texts);
    // ¥30,000 at 7.5 CNY per USD = $4,000
    expect(currencyTexts(texts, "USD", "7.5")).toMatchObject({ currency: "USD", rigPrice: "4000" });
  });

  it("reads numbers as people type them, says what it read, and names the field when it cannot", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    const texts = scenarioTexts(s);
    const check = checkForm(
      { ...texts, rigPrice: "３０，０００", electricityPrice: "0,5", uptimePct: "95%", difficulty: "2.6T", btcPrice: "¥10万" },
      s.preset,
    );
    expect(check.errors).toEqual({});
    // 2.6T = 2.6 × 10^12; ¥10万 = 10 × 10^4
    expect(check.scenario).toMatchObject({
      rigPrice: "30000",
      electricityPrice: "0.5",
      uptimePct: "95",
      difficulty: "2600000000000",
      btcPrice: "100000",
    });
    expect(check.readAs).toEqual({
      rigPrice: "Read as 30,000",
      electricityPrice: "Read as 0.5",
      uptimePct: "Read as 95",
      difficulty: "Read as 2,600,000,000,000",
      btcPrice: "Read as 100,000",
    });
    // units as miners type them, echoed in the field's own unit
    const units = checkForm({ ...texts, hashrateThs: "13.5T", powerWatts: "1.4kW" }, s.preset);
    expect(units.scenario).toMatchObject({ hashrateThs: "13.5", powerWatts: "1400" });
    expect(units.readAs).toEqual({ hashrateThs: "Read as 13.5 TH/s", powerWatts: "Read as 1,400 W" });
    expect(checkForm({ ...texts, hashrateThs: "13.5 TH/s", powerWatts: "1400W" }, s.preset).readAs).toEqual({
      powerWatts: "Read as 1,400 W",
    });
    // typed as it is shown: nothing to say
    expect(checkForm({ ...texts, rigPrice: "30,000" }, s.preset).readAs).toEqual({});
    expect(checkForm({ ...texts, rigPrice: "３０，０００" }, s.preset, "zh").readAs).toEqual({ rigPrice: "读作 30,000" });
    const refused = checkForm({ ...texts, rigPrice: "1,000,5", electricityPrice: "$0.5", poolFeePct: "2T" }, s.preset);
    expect(refused.scenario).toBeNull();
    expect(refused.errors.rigPrice).toMatch(/^Rig price: “1,000,5” can be read more than one way/);
    expect(refused.errors.electricityPrice).toBe(
      "Electricity price: “$0.5” is in US dollars, but this scenario is in yuan. Type the amount in yuan, or switch the currency under “The money”.",
    );
    expect(refused.errors.poolFeePct).toMatch(/^Pool fee: “2T” ends in “T”/);
    const zh = checkForm({ ...texts, rigPrice: "1,000,5", electricityPrice: "$0.5" }, s.preset, "zh");
    expect(zh.errors.rigPrice).toMatch(/^矿机价格：“1,000,5”有不止一种读法/);
    expect(zh.errors.electricityPrice).toMatch(/^电价：“\$0.5”是美元，而这个方案用人民币/);
  });

  it("names the start date by its label when the records do not reach it", () => {
    const s = scenario("v=1&preset=s9-2018-replay");
    const check = checkForm({ ...scenarioTexts(s), startDate: "2010-01-01" }, s.preset);
    expect(check.errors.startDate).toMatch(
      /^Start date 2010-01-01 is outside the recorded history: with “What actually happened” on, it must be from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\.$/,
    );
    expect(checkForm({ ...scenarioTexts(s), startDate: "２０１８－０１－１５" }, s.preset).readAs).toEqual({
      startDate: "Read as 2018-01-15",
    });
  });

  it("converts amounts typed with separators on a currency switch", () => {
    const texts = { ...scenarioTexts(scenario("v=1&preset=s9-2018-huaqiangbei")), rigPrice: "30,000" };
    // ¥30,000 at 7.5 CNY per USD = $4,000
    expect(currencyTexts(texts, "USD", "7.5")).toMatchObject({ currency: "USD", rigPrice: "4000" });
  });
});
