/**
 * A heavy link's first headline is worked out by the server in its worker pool and used by the page
 * only for the request it answers: the request the page's first render makes (its form's check of
 * the link's scenario) must be the one the server answered, or the page works its own out.
 */
import { describe, expect, it } from "vitest";
import { checkForm, firstHeadline, headlineAnswer, sameHeadlineRequest, scenarioTexts } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
const HEAVY = `v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7&kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`;

describe("the server's first headline", () => {
  it("answers the request the page's first render makes, with the page's own answer", () => {
    for (const query of [HEAVY, "v=1&preset=s9-2018-replay&days=1825", "v=1&preset=s21&days=3650&mode=compare"]) {
      const s = scenarioFromQuery(query);
      const served = firstHeadline(s, "en");
      // the page's first render: its form checks the link's texts
      const check = checkForm(scenarioTexts(s), s.preset);
      if (check.scenario === null) throw new Error(`the form reads ${query}`);
      const asked = { scenario: check.scenario, notes: check.notes, locale: "en" as const };
      expect(sameHeadlineRequest(served, asked)).toBe(true);
      expect(served.answer).toEqual(headlineAnswer(asked));
    }
  });

  it("notes a replay's stand-ins, as the check does", () => {
    const served = firstHeadline(scenarioFromQuery(HEAVY), "en");
    // ten years from January 2018 pass the fee table's end (2025-05-01)
    expect(served.notes.some((n) => n.startsWith("recorded fees end on 2025-05-01"))).toBe(true);
  });

  it("is not used for another scenario, another language or other notes", () => {
    const s = scenarioFromQuery(HEAVY);
    const served = firstHeadline(s, "en");
    expect(sameHeadlineRequest(served, { ...served, scenario: { ...s, rigPrice: "20000" } })).toBe(false);
    expect(sameHeadlineRequest(served, { ...served, locale: "zh" })).toBe(false);
    expect(sameHeadlineRequest(served, { ...served, notes: [] })).toBe(false);
    // the same fields in another order are the same request
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(sameHeadlineRequest(served, { ...served, scenario: reordered })).toBe(true);
  });
});
