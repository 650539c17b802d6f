/**
 * A price index band (data/rig-price-index.ts) in the reader's words: "under 38 J/TH", "38–68 J/TH",
 * "over 68 J/TH"; 低于 / 高于 in Chinese.
 */
import type { PriceBand } from "../../data/rig-price-index";
import type { Locale } from "../i18n/locale";

export function bandText(band: PriceBand, locale: Locale): string {
  if (band.min !== null && band.max !== null) return `${band.min}–${band.max} J/TH`;
  if (band.max !== null) return locale === "zh" ? `低于 ${band.max} J/TH` : `under ${band.max} J/TH`;
  if (band.min !== null) return locale === "zh" ? `高于 ${band.min} J/TH` : `over ${band.min} J/TH`;
  return locale === "zh" ? "全部能效" : "every efficiency";
}
