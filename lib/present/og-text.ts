/**
 * The link preview's words in English and Chinese, and the rig's short name: apart from lib/present/og
 * (which simulates and runs the odds for the card) so the page's title takes them alone.
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { findPreset } from "../../data/presets";
import { FORMATTERS } from "./format";
import type { Locale } from "../i18n/locale";
import { MESSAGES } from "../i18n/messages";
import type { SideName } from "../engine/simulate";

/** Every English string of a link preview. */
export const OG_TEXT = {
  wordmark: "Rig Payback",
  /** The app's one-line pitch, for previews that cannot say more. */
  tagline: "When does a mining rig really pay for itself?",
  genericRig: (ths: string) => `${ths} TH/s rig`,
  title: (rig: string, price: string) => `${rig} at ${price}`,
  fleetTitle: (count: string, rig: string, price: string) => `${count} × ${rig} at ${price} each`,
  paysBack: MESSAGES.en.paysBackOn,
  doesNotPayBack: "Does not pay back",
  within: (horizon: string) => `within ${horizon}`,
  /** The answer as it ends a title: "S9 at ¥30,000: pays back on day 189". */
  paysBackInTitle: (day: string) => `pays back on day ${day}`,
  doesNotPayBackInTitle: (horizon: string) => `does not pay back within ${horizon}`,
  headline: (title: string, answer: string) => `${title}: ${answer}`,
  compareHeadline: (title: string, self: string, hosted: string) => `${title}: self-run ${self}; hosted ${hosted}`,
  mode: { self: "Self-run", hosted: "Hosted", compare: "Self-run vs hosted" } satisfies Record<Scenario["mode"], string>,
  side: MESSAGES.en.sides,
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

/** The same in Simplified Chinese (drawn with the Chinese font subset in app/og/fonts/). */
export const OG_TEXT_ZH: OgText = {
  wordmark: "Rig Payback 矿机回本",
  tagline: "一台矿机到底什么时候回本？",
  genericRig: (ths: string) => `${ths} TH/s 矿机`,
  title: (rig: string, price: string) => `${price} 的 ${rig}`,
  fleetTitle: (count: string, rig: string, price: string) => `${count} 台 ${rig}，每台 ${price}`,
  paysBack: MESSAGES.zh.paysBackOn,
  doesNotPayBack: "无法回本",
  within: (horizon: string) => `${horizon}内`,
  paysBackInTitle: (day: string) => `第 ${day} 天回本`,
  doesNotPayBackInTitle: (horizon: string) => `${horizon}内无法回本`,
  headline: (title: string, answer: string) => `${title}：${answer}`,
  compareHeadline: (title: string, self: string, hosted: string) => `${title}：自营${self}；托管${hosted}`,
  mode: { self: "自营", hosted: "托管", compare: "自营对比托管" },
  side: MESSAGES.zh.sides,
  history: "真实历史",
  modeWithHistory: (mode: string) => `${mode} · 真实历史`,
  netProfit: "净利润",
  netProfitOf: { self: "自营净利润", hosted: "托管净利润" },
  roi: "回报率",
  electricity: "电价",
  hosting: "托管",
  btcMined: "挖出的 BTC",
  perKwh: (price: string) => `${price}/kWh`,
  over: (horizon: string) => `${horizon}合计`,
  roiHint: (capex: string) => `总投入 ${capex}`,
  overhead: (factor: string) => `含散热 × ${factor}`,
  atCost: "墙插电价",
  monthlyPerRig: (fee: string) => `另加每台每月 ${fee}`,
  aMonthPerRigAllIn: "每台每月，全包",
  aMonthPerRigShare: (pct: string) => `每台每月；托管方分成 ${pct}%`,
  btc: (amount: string) => `${amount} BTC`,
  hostShare: (pct: string) => `托管方分成 ${pct}% 的 BTC`,
  allIn: "全包",
  sideSummary: (label: string, netProfit: string, roi: string) => `${label}：净利润 ${netProfit}，回报率 ${roi}`,
  description: (specs: string, summaries: readonly string[]) => `${specs}。${summaries.join("；")}。`,
  alt: (headline: string, specs: string) => `${headline}。${specs}。`,
};

export function ogText(locale: Locale): OgText {
  return locale === "zh" ? OG_TEXT_ZH : OG_TEXT;
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
  return sameRig ? preset.rig : ogText(locale).genericRig(FORMATTERS[locale].number(s.hashrateThs, 4));
}
