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
import { Dec, DAYS_PER_MONTH, HUNDRED, ONE, ZERO } from "../core/decimal";
import { addDays, dateParts, dayNumber } from "../core/dates";
import { assert } from "../core/assert";
import type { Scenario } from "../scenario/schema";
import {
  MONTHLY_PRICE_BOUNDS,
  OUTAGE_BOUNDS,
  parseMonthlyPrices,
  parseOutages,
  parsePeakHours,
  peakHoursPerDay,
  type Outage,
} from "../scenario/power";
import type { SideName } from "./day";

const HOURS_PER_DAY = new Dec(24);
const DAYS_PER_YEAR = 365;
const VALIDATED = "a validated scenario's power texts parse";

/** Part of a day: its hours, price per kWh and what it draws, for the whole fleet. */
export interface Tier {
  /** hours / 24 (ONE itself for a whole day). */
  share: Dec;
  hours: Dec;
  pricePerKwh: Dec;
  /** E × share, kWh. */
  energyKwh: Dec;
  /** E × share × price: the tier's power cost when it runs. */
  variable: Dec;
  /** Curtailed hours: the credit earned (E × share × dr) when they would have run; 0 for hours that run. */
  credit: Dec;
  runs: boolean;
  /** The rule: the tier runs when keep × R ≥ this (the fleet's revenue R before the host's share); null: by the sign of the price alone (keep 0). */
  threshold: Dec | null;
}

/** A side's day with some of its tiers on: what it earns and pays. */
export interface DayMode {
  /** Σ share of the running tiers on: the part of the day's BTC and revenue mined. */
  share: Dec;
  energyKwh: Dec;
  energyCost: Dec;
  credit: Dec;
  fixed: Dec;
  /** energyCost + fixed − credit: the day's costs, net of the credit. */
  perDay: Dec;
  negPerDay: Dec;
  /** Some hours ran. */
  running: boolean;
  hoursRun: Dec;
}

/** A side's terms on a stretch of days. */
export interface DayTerms {
  /** An outage: nothing runs. */
  off: boolean;
  fixedPerDay: Dec;
  tiers: readonly Tier[];
  /** Some tier would run (a day that runs none is switched off by the rule, not by an outage or the grid). */
  hasRunning: boolean;
  /** The day's price per kWh outside the peak hours, and in them (null: no peak price). */
  basePrice: Dec;
  peakPrice: Dec | null;
  /** Modes by mask of tiers on (bit i: tier i), filled as met. */
  modes: Map<number, DayMode>;
  /** The tiers' on/off rule from the fleet's revenue, as a mask. */
  maskOf: (fleetRevenue: Dec) => number;
}

/** The mode of a day with fleet revenue `r` (before the host's share). */
export function modeOf(terms: DayTerms, fleetRevenue: Dec): DayMode {
  return modeOfMask(terms, terms.maskOf(fleetRevenue));
}

/** The day with every tier on: day 0 "before the shutdown rule" (spec §3 firstDay). */
export function allOn(terms: DayTerms): DayMode {
  return modeOfMask(terms, terms.off ? 0 : (1 << terms.tiers.length) - 1);
}

function modeOfMask(terms: DayTerms, mask: number): DayMode {
  let mode = terms.modes.get(mask);
  if (mode !== undefined) return mode;
  let share: Dec | null = null;
  let energyKwh: Dec | null = null;
  let energyCost: Dec | null = null;
  let credit = ZERO;
  let hoursRun = ZERO;
  let running = false;
  terms.tiers.forEach((t, i) => {
    if ((mask & (1 << i)) === 0) return;
    if (!t.runs) {
      credit = credit.plus(t.credit);
      return;
    }
    running = true;
    // one whole-day tier keeps its share and costs as they are: the day of spec §2, to the last digit
    share = share === null ? t.share : share.plus(t.share);
    energyKwh = energyKwh === null ? t.energyKwh : energyKwh.plus(t.energyKwh);
    energyCost = energyCost === null ? t.variable : energyCost.plus(t.variable);
    hoursRun = hoursRun.plus(t.hours);
  });
  const fixed = terms.fixedPerDay;
  const cost = energyCost ?? ZERO;
  const perDay = credit.isZero() ? cost.plus(fixed) : cost.plus(fixed).minus(credit);
  mode = {
    share: share ?? ZERO,
    energyKwh: energyKwh ?? ZERO,
    energyCost: cost,
    credit,
    fixed,
    perDay,
    negPerDay: perDay.neg(),
    running,
    hoursRun,
  };
  terms.modes.set(mask, mode);
  return mode;
}

