/**
 * The summary of one side over the horizon, the contract's section 3, from the running totals of
 * runs.ts and the side's fixed figures of day.ts.
 */
import { Dec, HUNDRED, ZERO } from "../core/decimal";
import { addDays } from "../core/dates";
import type { Scenario } from "../scenario/schema";
import { kept, sideDay, type FirstDay } from "./day";
import { allOn } from "./one-day";
import type { FleetDayZero, SideState } from "./runs";
import type { LoanSchedule, MoneyFigures } from "./money";

/** The summary of one side (spec §3), with a few figures more. */
export interface SideSummary {
  /** n × (rigPrice + setup), currency. */
  capex: Dec;
  /** Smallest N with Π_0 + … + Π_{N−1} ≥ capex; null if none within the horizon. */
  breakEvenDay: number | null;
  /** startDate + (N − 1) days. */
  breakEvenDate: string | null;
  /** Σ B_d, BTC kept by the owner. */
  totalBtc: Dec;
  /** Σ R_d, currency. */
  totalRevenue: Dec;
  /** Σ (V_d + F_d), currency; with issue 16's terms also the one-offs (outage costs, exit fee, − the deposit returned), net of the credit. */
  totalCost: Dec;
  /** n × rigPrice × resale/100, currency. */
  resaleValue: Dec;
  /** totalRevenue − totalCost − capex + resaleValue, currency. */
  netProfit: Dec;
  /** netProfit / capex × 100; null when capex is 0. */
  roiPct: Dec | null;
  /** (capex − resaleValue + totalCost) / totalBtc, currency per BTC; null when no BTC is mined. */
  costPerBtc: Dec | null;
  /** First N (1-based) whose day N − 1 was switched off; null if never. */
  shutdownDay: number | null;
  firstDay: FirstDay;
  /** Currency per PH/s a day on day 0, gross. */
  hashpricePerPhDay: Dec;
  /** (R_0 − F_0) / E_0, currency per kWh; null when E_0 is 0. */
  breakEvenElectricityPrice: Dec | null;
  /** capex / btcPrice, BTC. */
  btcIfBoughtInstead: Dec;
  // beyond §3
  totalEnergyCost: Dec;
  totalFixedCost: Dec;
  totalEnergyKwh: Dec;
  daysOff: number;
  // issue 16: power as miners buy it (totalCost includes the one-offs and is net of the credit)
  /** Σ demand-response credit, currency. */
  totalCredit: Dec;
  /** Outages: the days they took and what they cost (n × cost per rig). */
  daysOutage: number;
  outageCost: Dec;
  /** Hosted: the exit fee paid (horizon shorter than the minimum term) and the deposit (in capex, returned on the last day). */
  exitFee: Dec;
  deposit: Dec;
  /** What `btcIfBoughtInstead` is worth at the last day's price. */
  btcIfBoughtInsteadValue: Dec;
  // spec §8 and the financing view (money.ts)
  /** BTC kept at the end under the coin policy (0 for daily). */
  btcHeld: Dec;
  /** V_0 / B_0, currency per BTC; null when B_0 is 0. */
  shutdownBtcPrice: Dec | null;
  /** Rig price at which netProfit (npv with disc) is 0, currency per rig; null when resale is 100 %. */
  fairRigPrice: Dec | null;
  /** Net present value at `disc`, currency. */
  npv: Dec;
  /** Annual rate at which npv is 0, %; null when none; undefined when not asked (options.irr). */
  irrPctPerYear?: Dec | null;
  /** capex − the amount borrowed, currency. */
  ownMoney: Dec;
  loan: LoanSchedule | null;
}

/** The summary before the money figures of money.ts. */
export type BaseSummary = Omit<
  SideSummary,
  "btcHeld" | "shutdownBtcPrice" | "fairRigPrice" | "npv" | "irrPctPerYear" | "ownMoney" | "loan"
>;

/**
 * The summary with the money figures: under a coin policy other than daily, or with a loan, the
 * break-even day, net profit and ROI (on the buyer's own money) are the position's of spec §8.
 */
