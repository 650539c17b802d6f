import { describe, expect, it } from "vitest";
import {
  checkForm,
  currencyTexts,
  localizeErrors,
  modeTexts,
  PRESET_IDS,
  presetScenario,
  presetTexts,
  scenarioTexts,
  serializeScenario,
} from "../../../lib/index";
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
    expect(check.errors).toEqual({ uptimePct: 'up = "120" is not allowed: must be a number from 0 to 100' });
  });

  it("asks for the power price a mode needs, and only then", () => {
    const s = scenario("v=1&preset=s9-2018-huaqiangbei");
    const texts = scenarioTexts(s);
    expect(checkForm({ ...texts, electricityPrice: "" }, s.preset).errors.electricityPrice).toMatch(/^kwh is required in mode self/);
    expect(checkForm({ ...texts, electricityPrice: "", mode: "hosted" }, s.preset).errors).toEqual({});
    expect(checkForm({ ...texts, hostingPricePerKwh: "", mode: "compare" }, s.preset).errors.hostingPricePerKwh).toMatch(
      /^hkwh is required/,
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

  it("says a refusal in the reader's language", () => {
    const errors = { uptimePct: 'up = "120" is not allowed: must be a number from 0 to 100' };
    expect(localizeErrors(errors, "en")).toBe(errors);
    expect(localizeErrors(errors, "zh").uptimePct).toMatch(/^up（.+） = "120" 不可用/);
  });
});
