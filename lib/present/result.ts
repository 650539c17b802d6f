/**
 * The result object of spec §5: the normalized scenario and each side's summary as decimal strings.
 */
import type { Scenario } from "../scenario/schema";
import { FIELD_NAMES } from "../scenario/fields";
import type { SideSummary, Simulation } from "../engine/simulate";
import { figure, figureOrNull } from "./format";

export interface FirstDayJson {
  btc: string;
  revenue: string;
  energyCost: string;
  fixedCost: string;
  profit: string;
}

export interface SideJson {
  capex: string;
  breakEvenDay: number | null;
  breakEvenDate: string | null;
  totalBtc: string;
  totalRevenue: string;
  totalCost: string;
  resaleValue: string;
  netProfit: string;
  roiPct: string | null;
  costPerBtc: string | null;
  shutdownDay: number | null;
  firstDay: FirstDayJson;
  hashpricePerPhDay: string;
  breakEvenElectricityPrice: string | null;
  btcIfBoughtInstead: string;
  totalEnergyCost: string;
  totalFixedCost: string;
  totalEnergyKwh: string;
  daysOff: number;
  btcIfBoughtInsteadValue: string;
  // spec §8
  btcHeld: string;
  shutdownBtcPrice: string | null;
  fairRigPrice: string | null;
  npv: string;
  irrPctPerYear: string | null;
  /** With a loan (loan > 0): what was borrowed and repaid; null without. */
  financing: FinancingJson | null;
  /** Issue 16, present when any is not zero: demand-response credit, outages, hosting exit fee and deposit. */
  power?: PowerJson;
}

export interface PowerJson {
  totalCredit: string;
  daysOutage: number;
  outageCost: string;
  exitFee: string;
  deposit: string;
}

export interface FinancingJson {
  borrowed: string;
  ownMoney: string;
  monthlyPayment: string;
  paymentsMade: number;
  interestPaid: string;
  /** Principal still owed after the last day, repaid then. */
  balanceAtEnd: string;
}

export type ScenarioJson = Record<string, string | boolean | null>;

export interface ResultJson {
  v: 1;
  scenario: ScenarioJson;
  self?: SideJson;
  hosted?: SideJson;
  crossoverElectricityPrice?: string | null;
  finalBtcPrice: string;
  /** With hist=1 (spec §6, §7): the span of days that used recorded figures, and of those that used recorded fees. */
  history?: { from: string; to: string; fees: { from: string; to: string } | null };
  warnings: string[];
}

/** Every field of §1, numbers as strings, an absent optional field as null. */
export function scenarioJson(s: Scenario): ScenarioJson {
  const out: ScenarioJson = {};
  for (const field of FIELD_NAMES) {
    const value = s[field];
    out[field] = value === undefined ? null : typeof value === "boolean" ? value : String(value);
  }
  return out;
}

export function sideJson(x: SideSummary): SideJson {
  return {
    capex: figure(x.capex, "money"),
    breakEvenDay: x.breakEvenDay,
    breakEvenDate: x.breakEvenDate,
    totalBtc: figure(x.totalBtc, "btc"),
    totalRevenue: figure(x.totalRevenue, "money"),
    totalCost: figure(x.totalCost, "money"),
    resaleValue: figure(x.resaleValue, "money"),
    netProfit: figure(x.netProfit, "money"),
    roiPct: figureOrNull(x.roiPct, "pct"),
    costPerBtc: figureOrNull(x.costPerBtc, "rate"),
    shutdownDay: x.shutdownDay,
    firstDay: {
      btc: figure(x.firstDay.btc, "btc"),
      revenue: figure(x.firstDay.revenue, "money"),
      energyCost: figure(x.firstDay.energyCost, "money"),
      fixedCost: figure(x.firstDay.fixedCost, "money"),
      profit: figure(x.firstDay.profit, "money"),
    },
    hashpricePerPhDay: figure(x.hashpricePerPhDay, "rate"),
    breakEvenElectricityPrice: figureOrNull(x.breakEvenElectricityPrice, "pricePerKwh"),
    btcIfBoughtInstead: figure(x.btcIfBoughtInstead, "btc"),
    totalEnergyCost: figure(x.totalEnergyCost, "money"),
    totalFixedCost: figure(x.totalFixedCost, "money"),
    totalEnergyKwh: figure(x.totalEnergyKwh, "money"),
    daysOff: x.daysOff,
    btcIfBoughtInsteadValue: figure(x.btcIfBoughtInsteadValue, "money"),
    btcHeld: figure(x.btcHeld, "btc"),
    shutdownBtcPrice: figureOrNull(x.shutdownBtcPrice, "rate"),
    fairRigPrice: figureOrNull(x.fairRigPrice, "money"),
    npv: figure(x.npv, "money"),
    irrPctPerYear: figureOrNull(x.irrPctPerYear, "pct"),
    financing: x.loan
      ? {
          borrowed: figure(x.loan.amount, "money"),
          ownMoney: figure(x.ownMoney, "money"),
          monthlyPayment: figure(x.loan.payment, "money"),
          paymentsMade: x.loan.payments.length,
          interestPaid: figure(x.loan.interestPaid, "money"),
          balanceAtEnd: figure(x.loan.balance, "money"),
        }
      : null,
    ...powerJson(x),
  };
}

function powerJson(x: SideSummary): { power?: PowerJson } {
  const quiet = x.totalCredit.isZero() && x.daysOutage === 0 && x.outageCost.isZero() && x.exitFee.isZero() && x.deposit.isZero();
  if (quiet) return {};
  return {
    power: {
      totalCredit: figure(x.totalCredit, "money"),
      daysOutage: x.daysOutage,
      outageCost: figure(x.outageCost, "money"),
      exitFee: figure(x.exitFee, "money"),
      deposit: figure(x.deposit, "money"),
    },
  };
}

/** The §5 object of a simulation. */
export function resultJson(sim: Simulation, warnings: string[] = []): ResultJson {
  const out: ResultJson = { v: 1, scenario: scenarioJson(sim.scenario), finalBtcPrice: figure(sim.finalBtcPrice, "money"), warnings };
  if (sim.self) out.self = sideJson(sim.self);
  if (sim.hosted) out.hosted = sideJson(sim.hosted);
  if (sim.scenario.mode === "compare") out.crossoverElectricityPrice = figureOrNull(sim.crossoverElectricityPrice, "pricePerKwh");
  if (sim.history) out.history = sim.history;
  return out;
}
