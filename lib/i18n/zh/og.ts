/**
 * The link preview's words in Simplified Chinese (drawn with the Chinese font subset in app/og/fonts/;
 * scripts/build-og-font.ts collects the characters from here). Loaded on demand (lib/i18n/zh.ts registers it).
 */
import type { OgText } from "../../present/og-text";
import { zh } from "./messages";

export const OG_TEXT_ZH: OgText = {
  wordmark: "Rig Payback 矿机回本",
  tagline: "一台矿机到底什么时候回本？",
  genericRig: (ths: string) => `${ths} TH/s 矿机`,
  title: (rig: string, price: string) => `${price} 的 ${rig}`,
  fleetTitle: (count: string, rig: string, price: string) => `${count} 台 ${rig}，每台 ${price}`,
  paysBack: zh.paysBackOn,
  doesNotPayBack: "无法回本",
  within: (horizon: string) => `${horizon}内`,
  paysBackInTitle: (day: string) => `第 ${day} 天回本`,
  doesNotPayBackInTitle: (horizon: string) => `${horizon}内无法回本`,
  headline: (title: string, answer: string) => `${title}：${answer}`,
  compareHeadline: (title: string, self: string, hosted: string) => `${title}：自营${self}；托管${hosted}`,
  mode: { self: "自营", hosted: "托管", compare: "自营对比托管" },
  side: zh.sides,
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
  atCost: "不含散热",
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
