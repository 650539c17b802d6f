/**
 * The headline of the page's first render, worked out by the server from the form's own check of the
 * link (as the page's first render does it): the phone hydrating the page reads it instead of running
 * the engine again, and uses it only for the very request it was worked out for (`headlineKey`). The
 * server works a heavy link's out in its worker pool (app/page.tsx). Server-only: the page's first
 * load never carries it.
 */
import type { Locale } from "../i18n/locale";
import type { Scenario } from "../scenario/schema";
import { checkForm, scenarioTexts } from "./form";
import { headlineAnswer, headlineKey, type GivenHeadline } from "./headline";

/** `askPrice`: the link's price is another rig's, and the price field opens empty (lib/present/rig-choice.ts). */
export function firstHeadline(scenario: Scenario, askPrice: boolean, locale: Locale): GivenHeadline {
  const texts = { ...scenarioTexts(scenario), ...(askPrice ? { rigPrice: "" } : {}) };
  const check = checkForm(texts, scenario.preset, locale);
  const request = { scenario: check.scenario ?? scenario, notes: check.notes, locale };
  return { key: headlineKey(request), answer: headlineAnswer(request) };
}