/** A canonical decimal text as a Dec; "0" needs no parse (most of the power fields are 0). */
function dec(text: string): Dec {
  return text === "0" ? ZERO : new Dec(text);
}

/** What a side pays for power, in the scenario's words (parsed once). */
export interface SidePower {
  name: SideName;
  /** Fleet energy of a whole day at the side's uptime and overhead, kWh (E of §2.5). */
  energy: Dec;
  keep: Dec;
  keepsAll: boolean;
  stop: boolean;
  /** Twelve prices January … December, or one for every month. */
  monthly: readonly Dec[] | null;
  flatPrice: Dec | null;
  peakPrice: Dec | null;
  peakHours: number;
  /** Curtailed hours a day, and the credit per kWh not drawn. */
  curtailedHours: Dec;
  creditPerKwh: Dec;
  feePerRigPerMonth: Dec;
  /** Price and fee factor of contract year y: (1 + hesc/100)^y; 1 self-run. */
  escalation: Dec;
}

/** The side's power terms from the scenario; `energy`, `keep`: the side's own (day.ts). */
export function sidePower(s: Scenario, p: { name: SideName; energy: Dec; keep: Dec }): SidePower {
  const self = p.name === "self";
  const monthlyText = self ? s.electricityPriceByMonth : s.hostingPriceByMonth;
  let monthly: Dec[] | null = null;
  if (monthlyText !== undefined) {
    const parsed = parseMonthlyPrices(monthlyText, MONTHLY_PRICE_BOUNDS);
    assert(parsed.ok, VALIDATED);
    monthly = parsed.value;
  }
  const flat = self ? s.electricityPrice : s.hostingPricePerKwh;
  const peakText = self ? s.peakElectricityPrice : s.peakHostingPrice;
  let peakHours = 0;
  if (peakText !== undefined && s.peakHours !== undefined) {
    const parsed = parsePeakHours(s.peakHours);
    assert(parsed.ok, VALIDATED);
    peakHours = peakHoursPerDay(parsed.value);
  }
  const hours = dec(self ? s.demandResponseHours : s.hostedDemandResponseHours);
  const escalation = self ? "0" : s.hostingEscalationPctPerYear;
  return {
    name: p.name,
    energy: p.energy,
    keep: p.keep,
    keepsAll: p.keep.eq(ONE),
    stop: s.shutdownWhenUnprofitable,
    monthly,
    flatPrice: flat === undefined ? null : new Dec(flat),
    peakPrice: peakText === undefined || peakHours === 0 ? null : new Dec(peakText),
    peakHours,
    curtailedHours: hours.isZero() ? ZERO : hours.div(DAYS_PER_MONTH),
    creditPerKwh: dec(self ? s.demandResponseCredit : s.hostedDemandResponseCredit),
    feePerRigPerMonth: dec(self ? s.fixedCostPerRigPerMonth : s.hostingFeePerRigPerMonth),
    escalation: escalation === "0" ? ONE : ONE.plus(new Dec(escalation).div(HUNDRED)),
  };
}

/** The scenario's outages, parsed (none when absent). */
export function outagesOf(s: Scenario): Outage[] {
  if (s.outages === undefined || s.outages === "") return [];
  const parsed = parseOutages(s.outages, OUTAGE_BOUNDS);
  assert(parsed.ok, VALIDATED);
  return parsed.value;
}

/** The calendar month (0 = January) of day d. */
function monthOfDay(startDate: string, day: number): number {
  return dateParts(addDays(startDate, day)).month - 1;
}

function tier(power: SidePower, p: { hours: Dec; price: Dec; runs: boolean; whole: boolean }): Tier {
  const share = p.whole ? ONE : p.hours.div(HOURS_PER_DAY);
  const energyKwh = p.whole ? power.energy : power.energy.times(share);
  // E × price, then the share: the rule's threshold is the same for every part of the day at one price
  const fullDay = power.energy.times(p.price);
  const variable = p.whole ? fullDay : energyKwh.times(p.price);
  let threshold: Dec | null;
  if (power.keep.isZero()) threshold = null;
  else threshold = power.keepsAll ? fullDay : fullDay.div(power.keep);
  return {
    share,
    hours: p.hours,
    pricePerKwh: p.price,
    energyKwh,
    variable,
    credit: p.runs ? ZERO : energyKwh.times(power.creditPerKwh),
    runs: p.runs,
    threshold,
  };
}

