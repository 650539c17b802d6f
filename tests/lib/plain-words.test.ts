import { describe, expect, it } from "vitest";
import { FIELD_NAMES } from "../../lib/scenario/fields";
import { fieldHelp } from "../../lib/i18n/fields";
import { localizeMessage } from "../../lib/i18n/notices";
import { CROSSOVER_SHIFT_NOTE, parseQuery } from "../../lib/open/query";
import { simulateDays as simulate } from "../../lib/prepare";
import { compareView } from "../../lib/present/view";
import { LOCALES } from "../../lib/i18n/locale";

// what a reader must never see: the contract's sections, key names of the power design, validator ranges
const ENGINEER = /spec §|§\d|规范|Allowed:|允许：|\bkwhm\b|\bhkwhm\b|crossoverElectricityPrice/;

describe("plain words to readers", () => {
  it("no field's help names a section of the contract or a link key", () => {
    for (const locale of LOCALES)
      for (const field of FIELD_NAMES) expect(`${field} (${locale}): ${fieldHelp(field, locale)}`).not.toMatch(ENGINEER);
  });

  it("the note on prices by the month says what the crossover is, without keys or sections", () => {
    for (const locale of LOCALES) expect(localizeMessage(CROSSOVER_SHIFT_NOTE, locale)).not.toMatch(ENGINEER);
    expect(localizeMessage(CROSSOVER_SHIFT_NOTE, "en")).toMatch(/^With a power price for each month, the crossover/);
  });

  it("no crossover price: which side stays ahead, not the solver's range", () => {
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&mode=compare&hfee=100000");
    if (!parsed.ok) throw new Error("query");
    const sim = simulate(parsed.scenario);
    for (const locale of LOCALES) expect(compareView(sim, locale)?.crossover).not.toMatch(/10|−/);
  });
});
