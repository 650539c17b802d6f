/**
 * Power as miners buy it (issue 16): what a side pays for its power, day by day, and which hours of
 * a day run. A side's terms change only at a few days (a month whose price differs from the one
 * before, a contract anniversary, an outage's edges, a day with a one-off payment); between them
 * they are one `DayTerms`, shared by the runs of runs.ts, so the fast path stays one step a run.
 *
 * The day (power design): its hours split into tiers, each with its hours and price per kWh: the
 * peak hours at the peak price (kwhp, hkwhp), the rest at the day's price (kwh, or the month's kwhm;
 * hosted: hkwh, hkwhm, raised by hesc at each anniversary). Curtailed hours (drh / 30.4375 a day,
 * peak hours first) are tiers that do not run and earn dr per kWh not drawn. With stop=1 a tier runs
 * (or earns its credit) only when its revenue covers its power: keep × R × h/24 ≥ E × h/24 × price,
 * i.e. keep × R ≥ E × price; with stop=0 every tier does. An outage day runs no tier; its fixed cost
 * is paid. With no peak price and no curtailment a day is one tier of 24 hours: spec §2 exactly.
 */
import { Dec, DAYS_PER_MONTH, ONE, ZERO } from "../core/decimal";
import { addDays, dateParts, dayNumber } from "../core/dates";
import { assert } from "../core/assert";
import type { Scenario } from "../scenario/schema";
import type { Outage } from "../scenario/power";
import type { PowerTerms } from "../scenario/power-terms";
import type { SideName } from "./day";
import type { DayTerms } from "./one-day";
import { dayTerms, HOURS_PER_DAY, type SidePower } from "./tiers";

const DAYS_PER_YEAR = 365;
const VALIDATED = "a validated scenario's start date is a day";

/** The calendar month (0 = January) of day d. */
function monthOfDay(startDate: string, day: number): number {
  return dateParts(addDays(startDate, day)).month - 1;
}

/**
 * Whether day d of a scenario starting on `startDate` is a Saturday or a Sunday (day numbers count
 * from Thursday 1 January 1970: (n + 4) mod 7 is 0 on a Sunday, 6 on a Saturday).
 * Example: weekendDay("2024-01-01", 5) = true (Saturday 6 January 2024); weekendDay("2024-01-01", 7) = false.
 */
export function weekendDay(startDate: string, day: number): boolean {
  const start = dayNumber(startDate);
  assert(start !== null, VALIDATED);
  return weekendOf(start + day);
}