/** The terms of a day at these prices (already raised for the contract year), fee per day and outage flag. */
function dayTerms(power: SidePower, p: { base: Dec; peak: Dec | null; fixedPerDay: Dec; off: boolean }): DayTerms {
  const tiers: Tier[] = [];
  if (!p.off && p.peak === null && power.curtailedHours.isZero()) {
    // spec §2's day: one tier of 24 hours
    tiers.push(tier(power, { hours: HOURS_PER_DAY, price: p.base, runs: true, whole: true }));
  } else if (!p.off) {
    const peakHours = new Dec(p.peak === null ? 0 : power.peakHours);
    const curtailed = power.curtailedHours;
    const curtailedPeak = Dec.min(curtailed, peakHours);
    const curtailedOff = curtailed.minus(curtailedPeak);
    const offHours = HOURS_PER_DAY.minus(peakHours);
    const whole = peakHours.isZero() && curtailed.isZero();
    if (p.peak !== null) {
      const runPeak = peakHours.minus(curtailedPeak);
      if (runPeak.gt(0)) tiers.push(tier(power, { hours: runPeak, price: p.peak, runs: true, whole: false }));
      if (curtailedPeak.gt(0)) tiers.push(tier(power, { hours: curtailedPeak, price: p.peak, runs: false, whole: false }));
    }
    const runOff = offHours.minus(curtailedOff);
    if (runOff.gt(0)) tiers.push(tier(power, { hours: runOff, price: p.base, runs: true, whole }));
    if (curtailedOff.gt(0)) tiers.push(tier(power, { hours: curtailedOff, price: p.base, runs: false, whole: false }));
  }
  const { stop } = power;
  const rules = tiers.map((t) => {
    if (!stop) return () => true;
    const threshold = t.threshold;
    if (threshold === null) {
      // no revenue kept (a host keeping every coin, or an uptime of 0): the hours run only while their power costs nothing
      const on = power.energy.times(t.pricePerKwh).lte(0);
      return () => on;
    }
    return (r: Dec) => r.gte(threshold);
  });
  const full = (1 << tiers.length) - 1;
  const single = rules.length === 1 ? rules[0] : undefined;
  const maskOf =
    tiers.length === 0
      ? () => 0
      : !stop
        ? () => full
        : single
          ? (r: Dec) => (single(r) ? 1 : 0)
          : (r: Dec) => {
              let mask = 0;
              for (let i = 0; i < rules.length; i++) if (rules[i]?.(r)) mask |= 1 << i;
              return mask;
            };
  return {
    off: p.off,
    fixedPerDay: p.fixedPerDay,
    tiers,
    hasRunning: tiers.some((t) => t.runs),
    basePrice: p.base,
    peakPrice: p.peak,
    modes: new Map(),
    maskOf,
  };
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

/** The horizon's outage spans as day ranges [from, to], clipped to the horizon; empty ones dropped. */
export function outageDays(s: Scenario): { from: number; to: number; costPerRig: Dec }[] {
  if (s.outages === undefined || s.outages === "") return [];
  const start = dayNumber(s.startDate);
  assert(start !== null, VALIDATED);
  const out: { from: number; to: number; costPerRig: Dec }[] = [];
  for (const o of outagesOf(s)) {
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
  const peakShare = power.peakPrice === null ? ZERO : new Dec(power.peakHours).div(HOURS_PER_DAY);
  const dayPrice = power.peakPrice === null ? base : base.times(ONE.minus(peakShare)).plus(power.peakPrice.times(peakShare));
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
): { plan: PowerPlan; terms: Map<SideName, TermsPlan> } {
  const h = s.horizonDays;
  const outages = outageDays(s);
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
      const key = `${year}|${month}|${off ? 1 : 0}`;
      let t = cache.get(key);
      if (t === undefined) {
        const factor = year === 0 ? ONE : power.escalation.pow(year);
        const raise = (x: Dec) => (year === 0 ? x : x.times(factor));
        const base = power.monthly ? (power.monthly[month] ?? ZERO) : (power.flatPrice ?? ZERO);
        const fee = raise(power.feePerRigPerMonth);
        t = dayTerms(power, {
          base: raise(base),
          peak: power.peakPrice === null ? null : raise(power.peakPrice),
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
export function oneOffsOf(s: Scenario, p: { name: SideName; deposit: Dec }): OneOffs {
  const byDay = new Map<number, Dec>();
  const add = (day: number, amount: Dec) => {
    if (amount.isZero()) return;
    const before = byDay.get(day);
    byDay.set(day, before === undefined ? amount : before.plus(amount));
  };
  let outageCost = ZERO;
  const outages = outageDays(s);
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