export function withMoney(summary: BaseSummary, money: MoneyFigures, startDate: string): SideSummary {
  const out: SideSummary = {
    ...summary,
    btcHeld: money.btcHeld,
    shutdownBtcPrice: money.shutdownBtcPrice,
    fairRigPrice: money.fairRigPrice,
    npv: money.npv,
    ownMoney: money.ownMoney,
    loan: money.loan,
  };
  if (money.irrPctPerYear !== undefined) out.irrPctPerYear = money.irrPctPerYear;
  if (money.netProfit !== undefined && money.breakEvenDay !== undefined) {
    const day = money.breakEvenDay;
    out.netProfit = money.netProfit;
    out.breakEvenDay = day;
    out.breakEvenDate = day === null ? null : addDays(startDate, day - 1);
    out.roiPct = money.ownMoney.isZero() ? null : money.netProfit.div(money.ownMoney).times(HUNDRED);
  }
  return out;
}

/**
 * The §3 summary of one side. Example: the ¥30,000 S9 of January 2018 self-run at flat figures pays
 * back on day 189, 2018-07-22 (day 0's profit ¥158.95: ⌈30000 / 158.95⌉ = 189).
 */
export function summarize({
  state,
  scenario: s,
  dayZero,
  finalBtcPrice,
}: {
  state: SideState;
  scenario: Scenario;
  dayZero: FleetDayZero;
  finalBtcPrice: Dec;
}): BaseSummary {
  const { spec } = state;
  const { capex, resale, oneOffs } = spec;
  // day 0 with every hour that runs running: E_0 and F_0 of the break-even price
  const day0 = allOn(spec.terms.dayZero);
  const energy = day0.energyKwh;
  const firstDay = sideDay(spec, dayZero);
  const totalBtc = kept(spec, state.btcUnits);
  const totalRevenue = kept(spec, state.revenueUnits);
  // Σ over the modes the days were in: one product per mode (and per fee), as V × days on and F × days were
  let totalEnergyCost = ZERO;
  let totalEnergyKwh = ZERO;
  let totalCredit = ZERO;
  const feeDays = new Map<Dec, number>();
  for (const [mode, days] of state.modeDays) {
    if (!mode.energyCost.isZero()) totalEnergyCost = totalEnergyCost.plus(mode.energyCost.times(days));
    if (!mode.energyKwh.isZero()) totalEnergyKwh = totalEnergyKwh.plus(mode.energyKwh.times(days));
    if (!mode.credit.isZero()) totalCredit = totalCredit.plus(mode.credit.times(days));
    feeDays.set(mode.fixed, (feeDays.get(mode.fixed) ?? 0) + days);
  }
  let totalFixed = ZERO;
  for (const [fee, days] of feeDays) totalFixed = totalFixed.plus(fee.times(days));
  const oneOffTotal = oneOffs.outageCost.plus(oneOffs.exitFee).minus(oneOffs.deposit);
  let totalCost = totalEnergyCost.plus(totalFixed);
  if (!totalCredit.isZero()) totalCost = totalCost.minus(totalCredit);
  if (!oneOffTotal.isZero()) totalCost = totalCost.plus(oneOffTotal);
  const netProfit = totalRevenue.minus(totalCost).minus(capex).plus(resale);
  const btcIfBoughtInstead = capex.div(s.btcPrice);
  return {
    capex,
    breakEvenDay: state.breakEvenDay,
    breakEvenDate: state.breakEvenDay === null ? null : addDays(s.startDate, state.breakEvenDay - 1),
    totalBtc,
    totalRevenue,
    totalCost,
    resaleValue: resale,
    netProfit,
    roiPct: capex.isZero() ? null : netProfit.div(capex).times(HUNDRED),
    costPerBtc: totalBtc.isZero() ? null : capex.minus(resale).plus(totalCost).div(totalBtc),
    shutdownDay: state.shutdownDay,
    firstDay,
    hashpricePerPhDay: dayZero.hashpricePerPhDay,
    breakEvenElectricityPrice: energy.isZero()
      ? null
      : (day0.credit.isZero() ? firstDay.revenue.minus(day0.fixed) : firstDay.revenue.minus(day0.fixed).plus(day0.credit)).div(energy),
    btcIfBoughtInstead,
    totalEnergyCost,
    totalFixedCost: totalFixed,
    totalEnergyKwh,
    daysOff: s.horizonDays - state.daysOn,
    totalCredit,
    daysOutage: state.daysOutage,
    outageCost: oneOffs.outageCost,
    exitFee: oneOffs.exitFee,
    deposit: oneOffs.deposit,
    btcIfBoughtInsteadValue: btcIfBoughtInstead.times(finalBtcPrice),
  };
}
