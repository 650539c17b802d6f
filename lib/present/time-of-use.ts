/**
 * Time of use in a miner's words: "¥0.50/kWh from 07:00 to 11:00 and 19:00 to 23:00, ¥0.30/kWh the
 * other hours" (a weekday-only peak: "… from 16:00 to 19:00 on weekdays, …"). One sentence per side,
 * for the form (beside the power price), `/rigs` and the preview.
 * The hours are the parsed peak spans (lib/scenario/power.ts); prices are shown as typed, at least
 * two places (0.3 → ¥0.30, 0.285 → ¥0.285).
 */
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { formatPeakHours, parsePeakHours, readHourSpan, spanHours, type HourSpan } from "../scenario/power";
import type { Locale } from "../i18n/locale";
import { clockHour } from "./format";
import { kwhPriceText } from "./power-words";

export interface TimeOfUse {
  /** The peak hours, sorted by start. */
  spans: readonly HourSpan[];
  /** The price in the peak hours, per kWh. */
  peak: Dec;
  /** The price the other hours pay, when one flat price; null when it is the month's price (or unknown). */
  other: Dec | null;
  /** The other hours pay each month's own price (kwhm / hkwhm). */
  byMonth: boolean;
  /** The peak hours apply Monday to Friday only (peakdays=weekdays). */
  weekdays: boolean;
  currency: string;
}

/** A side's time of use, or null when it has none (no peak price, or no peak hours). */
export function timeOfUseOf(s: Scenario, side: "self" | "hosted"): TimeOfUse | null {
  const peak = side === "self" ? s.peakElectricityPrice : s.peakHostingPrice;
  if (peak === undefined || s.peakHours === undefined) return null;
  const hours = parsePeakHours(s.peakHours);
  if (!hours.ok || hours.value.length === 0) return null;
  const byMonth = (side === "self" ? s.electricityPriceByMonth : s.hostingPriceByMonth) !== undefined;
  const flat = side === "self" ? s.electricityPrice : s.hostingPricePerKwh;
  return {
    spans: hours.value,
    peak: new Dec(peak),
    other: byMonth || flat === undefined ? null : new Dec(flat),
    byMonth,
    weekdays: s.peakDays === "weekdays",
    currency: s.currency,
  };
}

/** A price per kWh as typed, at least two places and at most six, with its unit: 0.3 → "¥0.30/kWh". */
export function kwhPrice(value: Dec, currency: string, locale: Locale): string {
  return `${kwhPriceText(value, currency, locale)}/kWh`;
}

