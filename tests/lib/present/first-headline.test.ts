/**
 * The page's first headline, worked out by the server (in its worker pool for a heavy link, lib/present/
 * first-headline.ts): it must answer the request the page's first render makes (the form's check of
 * the link's scenario), or the page works its own out; for a heavy replay too, notes and all.
 */
import { describe, expect, it } from "vitest";
import { checkForm, firstHeadline, headlineAnswer, headlineKey, scenarioTexts } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

const MONTHS = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
const HEAVY = `v=1&preset=s9-2018-replay&days=3650&mode=compare&hkwh=0.5&disc=7&kwhm=${MONTHS}&hkwhm=${MONTHS}&peak=8-11,18-22&kwhp=0.4&hkwhp=0.6`;

describe("the server's first headline", () => {
  it("answers the request the page's first render makes, with the page's own answer, heavy replays included", () => {
    for (const query of [HEAVY, "v=1&preset=s9-2018-replay&days=1825", "v=1&preset=s21&days=3650&mode=compare"]) {
      const s = scenarioFromQuery(query);
      const served = firstHeadline(s, false, "en");
      // the page's first render: its form checks the link's texts
      const check = checkForm(scenarioTexts(s), s.preset);
      if (check.scenario === null) throw new Error(`the form reads ${query}`);
      const asked = { scenario: check.scenario, notes: check.notes, locale: "en" as const };
      expect(served.key).toBe(headlineKey(asked));
      expect(served.answer).toEqual(headlineAnswer(asked));
    }
  });

  it("carries a replay's notes, as the check does", () => {
    const served = firstHeadline(scenarioFromQuery(HEAVY), false, "en");
    // ten years from January 2018 pass the fee table's end (2025-05-01): the note is in the key and the card's line
    expect(served.key).toContain("recorded fees end on 2025-05-01");
  });
});