/** Whether day number n (days since 1970-01-01) is a Saturday or a Sunday. */
function weekendOf(n: number): boolean {
  const weekday = (((n + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Whether a side pays its peak price on day d: it has one, and the day is a weekday when the peak is weekdays only. */
function peakOn(s: Scenario, power: SidePower, day: number): boolean {
  return power.peakPrice !== null && (!power.peakWeekdaysOnly || !weekendDay(s.startDate, day));
}

/** A side's terms over the horizon: a stretch of days from each cut on. */
export interface TermsPlan {
  /** First day of each stretch, ascending, starting with 0. */
  starts: readonly number[];
  terms: readonly DayTerms[];
  /** Day 0's terms as if no outage: the day-0 figures of spec §3 (first day, break-even price, shutdown coin price). */
  dayZero: DayTerms;
}

/** One-off payments of a side, by day (positive: paid), and the deposit paid with the rigs. */
export interface OneOffs {
  byDay: Map<number, Dec>;
  deposit: Dec;
  outageCost: Dec;
  exitFee: Dec;
}

/** The whole power plan of a scenario: where runs must be cut, and each side's terms and one-offs. */
export interface PowerPlan {
  /** Days (1 … horizon − 1) where some side's terms change or a one-off falls: a run starts there. */
  cuts: readonly number[];
  /** True when the plan is spec §2's flat day for every side (no cut, no one-off, one whole-day tier). */
  plain: boolean;
  outageDays: (day: number) => boolean;
}

/** The horizon's outage spans (parsed, power-terms.ts) as day ranges [from, to], clipped to the horizon; empty ones dropped. */
export function outageDays(s: Scenario, outages: readonly Outage[]): { from: number; to: number; costPerRig: Dec }[] {
  if (outages.length === 0) return [];
  const start = dayNumber(s.startDate);
  assert(start !== null, VALIDATED);
  const out: { from: number; to: number; costPerRig: Dec }[] = [];
  for (const o of outages) {
    const a = (dayNumber(o.from) ?? 0) - start;
    const b = (dayNumber(o.to) ?? 0) - start;
    if (b < 0 || a >= s.horizonDays) continue;
    out.push({ from: Math.max(0, a), to: Math.min(s.horizonDays - 1, b), costPerRig: o.costPerRig });
  }
  return out;
}

/** The hosted deposit (hdep months of the bill at day-0 figures, full uptime), the fleet's, ≥ 0. */
export function hostingDeposit(s: Scenario, power: SidePower, fullUptimeEnergy: Dec): Dec {
  const months = new Dec(s.hostingDepositMonths);
  if (months.isZero()) return ZERO;
  const base = power.monthly ? (power.monthly[monthOfDay(s.startDate, 0)] ?? ZERO) : (power.flatPrice ?? ZERO);
  // day 0's price: the peak hours' share at the peak price when day 0 pays it (a weekday, or every day)
  const peak = peakOn(s, power, 0) ? power.peakPrice : null;
  const peakShare = peak === null ? ZERO : new Dec(power.peakHours).div(HOURS_PER_DAY);
  const dayPrice = peak === null ? base : base.times(ONE.minus(peakShare)).plus(peak.times(peakShare));
  const n = new Dec(s.rigCount);
  const bill = n.times(power.feePerRigPerMonth).plus(fullUptimeEnergy.times(DAYS_PER_MONTH).times(dayPrice));
  return Dec.max(ZERO, bill.times(months));
}

/** Days where a side's monthly price changes from the day before, the contract anniversaries and the outage edges. */
function sideCuts(s: Scenario, power: SidePower, outages: readonly { from: number; to: number }[], into: Set<number>): void {
  const h = s.horizonDays;
  if (power.monthly) {
    const prices = power.monthly;
    const start = dateParts(s.startDate);
    // the first day of each month after the start month
    let year = start.year;
    let month = start.month; // 1-based, the month of day 0
    const day0 = dayNumber(s.startDate) ?? 0;
    for (;;) {
      const prev = month - 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
      const first = dayNumber(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`);
      if (first === null) break;
      const d = first - day0;
      if (d >= h) break;
      const before = prices[prev];
      const after = prices[month - 1];
      if (before && after && !before.eq(after)) into.add(d);
    }
  }
  if (!power.escalation.eq(ONE)) for (let d = DAYS_PER_YEAR; d < h; d += DAYS_PER_YEAR) into.add(d);
  // a weekday-only peak: the terms change on each Saturday and each Monday
  if (power.peakPrice !== null && power.peakWeekdaysOnly) {
    const day0 = dayNumber(s.startDate);
    assert(day0 !== null, VALIDATED);
    for (let d = 1; d < h; d++) if (weekendOf(day0 + d) !== weekendOf(day0 + d - 1)) into.add(d);
  }
  for (const o of outages) {
    if (o.from > 0) into.add(o.from);
    if (o.to + 1 < h) into.add(o.to + 1);
  }
}

/**
 * Builds each side's terms and one-offs and the run cuts.
 * Example: the S9 of 15 January 2018 with kwhm of a wet season May … October: cuts on the days of
 * 1 May (106) and 1 November (290) of each year, none where two months share a price.
 */
export function powerPlan(
  s: Scenario,
  sides: readonly { power: SidePower; oneOffs: OneOffs }[],
  lists: PowerTerms,
): { plan: PowerPlan; terms: Map<SideName, TermsPlan> } {
  const h = s.horizonDays;
  const outages = outageDays(s, lists.outages);
  const cuts = new Set<number>();
  for (const { power, oneOffs } of sides) {
    sideCuts(s, power, outages, cuts);
    for (const day of oneOffs.byDay.keys()) {
      if (day > 0) cuts.add(day);
      if (day + 1 < h) cuts.add(day + 1);
    }
  }
  const sorted = [...cuts].filter((d) => d > 0 && d < h).sort((a, b) => a - b);
  const starts = [0, ...sorted];
  const isOutage = (day: number) => outages.some((o) => day >= o.from && day <= o.to);
  const terms = new Map<SideName, TermsPlan>();
  let plain = sorted.length === 0 && outages.length === 0;
  for (const { power, oneOffs } of sides) {
    if (oneOffs.byDay.size > 0) plain = false;
    const cache = new Map<string, DayTerms>();
    const n = new Dec(s.rigCount);
    const termsOf = (day: number, off: boolean): DayTerms => {
      const year = power.escalation.eq(ONE) ? 0 : Math.floor(day / DAYS_PER_YEAR);
      const month = power.monthly ? monthOfDay(s.startDate, day) : 0;
      const peakToday = peakOn(s, power, day);
      const key = `${year}|${month}|${off ? 1 : 0}|${peakToday ? 1 : 0}`;
      let t = cache.get(key);
      if (t === undefined) {
        const factor = year === 0 ? ONE : power.escalation.pow(year);
        const raise = (x: Dec) => (year === 0 ? x : x.times(factor));
        const base = power.monthly ? (power.monthly[month] ?? ZERO) : (power.flatPrice ?? ZERO);
        const fee = raise(power.feePerRigPerMonth);
        t = dayTerms(power, {
          base: raise(base),
          peak: power.peakPrice === null || !peakToday ? null : raise(power.peakPrice),
          fixedPerDay: n.times(fee).div(DAYS_PER_MONTH),
          off,
        });
        cache.set(key, t);
      }
      return t;
    };
    const list = starts.map((day) => termsOf(day, isOutage(day)));
    const dayZero = termsOf(0, false);
    if (dayZero.tiers.length !== 1 || dayZero.tiers[0]?.share !== ONE) plain = false;
    terms.set(power.name, { starts, terms: list, dayZero });
  }
  return { plan: { cuts: sorted, plain, outageDays: isOutage }, terms };
}

/** The one-offs of a side: outage costs on their first day in the horizon; hosted, the exit fee and the deposit's return on the last day. */
export function oneOffsOf(s: Scenario, p: { name: SideName; deposit: Dec; lists: PowerTerms }): OneOffs {
  const byDay = new Map<number, Dec>();
  const add = (day: number, amount: Dec) => {
    if (amount.isZero()) return;
    const before = byDay.get(day);
    byDay.set(day, before === undefined ? amount : before.plus(amount));
  };
  let outageCost = ZERO;
  const outages = outageDays(s, p.lists.outages);
  if (outages.length === 0 && p.name === "self") return { byDay, deposit: p.deposit, outageCost, exitFee: ZERO };
  const n = new Dec(s.rigCount);
  for (const o of outages) {
    const cost = n.times(o.costPerRig);
    outageCost = outageCost.plus(cost);
    add(o.from, cost);
  }
  let exitFee = ZERO;
  if (p.name === "hosted") {
    const last = s.horizonDays - 1;
    // the minimum term in days: hmin × 30.4375; a horizon shorter than it leaves the contract early
    if (s.hostingMinimumMonths > 0 && s.hostingExitFeePerRig !== "0" && s.horizonDays < s.hostingMinimumMonths * 30.4375)
      exitFee = n.times(s.hostingExitFeePerRig);
    add(last, exitFee);
    add(last, p.deposit.neg());
  }
  return { byDay, deposit: p.deposit, outageCost, exitFee };
}

/** Looks up a side's terms day by day, for days met in ascending order (a pointer, no search). */
export class TermsCursor {
  private i = 0;
  constructor(private readonly plan: TermsPlan) {}
  at(day: number): DayTerms {
    const { starts, terms } = this.plan;
    if (day < (starts[this.i] ?? 0)) this.i = 0;
    while (this.i + 1 < starts.length && (starts[this.i + 1] ?? Infinity) <= day) this.i++;
    const t = terms[this.i];
    assert(t !== undefined, "a side's terms cover every day");
    return t;
  }
}