/** Peak hours as words: "07:00 to 11:00 and 19:00 to 23:00"; Chinese "07:00–11:00、19:00–23:00". */
export function hoursInWords(spans: readonly HourSpan[], locale: Locale): string {
  const parts = spans.map((s) =>
    locale === "zh" ? `${clockHour(s.start)}–${clockHour(s.end)}` : `${clockHour(s.start)} to ${clockHour(s.end)}`,
  );
  if (locale === "zh") return parts.join("、");
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** The peak hours and their days: "16:00 to 19:00 on weekdays"; Chinese "工作日 16:00–19:00". */
export function peakWhenInWords(spans: readonly HourSpan[], weekdays: boolean, locale: Locale): string {
  const hours = hoursInWords(spans, locale);
  if (!weekdays) return hours;
  return locale === "zh" ? `工作日 ${hours}` : `${hours} on weekdays`;
}

/**
 * The sentence: "¥0.50/kWh from 07:00 to 11:00 and 19:00 to 23:00, ¥0.30/kWh the other hours." With
 * prices by the month: "…, that month's price the other hours." Chinese: "07:00–11:00、19:00–23:00
 * ¥0.50/kWh，其余时段 ¥0.30/kWh。" A weekday-only peak: "¥0.50/kWh from 16:00 to 19:00 on weekdays,
 * ¥0.30/kWh the other hours."; "工作日 16:00–19:00 ¥0.50/kWh，其余时段 ¥0.30/kWh。"
 */
export function timeOfUseText(t: TimeOfUse, locale: Locale): string {
  const peak = kwhPrice(t.peak, t.currency, locale);
  const hours = peakWhenInWords(t.spans, t.weekdays, locale);
  if (locale === "zh") {
    const other = t.other !== null ? kwhPrice(t.other, t.currency, locale) : t.byMonth ? "按当月电价" : "按电价";
    return `${hours} ${peak}，其余时段${t.other !== null ? " " : ""}${other}。`;
  }
  const other = t.other !== null ? kwhPrice(t.other, t.currency, locale) : t.byMonth ? "that month's price" : "the power price";
  return `${peak} from ${hours}, ${other} the other hours.`;
}

/**
 * The peak hours and days a one-tap choice sets, by its id (sources in data/README.md, "Time-of-use
 * shapes"): `peakDays` is the text of the days' field, "" for every day.
 */
export const TIME_OF_USE_CHOICES = {
  /** The valley hours 23:00–07:00 cheaper: every other hour pays the dearer price. */
  nights: { peakHours: "7-23", peakDays: "" },
  /** Two peaks a day, 07:00–11:00 and 19:00–23:00, dearer than the rest. */
  peaks: { peakHours: "7-11,19-23", peakDays: "" },
  /** A weekday afternoon peak, 16:00–19:00 Monday to Friday; weekends pay the other price all day. */
  weekdays: { peakHours: "16-19", peakDays: "weekdays" },
} as const;
export type TimeOfUseChoice = keyof typeof TIME_OF_USE_CHOICES;

/** Which one-tap choice a peak-hours text (its spans, in any order) and days text are, if any. */
export function timeOfUseChoiceOf(text: string, days = ""): TimeOfUseChoice | null {
  const spans: HourSpan[] = [];
  for (const piece of text.split(",").map((p) => p.trim())) {
    if (piece === "") continue;
    const read = readHourSpan(piece);
    if (!read.ok) return null;
    spans.push(read.span);
  }
  if (spans.length === 0) return null;
  const canonical = formatPeakHours(spans);
  for (const [id, choice] of Object.entries(TIME_OF_USE_CHOICES))
    if (choice.peakHours === canonical && choice.peakDays === days.trim()) return id as TimeOfUseChoice;
  return null;
}

/** Hours a day in the peak spans (for "7 hours a day"). */
export function peakHoursADay(spans: readonly HourSpan[]): number {
  return spans.reduce((n, s) => n + spanHours(s), 0);
}

/** A side's time of use as the form holds it: the texts typed so far (a link's values). */
export interface TimeOfUseTexts {
  peakHours: string;
  /** The peak days typed ("weekdays", or empty for every day). */
  peakDays: string;
  /** The peak price typed (kwhp / hkwhp). */
  peak: string;
  /** The flat price typed (kwh / hkwh). */
  flat: string;
  /** The prices by the month typed (kwhm / hkwhm), empty when none. */
  months: string;
  currency: string;
}

/** What the form says of a side's time of use. */
export interface TimeOfUseForm {
  /** The sentence, when the hours and the peak price read. */
  sentence: string | null;
  /** The peak hours in words with their days, when they read ("07:00 to 23:00", "16:00 to 19:00 on weekdays"). */
  hours: string | null;
  /** The one-tap choice the hours are, if any. */
  choice: TimeOfUseChoice | null;
  /** The peak price equals the other hours' price: the answer is as without time of use yet. */
  samePrices: boolean;
  /** The price a one-tap choice copies into the peak price: the one typed, else the flat price. */
  copyPrice: string;
}

function typedDecimal(text: string): Dec | null {
  const t = text.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? new Dec(t) : null;
}

/** Reads a side's time-of-use texts for the form; texts that do not read give no sentence (their field names the problem). */
export function timeOfUseForm(t: TimeOfUseTexts, locale: Locale): TimeOfUseForm {
  const hoursText = t.peakHours.trim();
  const read = hoursText === "" ? null : parsePeakHours(hoursText);
  const spans = read?.ok === true && read.value.length > 0 ? read.value : null;
  const byMonth = t.months.trim() !== "";
  const peak = typedDecimal(t.peak);
  const other = byMonth ? null : typedDecimal(t.flat);
  const weekdays = t.peakDays.trim() === "weekdays";
  return {
    sentence:
      spans !== null && peak !== null ? timeOfUseText({ spans, peak, other, byMonth, weekdays, currency: t.currency }, locale) : null,
    hours: spans === null ? null : peakWhenInWords(spans, weekdays, locale),
    choice: spans === null ? null : timeOfUseChoiceOf(hoursText, t.peakDays),
    samePrices: peak !== null && other !== null && peak.eq(other),
    copyPrice: t.peak.trim() || (byMonth ? "" : t.flat.trim()),
  };
}

/** The time-of-use line's words, in both languages (loaded with the line, not in the page's first load). */
export const TIME_OF_USE_WORDS = {
  en: {
    title: "Time of use",
    none: "one price all day. Cheaper hours, or dearer ones, one tap away:",
    noPrice: "the peak hours are set, this side has no peak price yet.",
    change: "Change",
    typeNight: (hours: string) =>
      `Both prices are the same so far: type the cheaper night price as the power price above (the hours ${hours} keep the price typed before).`,
    typePeak: (hours: string) => `Both prices are the same so far: type the dearer price for ${hours} as the peak price.`,
    sameHours: (hours: string) => `A peak price for ${hours}`,
    choices: {
      nights: { label: "Cheap nights", detail: "23:00 to 07:00 at a cheaper night price" },
      peaks: { label: "Two peaks", detail: "07:00 to 11:00 and 19:00 to 23:00 at a dearer price" },
      weekdays: { label: "Weekday peak", detail: "16:00 to 19:00 Monday to Friday at a dearer price, weekends at the other price" },
    },
    weekdaysOnly: "Weekdays only",
    weekdaysOnlyDetail: "Monday to Friday; Saturday and Sunday pay the other price all day",
    /** After the hour strip's count, with the weekday-only box ticked. */
    stripDays: "Peak on weekdays only; Saturday and Sunday off-peak all day.",
  },
  zh: {
    title: "峰谷电价",
    none: "全天一个电价。夜间便宜或白天有峰时，点一下即可设置：",
    noPrice: "峰时段已设置，这一方还没有峰时电价。",
    change: "修改",
    typeNight: (hours: string) => `目前两个电价相同：请在上方电价中填入更便宜的夜间（谷时）电价（${hours} 保持原来填的电价）。`,
    typePeak: (hours: string) => `目前两个电价相同：请在峰时电价中填入 ${hours} 更贵的电价。`,
    sameHours: (hours: string) => `为 ${hours} 设峰时电价`,
    choices: {
      nights: { label: "夜间电价便宜", detail: "23:00–07:00 按更便宜的夜间电价" },
      peaks: { label: "每天两个高峰", detail: "07:00–11:00、19:00–23:00 按更贵的峰时电价" },
      weekdays: { label: "工作日高峰", detail: "周一至周五 16:00–19:00 按更贵的峰时电价，周末按其余时段电价" },
    },
    weekdaysOnly: "仅工作日",
    weekdaysOnlyDetail: "周一至周五；周六、周日全天按其余时段电价",
    stripDays: "峰时段仅限工作日；周六、周日全天谷时。",
  },
} satisfies Record<Locale, unknown>;
