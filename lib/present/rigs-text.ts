/**
 * The words of the rig ranking's own pieces in English (Chinese: lib/i18n/zh/rigs.ts, registered when
 * loaded): the power a site pays as the engine uses it (lib/present/power-words.ts), the preview's
 * short form of it (lib/present/og.ts), and the price a buyer types in a rig's row. A table apart from
 * lib/i18n/messages.ts: the calculator's first load carries every message of that table, and none of
 * these words is said on the calculator's page.
 */
import type { Locale } from "../i18n/locale";
import { localeTables } from "../i18n/registry";

/** The price a buyer types in a rig's row: the page's own words, apart so the page carries no more than these. */
export const ROW_PRICE_TEXT = {
  label: (rig: string, unit: string) => `Your price for the ${rig}, ${unit}`,
  placeholder: "your price",
  help: "Quoted a price? Type it in the rig’s price box: that row is worked out again at your price. Leave the box empty for the price shown.",
  failed: "This row could not be worked out again: the connection may have dropped. The figures are at the price before.",
  /** A refused price, and that the row keeps its figures. */
  kept: (why: string) => `${why} The figures shown are at the price before.`,
};

export const RIGS_TEXT = {
  schedule: {
    perKwh: (price: string) => `${price}/kWh`,
    /** One price of a schedule by the month and its months: "¥0.25/kWh Nov–Apr", later ones "¥0.15 May–Oct". */
    monthPrice: (price: string, months: string, first: boolean) => `${first ? `${price}/kWh` : price} ${months}`,
    /** A run of months, 1 = January: "Nov–Apr", "May". */
    monthSpan: (first: number, last: number) => {
      const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
      const name = (m: number) => names[m - 1] ?? String(m);
      return first === last ? name(first) : `${name(first)}–${name(last)}`;
    },
    andList: (items: readonly string[]) =>
      items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`,
    groups: (items: readonly string[]) => items.join(", "),
    parts: (items: readonly string[]) => items.join("; "),
    /** The peak price and its hours: "¥0.40 from 08:00 to 11:00 and 18:00 to 22:00" (weekdays only: "… on weekdays"). */
    peak: (price: string, spans: readonly { from: string; to: string }[], weekdays = false) =>
      `${price} from ${spans.map((s) => `${s.from} to ${s.to}`).join(" and ")}${weekdays ? " on weekdays" : ""}`,
    peakAllDay: (price: string, weekdays = false) => `${price} all day${weekdays ? " on weekdays" : ""}`,
    curtailed: (hours: string, peakFirst: boolean, credit: string | null) =>
      `off ${hours} hours a month for the grid${peakFirst ? ", peak hours first" : ""}, ${credit === null ? "unpaid" : `paid ${credit} per kWh not drawn`}`,
    hostingFee: (fee: string) => `+ ${fee} a month per rig`,
    feeOnly: (fee: string) => `${fee} a month per rig, power included`,
    hostShare: (pct: string) => `host keeps ${pct} % of the BTC`,
    escalation: (pct: string, rising: boolean) => `${rising ? "rising" : "falling"} ${pct} % a year`,
    hostUptime: (pct: string) => `host's uptime ${pct} %`,
    minimumTerm: (months: string, exitFee: string | null) =>
      `minimum term ${months} months${exitFee === null ? "" : `, ${exitFee} a rig to leave earlier`}`,
    deposit: (months: string) => `a deposit of ${months} ${months === "1" ? "month's" : "months'"} bill, returned at the end`,
    outage: (from: string, to: string, cost: string | null) => `${from} to ${to}${cost === null ? "" : `, ${cost} a rig`}`,
  },
  preview: {
    /** A power price that changes with the month or the hour: its lowest and highest. */
    priceSpan: (low: string, high: string) => `${low}–${high}/kWh`,
    byMonth: "by month",
    peakHours: (hours: string, weekdays = false) => `peak ${hours} h/day${weekdays ? " on weekdays" : ""}`,
    hints: (...parts: string[]) => parts.join(", "),
    /** The power as used, in the description: "Electricity: ¥0.15/kWh May–Oct, …." */
    powerLine: (label: string, words: string) => `${label}: ${words}.`,
  },
  rowPrice: ROW_PRICE_TEXT,
};

export type RigsText = typeof RIGS_TEXT;

export function rigsText(locale: Locale): RigsText {
  return locale === "en" ? RIGS_TEXT : localeTables(locale).rigs;
}

/** The row price's words alone (the page's client reads only these). */
export function rowPriceText(locale: Locale): RigsText["rowPrice"] {
  return locale === "en" ? ROW_PRICE_TEXT : localeTables(locale).rigs.rowPrice;
}
