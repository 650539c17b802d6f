/**
 * The rig ranking's own pieces in Simplified Chinese (English: lib/present/rigs-text.ts): the power a
 * site pays, its short form in the link preview (drawn with the font subset of app/og/fonts/, whose
 * characters scripts/build-og-font.ts collects from here), and the price typed in a rig's row.
 */
import type { RigsText } from "../../present/rigs-text";

export const RIGS_TEXT_ZH: RigsText = {
  schedule: {
    perKwh: (price: string) => `${price}/kWh`,
    monthPrice: (price: string, months: string, first: boolean) => `${months} ${first ? `${price}/kWh` : price}`,
    monthSpan: (first: number, last: number) => (first === last ? `${first}月` : `${first}–${last}月`),
    andList: (items: readonly string[]) => items.join("、"),
    groups: (items: readonly string[]) => items.join("，"),
    parts: (items: readonly string[]) => items.join("；"),
    peak: (price: string, spans: readonly { from: string; to: string }[], weekdays = false) =>
      `${weekdays ? "工作日" : ""}峰时段 ${spans.map((s) => `${s.from}–${s.to}`).join("、")} ${price}`,
    peakAllDay: (price: string, weekdays = false) => `${weekdays ? "工作日" : ""}全天峰时 ${price}`,
    curtailed: (hours: string, peakFirst: boolean, credit: string | null) =>
      `每月限电 ${hours} 小时${peakFirst ? "（先限峰时段）" : ""}，${credit === null ? "无补偿" : `限电补偿 ${credit}/kWh（削减电量）`}`,
    hostingFee: (fee: string) => `另加管理费 ${fee}/台/月`,
    feeOnly: (fee: string) => `管理费 ${fee}/台/月，电费全包`,
    hostShare: (pct: string) => `托管分成 ${pct}%`,
    escalation: (pct: string, rising: boolean) => `每年${rising ? "上调" : "下调"} ${pct}%`,
    hostUptime: (pct: string) => `托管承诺在线率 ${pct}%`,
    minimumTerm: (months: string, exitFee: string | null) =>
      `最短托管期 ${months} 个月${exitFee === null ? "" : `，提前解约费每台 ${exitFee}`}`,
    deposit: (months: string) => `押金 ${months} 个月托管费用，期末退还`,
    outage: (from: string, to: string, cost: string | null) => `${from}至${to}${cost === null ? "" : `，每台 ${cost}`}`,
  },
  preview: {
    priceSpan: (low: string, high: string) => `${low}–${high}/kWh`,
    byMonth: "分月电价",
    peakHours: (hours: string, weekdays = false) => `${weekdays ? "工作日" : ""}峰时 ${hours} 小时/天`,
    hints: (...parts: string[]) => parts.join("，"),
    powerLine: (label: string, words: string) => `${label}：${words}。`,
  },
  rowPrice: {
    label: (rig: string, unit: string) => `${rig}：你的报价（${unit}）`,
    placeholder: "你的报价",
    help: "拿到报价了？在那款矿机一行的价格框里输入：这一行按你的报价重新测算；留空则用显示的价格。",
    failed: "这一行没能重新测算，可能是网络断了。现在显示的是之前价格的数字。",
    kept: (why: string) => `${why}现在显示的是之前价格的数字。`,
  },
};
