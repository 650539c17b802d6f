/**
 * The panels under the answer's cards cross from a Web Worker to the page: their views must be plain
 * data (a structured clone equals the original: no decimals, no functions) and the same as the
 * panels worked out on the page before.
 */
import { describe, expect, it } from "vitest";
import { resultPanelViews } from "../../../lib/present/panels";
import { chartView, flatView } from "../../../lib/present/view";
import { moneyView } from "../../../lib/present/money-view";
import { simulate } from "../../../lib/simulate-recorded";
import { scenarioFromQuery } from "../../support/scenarios";

describe("the result panels' views", () => {
  for (const query of [
    "v=1&preset=s9-2018-huaqiangbei",
    "v=1&preset=s21&mode=compare&sell=hold&loan=50&apr=8",
    "v=1&preset=s9-2018-replay",
  ]) {
    it(`are plain data and the same as worked out on the page: ${query}`, () => {
      const scenario = scenarioFromQuery(query);
      const projection = scenario.useHistory ? { ...scenario, useHistory: false } : null;
      for (const locale of ["en", "zh"] as const) {
        const views = resultPanelViews({ scenario, projection, locale });
        expect(structuredClone(views)).toEqual(views);
        expect(views.money).toEqual(moneyView(scenario, locale));
        expect(views.flat).toEqual(flatView(simulate(scenario), locale));
        const projected = projection ? simulate(projection, { schedule: true }) : null;
        expect(views.chart).toEqual(chartView(simulate(scenario, { schedule: true }), projected, locale));
      }
    }, 60_000);
  }
});
