/**
 * The first paint's headline of a heavy link, worked out by the server in its worker pool (off the
 * request's thread) and handed to the page with the request it answers (lib/present/headline.ts).
 * Server-only: the page's first load never carries it.
 */
import type { Locale } from "../i18n/locale";
import type { Scenario } from "../scenario/schema";
import { replayNotes } from "../history/replay";
import { headlineAnswer, type FirstHeadline } from "./headline";

/** The headline of a link's scenario as the page's first render asks for it: a replay's notes are its check's (lib/history/replay). */
export function firstHeadline(scenario: Scenario, locale: Locale): FirstHeadline {
  const notes = scenario.useHistory ? replayNotes(scenario) : [];
  return { scenario, notes, locale, answer: headlineAnswer({ scenario, notes, locale }) };
}
