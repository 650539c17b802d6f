/**
 * The page's title for a scenario: the opening story's own title only while the page shows that
 * story untouched; any other scenario is titled by what it is, as its link preview is
 * ("S21 at $5,200", "100 × S9 at ¥30,000 each").
 */
import type { Scenario } from "../scenario/schema";
import { serializeScenario } from "../open/query";
import { DEFAULT_PRESET_ID } from "../open/presets";
import { FORMATTERS } from "./format";
import { ogText, rigName } from "./og-text";
import type { Locale } from "../i18n/locale";

/** Whether the scenario is the opening story exactly as the page first shows it (no field changed). */
export function isOpeningStory(s: Scenario): boolean {
  return serializeScenario(s) === `v=1&preset=${DEFAULT_PRESET_ID}`;
}

/** "S9 at ¥30,000", "100 × S9 at ¥30,000 each", "¥30,000 的 S9". */
export function scenarioTitle(s: Scenario, locale: Locale = "en"): string {
  const text = ogText(locale);
  const f = FORMATTERS[locale];
  const price = f.money(s.rigPrice, s.currency);
  const rig = rigName(s, locale);
  return s.rigCount > 1 ? text.fleetTitle(f.number(s.rigCount, 0), rig, price) : text.title(rig, price);
}
