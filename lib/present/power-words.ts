/**
 * The power a side pays, in words, as the engine uses it (issue 16's terms): one price, or a price
 * by the month ("¥0.15/kWh May–Oct, ¥0.25 Nov–Apr"), the peak price and its hours ("¥0.40 from
 * 08:00 to 11:00 and 18:00 to 22:00"), the hours curtailed for the grid and their credit, and for
 * a host its fee, share, yearly rise, uptime, term and deposit; and the outages within the horizon.
 * The lists are read by their codecs (lib/scenario/power.ts), never parsed again here. What the
 * engine ignores is not said: a peak price without peak hours, curtailed hours of 0, an outage
 * outside the horizon, the flat price when prices by the month replace it.
 */
import { Dec } from "../core/decimal";
import { addDays } from "../core/dates";
import type { Scenario } from "../scenario/schema";
import type { SideName } from "../engine/simulate";
import { parseMonthlyPrices, parseOutages, parsePeakHours, peakHoursPerDay, type HourSpan } from "../scenario/power";
import { clockHour, FORMATTERS } from "./format";
import { rigsText } from "./rigs-text";
import type { Locale } from "../i18n/locale";

/** A price per kWh with the places it has, two to six: ¥0.25, $0.0725, −¥0.05, ¥0.285. */
export function kwhPriceText(value: Dec, currency: string, locale: Locale): string {
  const places = Math.min(6, Math.max(2, value.decimalPlaces()));
  return FORMATTERS[locale].money(value.toFixed(), currency, places);
}

/** An amount as a contract states it: whole amounts without cents (¥50, ¥300), others with them (¥49.50). */
function moneyText(value: Dec, currency: string, locale: Locale): string {
  return FORMATTERS[locale].money(value.toFixed(), currency, value.isInteger() ? 0 : 2);
}

/** A run of months with one price, 1-based and inclusive; `last < first` wraps the new year (11 … 4). */
export interface MonthRun {
  first: number;
  last: number;
  price: Dec;
}

/**
 * Twelve prices as runs of equal consecutive months, read round the year (December runs into
 * January), each starting where the price changes; empty when all twelve are one price.
 * Example: 0.25 ×4, 0.15 ×6, 0.25 ×2 → [May–Oct 0.15, Nov–Apr 0.25].
 */
export function monthRuns(prices: readonly Dec[]): MonthRun[] {
  const n = prices.length;
  const at = (i: number): Dec => prices[((i % n) + n) % n] ?? new Dec(0);
  const start = prices.findIndex((p, i) => !p.eq(at(i - 1)));
  if (start < 0) return [];
  const runs: MonthRun[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const last = runs[runs.length - 1];
    if (k > 0 && last && at(i).eq(last.price)) last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, price: at(i) });
  }
  return runs.sort((a, b) => a.first - b.first);
}

/** What a side's power terms are made of, read from the scenario through the codecs. */
export interface SideTerms {
  /** The one price a day's hours pay outside the peak, when it does not change with the month. */
  flat: Dec | null;
  /** The months' runs when the price changes with the month (kwhm, hkwhm). */
  months: MonthRun[];
  /** The peak price and its spans, when both are given (the engine uses neither alone); `weekdays`: Monday to Friday only. */
  peak: { price: Dec; spans: HourSpan[]; hours: number; weekdays: boolean } | null;
  /** Hours a month curtailed for the grid, and the credit per kWh not drawn (0: unpaid). */
  curtailed: { hours: Dec; credit: Dec } | null;
}

/** A side's power terms as the engine reads them (lib/engine/tiers.ts sidePower). */
export function sideTerms(s: Scenario, side: SideName): SideTerms {
  const self = side === "self";
  const monthlyText = self ? s.electricityPriceByMonth : s.hostingPriceByMonth;
  const flatText = self ? s.electricityPrice : s.hostingPricePerKwh;
  const monthly = monthlyText === undefined ? null : parseMonthlyPrices(monthlyText);
  let flat: Dec | null = flatText === undefined ? null : new Dec(flatText);
  let months: MonthRun[] = [];
  if (monthly?.ok) {
    months = monthRuns(monthly.value);
    // twelve equal prices are one price
    flat = months.length === 0 ? (monthly.value[0] ?? flat) : null;
  }
  const peakText = self ? s.peakElectricityPrice : s.peakHostingPrice;
  const spans = s.peakHours === undefined ? null : parsePeakHours(s.peakHours);
  const peak =
    peakText !== undefined && spans?.ok && spans.value.length > 0
      ? { price: new Dec(peakText), spans: spans.value, hours: peakHoursPerDay(spans.value), weekdays: s.peakDays === "weekdays" }
      : null;
  const hours = new Dec(self ? s.demandResponseHours : s.hostedDemandResponseHours);
  const credit = new Dec(self ? s.demandResponseCredit : s.hostedDemandResponseCredit);
  return { flat, months, peak, curtailed: hours.gt(0) ? { hours, credit } : null };
}

/** Whether a side pays more than one price (by the month or at peak hours) or is curtailed. */
export function termsVary(t: SideTerms): boolean {
  return t.months.length > 0 || t.peak !== null || t.curtailed !== null;
}

