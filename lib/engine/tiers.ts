/**
 * What a side pays for its power (issue 16), in the scenario's words, and the tiers of hours of a
 * day at given prices: the peak hours at the peak price (kwhp, hkwhp), the rest at the day's price
 * (kwh, or the month's kwhm; hosted: hkwh, hkwhm, raised by hesc at each anniversary); curtailed
 * hours (drh / 30.4375 a day, peak hours first) are tiers that do not run and earn dr per kWh not
 * drawn. Each tier carries the shutdown rule of one-day.ts. With no peak price and no curtailment
 * a day is one tier of 24 hours: spec §2 exactly.
 */
import { Dec, DAYS_PER_MONTH, HUNDRED, ONE, ZERO } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import type { SideName } from "./day";
import { runsFrom, runsTest, type DayTerms, type Tier } from "./one-day";

export const HOURS_PER_DAY = new Dec(24);

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
  /** The peak hours apply Monday to Friday only (peakdays=weekdays): Saturdays and Sundays pay the day's price all day. */
  peakWeekdaysOnly: boolean;
  /** Curtailed hours a day, and the credit per kWh not drawn. */
  curtailedHours: Dec;
  creditPerKwh: Dec;
  feePerRigPerMonth: Dec;
  /** Price and fee factor of contract year y: (1 + hesc/100)^y; 1 self-run. */
  escalation: Dec;
}

/**
 * The side's power terms from the scenario and its parsed power lists (`lists`); `energy`, `keep`:
 * the side's own (day.ts).
 */
export function sidePower(s: Scenario, p: { name: SideName; energy: Dec; keep: Dec; lists: PowerTerms }): SidePower {
  const self = p.name === "self";
  const monthly = self ? p.lists.electricityPriceByMonth : p.lists.hostingPriceByMonth;
  const flat = self ? s.electricityPrice : s.hostingPricePerKwh;
  const peakText = self ? s.peakElectricityPrice : s.peakHostingPrice;
  const peakHours = peakText === undefined ? 0 : p.lists.peakHoursPerDay;
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
    peakWeekdaysOnly: s.peakDays === "weekdays",
    curtailedHours: hours.isZero() ? ZERO : hours.div(DAYS_PER_MONTH),
    creditPerKwh: dec(self ? s.demandResponseCredit : s.hostedDemandResponseCredit),
    feePerRigPerMonth: dec(self ? s.fixedCostPerRigPerMonth : s.hostingFeePerRigPerMonth),
    escalation: escalation === "0" ? ONE : ONE.plus(new Dec(escalation).div(HUNDRED)),
  };
}

function tier(power: SidePower, p: { hours: Dec; price: Dec; runs: boolean; whole: boolean }): Tier {
  const share = p.whole ? ONE : p.hours.div(HOURS_PER_DAY);
  const energyKwh = p.whole ? power.energy : power.energy.times(share);
  // E × price, then the share: the rule's threshold is the same for every part of the day at one price
  const fullDay = power.energy.times(p.price);
  const variable = p.whole ? fullDay : energyKwh.times(p.price);
  return {
    share,
    hours: p.hours,
    pricePerKwh: p.price,
    energyKwh,
    variable,
    credit: p.runs ? ZERO : energyKwh.times(power.creditPerKwh),
    runs: p.runs,
    rule: runsFrom({ stop: power.stop, keep: power.keep, fullDayPowerCost: fullDay }),
  };
}

/** The terms of a day at these prices (already raised for the contract year), fee per day and outage flag. */
export function dayTerms(power: SidePower, p: { base: Dec; peak: Dec | null; fixedPerDay: Dec; off: boolean }): DayTerms {
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
  // each tier by the shutdown rule of one-day.ts (runsFrom, with the scenario's stop)
  const rules = tiers.map((t) => runsTest(t.rule));
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
