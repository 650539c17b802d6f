/**
 * The link preview's words in English (Chinese: lib/i18n/zh/og.ts, registered when loaded), and the rig's short name: apart from lib/present/og
 * (which simulates and runs the odds for the card) so the page's title takes them alone.
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { findPreset } from "../open/presets";
import { findRig } from "../rigs/ids";
import { isRigsOwn } from "../rigs/catalogue";
import { rigModelName } from "../i18n/rig-names";
import { FORMATTERS } from "./format";
import type { Locale } from "../i18n/locale";
import { EN_MESSAGES } from "../i18n/messages";
import { localeTables } from "../i18n/registry";
import type { SideName } from "../engine/simulate";

/** Every English string of a link preview. */
export const OG_TEXT = {
  wordmark: "Rig Payback",
  /** The app's one-line pitch, for previews that cannot say more. */
  tagline: "When does a mining rig really pay for itself?",
  genericRig: (ths: string) => `${ths} TH/s rig`,
  title: (rig: string, price: string) => `${rig} at ${price}`,
  fleetTitle: (count: string, rig: string, price: string) => `${count} × ${rig} at ${price} each`,
  paysBack: EN_MESSAGES.paysBackOn,
  doesNotPayBack: "Does not pay back",
  within: (horizon: string) => `within ${horizon}`,
  /** The answer as it ends a title: "S9 at ¥30,000: pays back on day 189". */
  paysBackInTitle: (day: string) => `pays back on day ${day}`,
  doesNotPayBackInTitle: (horizon: string) => `does not pay back within ${horizon}`,
  headline: (title: string, answer: string) => `${title}: ${answer}`,
  compareHeadline: (title: string, self: string, hosted: string) => `${title}: self-run ${self}; hosted ${hosted}`,
  mode: { self: "Self-run", hosted: "Hosted", compare: "Self-run vs hosted" } satisfies Record<Scenario["mode"], string>,
  side: EN_MESSAGES.sides,
  history: "recorded history",
  modeWithHistory: (mode: string) => `${mode} · recorded history`,
  netProfit: "Net profit",
  netProfitOf: { self: "Net profit, self-run", hosted: "Net profit, hosted" } satisfies Record<SideName, string>,
  roi: "ROI",
  electricity: "Electricity",
  hosting: "Hosting",
  btcMined: "BTC mined",
  perKwh: (price: string) => `${price}/kWh`,
  over: (horizon: string) => `over ${horizon}`,
  roiHint: (capex: string) => `on ${capex} outlay`,
  overhead: (factor: string) => `× ${factor} for cooling`,
  atCost: "at the wall",
  monthlyPerRig: (fee: string) => `+ ${fee} a month per rig`,
  aMonthPerRigAllIn: "a month per rig, all-in",
  aMonthPerRigShare: (pct: string) => `a month per rig; host keeps ${pct} %`,
  btc: (amount: string) => `${amount} BTC`,
  hostShare: (pct: string) => `host keeps ${pct} % of BTC`,
  allIn: "all-in",
  sideSummary: (label: string, netProfit: string, roi: string) => `${label}: net profit ${netProfit}, ROI ${roi}`,
  description: (specs: string, summaries: readonly string[]) => `${specs}. ${summaries.join("; ")}.`,
  alt: (headline: string, specs: string) => `${headline}. ${specs}.`,
};

export type OgText = typeof OG_TEXT;

export function ogText(locale: Locale): OgText {
  return locale === "en" ? OG_TEXT : localeTables(locale).og;
}

/**
 * The rig's short name: the preset's ("S9") while the scenario keeps its preset's hashrate and
 * power, otherwise its hashrate ("15 TH/s rig"): a changed rig is no longer that model.
 */
export function rigName(s: Scenario, locale: Locale = "en"): string {
  const preset = s.preset === undefined ? undefined : findPreset(s.preset);
  const sameRig =
    preset !== undefined &&
    preset.values.hashrateThs !== undefined &&
    preset.values.powerWatts !== undefined &&
    new Dec(preset.values.hashrateThs).eq(s.hashrateThs) &&
    new Dec(preset.values.powerWatts).eq(s.powerWatts);
  if (sameRig) return preset.rig;
  // a catalogue rig at its own figures is named as the catalogue names it ("Antminer S21 XP"; 蚂蚁矿机 in Chinese)
  const rig = s.rig === undefined ? undefined : findRig(s.rig);
  if (rig && isRigsOwn(rig, String(s.hashrateThs), String(s.powerWatts))) return rigModelName(rig.name, locale);
  return ogText(locale).genericRig(FORMATTERS[locale].number(s.hashrateThs, 4));
}
