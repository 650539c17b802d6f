/**
 * The site's figures a ranking keeps, for the /rigs page's summary line: the currency, each side's
 * power as the engine uses it in words (./power-words.ts), the pool fee, uptime, horizon, start date,
 * difficulty growth, coin policy, and the outages within the horizon. Apart from ./rigs-view.ts, which
 * the calculator's page also reads (sorting rows), so the calculator's first load carries none of this.
 */
import type { Scenario } from "../scenario/schema";
import type { ScenarioField } from "../scenario/fields";
import type { SideName } from "../engine/simulate";
import { fieldText, readUnconverted } from "../open/query";
import { localizeMessage } from "../i18n/notices";
import { fieldLabel, fieldUnit } from "../i18n/fields";
import { messagesFor } from "../i18n/messages";
import type { Locale } from "../i18n/locale";
import { outageWords, powerWords, sideTerms, termsVary } from "./power-words";
import { horizonInYears } from "./today";
import { FORMATTERS } from "./format";

/** One figure of the site the ranking keeps: "label: value"; `wide` for words that need a line of their own (a power schedule). */
export interface SiteFigure {
  label: string;
  value: string;
  wide?: boolean;
}

/**
 * The site's figures the ranking keeps, as "label: value unit" pairs for the page's summary line; each
 * side's power as the engine uses it, in words (prices by the month, peak hours, curtailment, a
 * host's terms: ./power-words.ts), and the outages within the horizon.
 */
export function siteFigures(base: Scenario, locale: Locale): SiteFigure[] {
  const fields: ScenarioField[] = [
    "currency",
    ...(base.mode !== "hosted" ? (["electricityPrice"] as const) : []),
    ...(base.mode !== "self" ? (["hostingPricePerKwh"] as const) : []),
    "poolFeePct",
    "uptimePct",
    "horizonDays",
    "startDate",
    "btcPrice",
    "difficultyGrowthPctPerMonth",
    "coinPolicy",
  ];
  const m = messagesFor(locale);
  const out: SiteFigure[] = fields.map((field) => {
    if (field === "electricityPrice" || field === "hostingPricePerKwh") {
      const side: SideName = field === "electricityPrice" ? "self" : "hosted";
      const value = powerWords(base, side, locale);
      const wide = termsVary(sideTerms(base, side)) || value.length > 40;
      return { label: fieldLabel(field, locale), value, ...(wide ? { wide } : {}) };
    }
    const raw = fieldText(base, field) ?? "";
    // the coins' policy in words ("Sell daily"), not its link value ("daily")
    const text = field === "coinPolicy" ? (m.money.policyOptions[raw] ?? raw) : raw;
    // a share reads as a share beside its label ("Pool fee 2.5 %", "矿池费率 2.5%"), not with the form's help unit ("% of the reward")
    if (field === "poolFeePct" || field === "uptimePct")
      return { label: fieldLabel(field, locale), value: `${text}${locale === "zh" ? "%" : " %"}` };
    // the horizon in years, as the calculator's headline says it ("3 years", "3 年"), the days beside
    if (field === "horizonDays") {
      const years = horizonInYears(text, locale);
      const days = `${FORMATTERS[locale].number(text, 0)} ${fieldUnit(field, base.currency, locale)}`;
      return { label: fieldLabel(field, locale), value: years ? (locale === "zh" ? `${years}（${days}）` : `${years} (${days})`) : days };
    }
    // the start date's BTC price, in the scenario's currency: a dollar example read in yuan shows here
    if (field === "btcPrice") return { label: fieldLabel(field, locale), value: FORMATTERS[locale].money(text, base.currency, 0) };
    const unit = field === "startDate" ? "" : fieldUnit(field, base.currency, locale);
    return { label: fieldLabel(field, locale), value: unit ? `${text} ${unit}` : text };
  });
  const outages = outageWords(base, locale);
  if (outages !== null) out.push({ label: fieldLabel("outages", locale), value: outages, wide: true });
  return out;
}

/**
 * The link's warnings a ranking must say, in the reader's language: amounts of an example taken
 * unconverted into the link's currency (`preset=s21&cur=CNY`: the S21's $80,527.06 BTC price read as
 * ¥80,527.06, which makes every rig lose). Others (a rig out of its era) the ranking says itself.
 */
export function linkWarningsForRanking(warnings: readonly string[], locale: Locale): string[] {
  return warnings.filter((w) => readUnconverted(w) !== null).map((w) => localizeMessage(w, locale));
}
