import { describe, expect, it } from "vitest";
import { checkForm, headlineKey, scenarioTexts } from "../../../lib/server";
import { scenarioFromQuery } from "../../support/scenarios";

// The server works out the page's first headline and names the request it answers by headlineKey; the
// page's first render reads that answer only when its own request has the same key.
describe("the key of a headline request", () => {
  const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60");

  it("is the same for the scenario the form's check reads back from the link's own texts", () => {
    // what the server does for the first render, and what the page's first render does again
    const check = checkForm(scenarioTexts(s), s.preset, "en");
    expect(check.scenario).not.toBeNull();
    expect(headlineKey({ scenario: check.scenario ?? s, notes: check.notes, locale: "en" })).toBe(
      headlineKey({ scenario: s, notes: check.notes, locale: "en" }),
    );
  });

  it("differs when anything the headline shows differs: the scenario, the language or the notes", () => {
    const base = headlineKey({ scenario: s, notes: [], locale: "en" });
    expect(headlineKey({ scenario: { ...s, rigPrice: "30001" }, notes: [], locale: "en" })).not.toBe(base);
    expect(headlineKey({ scenario: s, notes: [], locale: "zh" })).not.toBe(base);
    expect(headlineKey({ scenario: s, notes: ["a recorded day is missing"], locale: "en" })).not.toBe(base);
    // two notes are not one note holding both
    expect(headlineKey({ scenario: s, notes: ["a", "b"], locale: "en" })).not.toBe(
      headlineKey({ scenario: s, notes: ["a b"], locale: "en" }),
    );
  });
});