/** The price part: "¥0.30/kWh" or "¥0.15/kWh May–Oct, ¥0.25 Nov–Apr", then the peak. */
function priceWords(t: SideTerms, currency: string, locale: Locale): string[] {
  const w = rigsText(locale).schedule;
  const price = (d: Dec) => kwhPriceText(d, currency, locale);
  // a peak all day every day: the other price is never paid (weekdays only: it is, at weekends)
  if (t.peak && t.peak.hours >= 24 && !t.peak.weekdays) return [w.peakAllDay(w.perKwh(price(t.peak.price)))];
  const parts: string[] = [];
  if (t.months.length > 0) {
    // one entry per price, its runs in the order of the year
    const groups: { price: Dec; runs: MonthRun[] }[] = [];
    for (const run of t.months) {
      const group = groups.find((g) => g.price.eq(run.price));
      if (group) group.runs.push(run);
      else groups.push({ price: run.price, runs: [run] });
    }
    parts.push(
      w.groups(groups.map((g, i) => w.monthPrice(price(g.price), w.andList(g.runs.map((r) => w.monthSpan(r.first, r.last))), i === 0))),
    );
  } else if (t.flat !== null) parts.push(w.perKwh(price(t.flat)));
  if (t.peak) {
    const spans = [...t.peak.spans].sort((a, b) => a.start - b.start).map((sp) => ({ from: clockHour(sp.start), to: clockHour(sp.end) }));
    const peakPrice = price(t.peak.price);
    const shown = parts.length === 0 ? w.perKwh(peakPrice) : peakPrice;
    parts.push(t.peak.hours >= 24 ? w.peakAllDay(shown, true) : w.peak(shown, spans, t.peak.weekdays));
  }
  return parts;
}

/**
 * A side's power in words, as the engine uses it. Self-run: the price (or prices by the month), the
 * peak price and hours, the curtailment. Hosted: the same for the host's prices, then the monthly fee,
 * the host's share of the BTC, the yearly rise, the host's uptime, the minimum term and the deposit.
 * Example (en): kwhm 0.25 ×4, 0.15 ×6, 0.25 ×2, kwhp 0.4, peak 8-11,18-22 in yuan →
 * "¥0.15/kWh May–Oct, ¥0.25 Nov–Apr; ¥0.40 from 08:00 to 11:00 and 18:00 to 22:00".
 */
export function powerWords(s: Scenario, side: SideName, locale: Locale): string {
  const w = rigsText(locale).schedule;
  const f = FORMATTERS[locale];
  const cur = s.currency;
  const t = sideTerms(s, side);
  const fee = side === "hosted" ? new Dec(s.hostingFeePerRigPerMonth) : new Dec(0);
  const feeText = moneyText(new Dec(s.hostingFeePerRigPerMonth), cur, locale);
  // a flat monthly fee with free power (the 2018 offer) reads as the fee, not as ¥0.00/kWh
  const feeOnly = fee.gt(0) && t.months.length === 0 && t.peak === null && t.flat !== null && t.flat.isZero();
  const parts = feeOnly ? [w.feeOnly(feeText)] : priceWords(t, cur, locale);
  if (t.curtailed) {
    const credit = t.curtailed.credit.gt(0) ? kwhPriceText(t.curtailed.credit, cur, locale) : null;
    parts.push(w.curtailed(f.number(t.curtailed.hours.toFixed(), 2), t.peak !== null, credit));
  }
  if (side === "hosted") {
    if (fee.gt(0) && !feeOnly) parts.push(w.hostingFee(feeText));
    const share = new Dec(s.revenueSharePct);
    if (share.gt(0)) parts.push(w.hostShare(f.number(s.revenueSharePct, 2)));
    const rise = new Dec(s.hostingEscalationPctPerYear);
    if (!rise.isZero()) parts.push(w.escalation(f.number(rise.abs().toFixed(), 2), rise.gt(0)));
    if (s.hostingUptimePct !== undefined) parts.push(w.hostUptime(f.number(s.hostingUptimePct, 2)));
    if (s.hostingMinimumMonths > 0) {
      const exit = new Dec(s.hostingExitFeePerRig);
      parts.push(w.minimumTerm(f.number(s.hostingMinimumMonths, 0), exit.gt(0) ? moneyText(exit, cur, locale) : null));
    }
    if (new Dec(s.hostingDepositMonths).gt(0)) parts.push(w.deposit(f.number(s.hostingDepositMonths, 2)));
  }
  return w.parts(parts);
}

/**
 * The outages within the horizon, in words ("20 Jun 2021 to 30 Nov 2021, ¥800 a rig"), or null when
 * none falls within it (the engine skips those).
 */
export function outageWords(s: Scenario, locale: Locale): string | null {
  if (s.outages === undefined || s.outages === "") return null;
  const parsed = parseOutages(s.outages);
  if (!parsed.ok) return null;
  const w = rigsText(locale).schedule;
  const f = FORMATTERS[locale];
  const first = s.startDate;
  const last = addDays(s.startDate, s.horizonDays - 1);
  const within = parsed.value.filter((o) => o.to >= first && o.from <= last);
  if (within.length === 0) return null;
  return w.parts(
    within.map((o) =>
      w.outage(f.shortDate(o.from), f.shortDate(o.to), o.costPerRig.gt(0) ? moneyText(o.costPerRig, s.currency, locale) : null),
    ),
  );
}

/** The lowest and highest price per kWh a side pays (its months' and its peak's), for a figure that has room for one line. */
export function priceSpan(t: SideTerms): { low: Dec; high: Dec } | null {
  const prices = [...t.months.map((r) => r.price), ...(t.flat !== null ? [t.flat] : []), ...(t.peak ? [t.peak.price] : [])];
  if (prices.length === 0) return null;
  return { low: Dec.min(...prices), high: Dec.max(...prices) };
}
