import { describe, expect, it } from "vitest";
import { checkForm, PRESET_IDS, scenarioTexts, serializeScenario } from "../../../lib/index";
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
});
