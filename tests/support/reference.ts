/**
 * A naive reference of spec §2–§3, written from the spec alone: one loop over the days, each day
 * computed from its own formulas, in decimal.js at 60 significant digits. It shares no code with the
 * engine (which cuts the horizon into runs and sums them in closed form at 34 digits), so the two
 * agreeing on random scenarios says the engine's shortcuts compute the model of the spec.
 */
import Decimal from "decimal.js";
import type { Scenario } from "../../lib/server";

export const R = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
export type R = Decimal;

export interface RefDay {
  btc: R;
  revenue: R;
  energyCost: R;
  fixedCost: R;
  profit: R;
  running: boolean;
  /** Σ profit so far − capex. */
  position: R;
}

export interface RefSide {
  capex: R;
  breakEvenDay: number | null;
  breakEvenDate: string | null;
  totalBtc: R;
  totalRevenue: R;
  totalCost: R;
  resaleValue: R;
  netProfit: R;
  roiPct: R | null;
  costPerBtc: R | null;
  shutdownDay: number | null;
  firstDay: { btc: R; revenue: R; energyCost: R; fixedCost: R; profit: R };
  hashpricePerPhDay: R;
  breakEvenElectricityPrice: R | null;
  btcIfBoughtInstead: R;
  totalEnergyCost: R;
  totalFixedCost: R;
  totalEnergyKwh: R;
  daysOff: number;
  btcIfBoughtInsteadValue: R;
  days: RefDay[];
  /** Energy a day (kWh) and revenue of each day before the shutdown rule: for the crossover. */
  energyPerDay: R;
  grossRevenue: R[];
}

export interface RefResult {
  self?: RefSide;
  hosted?: RefSide;
  prices: R[];
  difficulties: R[];
  subsidies: R[];
}

/** `items[i]`, or a thrown error naming what is missing: for indexes a test has bounded. */
export function nth<T>(items: readonly T[], i: number, what = "item"): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no ${what} at index ${i} (of ${items.length})`);
  return item;
}

const HALVING = 210_000;
const MONTH = new R("30.4375");
const HUNDRED = new R(100);

/** Mean subsidy of the 144 blocks first … first + 143, counted epoch by epoch. */
export function refDaySubsidy(first: number): R {
  let sum = new R(0);
  let x = first;
  const end = first + 144;
  while (x < end) {
    const epoch = Math.floor(x / HALVING);
    const epochEnd = Math.min(end, (epoch + 1) * HALVING);
    if (epoch < 64) sum = sum.plus(new R(50).div(new R(2).pow(epoch)).times(epochEnd - x));
    x = epochEnd;
  }
  return sum.div(144);
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`not a date: ${iso}`);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function required(value: string | undefined, key: string): string {
  if (value === undefined) throw new Error(`a validated scenario of this mode has ${key}`);
  return value;
}

interface SideInput {
  keep: R;
  factor: R;
  pricePerKwh: R;
  monthlyFee: R;
  setup: R;
}

/** Runs the scenario day by day, straight from spec §2 and §3. */
export function reference(s: Scenario): RefResult {
  const n = new R(s.rigCount);
  const up = new R(s.uptimePct).div(HUNDRED);
  const hashesPerDay = n.times(s.hashrateThs).times("1e12").times(86400);
  const twoPow32 = new R(2).pow(32);
  const fees = new R(s.feesPerBlockBtc);
  const stepFactor = new R(1).plus(new R(s.difficultyGrowthPctPerMonth).div(HUNDRED)).pow(new R(14).div(MONTH));
  const monthlyPrice = new R(1).plus(new R(s.btcPriceGrowthPctPerMonth).div(HUNDRED));
  const g = monthlyPrice.isZero() ? new R(0) : monthlyPrice.pow(new R(1).div(MONTH));

  // the market, day by day
  const prices: R[] = [];
  const difficulties: R[] = [];
  const subsidies: R[] = [];
  let price = new R(s.btcPrice);
  let period = -1;
  let difficulty = new R(s.difficulty);
  for (let d = 0; d < s.horizonDays; d++) {
    if (d > 0) price = price.times(g);
    // §2.2: m(d) = floor(((startHeight mod 2016) + 144·d) / 2016), the retargets since day 0's first block
    const m = Math.floor(((s.startHeight % 2016) + 144 * d) / 2016);
    if (m !== period) {
      period = m;
      difficulty = new R(s.difficulty).times(stepFactor.pow(period));
    }
    prices.push(price);
    difficulties.push(difficulty);
    subsidies.push(refDaySubsidy(s.startHeight + 144 * d));
  }

  const sides: Partial<Record<"self" | "hosted", SideInput>> = {};
  if (s.mode !== "hosted") {
    sides.self = {
      keep: new R(1),
      factor: new R(s.overheadFactor),
      pricePerKwh: new R(required(s.electricityPrice, "kwh")),
      monthlyFee: new R(s.fixedCostPerRigPerMonth),
      setup: new R(s.setupCostPerRig),
    };
  }
  if (s.mode !== "self") {
    sides.hosted = {
      keep: new R(1).minus(new R(s.revenueSharePct).div(HUNDRED)),
      factor: new R(1),
      pricePerKwh: new R(required(s.hostingPricePerKwh, "hkwh")),
      monthlyFee: new R(s.hostingFeePerRigPerMonth),
      setup: new R(s.hostingSetupFeePerRig),
    };
  }

  const result: RefResult = { prices, difficulties, subsidies };
  for (const name of ["self", "hosted"] as const) {
    const side = sides[name];
    if (!side) continue;
    const capex = n.times(new R(s.rigPrice).plus(side.setup));
    const resaleValue = n.times(s.rigPrice).times(s.resalePct).div(HUNDRED);
    const energy = n.times(s.powerWatts).div(1000).times(24).times(up).times(side.factor);
    const variable = energy.times(side.pricePerKwh);
    const fixed = n.times(side.monthlyFee).div(MONTH);
    let totalBtc = new R(0);
    let totalRevenue = new R(0);
    let totalEnergyCost = new R(0);
    let totalFixedCost = new R(0);
    let totalEnergyKwh = new R(0);
    let cumulative = new R(0);
    let breakEvenDay: number | null = null;
    let shutdownDay: number | null = null;
    let daysOff = 0;
    let firstDay: RefSide["firstDay"] | undefined;
    const days: RefDay[] = [];
    const grossRevenue: R[] = [];
    for (let d = 0; d < s.horizonDays; d++) {
      const price = nth(prices, d, "price");
      const fleetBtc = hashesPerDay
        .times(nth(subsidies, d, "subsidy").plus(fees))
        .div(nth(difficulties, d, "difficulty").times(twoPow32))
        .times(new R(1).minus(new R(s.poolFeePct).div(HUNDRED)))
        .times(up);
      grossRevenue.push(fleetBtc.times(price));
      const btc = fleetBtc.times(side.keep);
      const revenue = btc.times(price);
      if (d === 0) {
        firstDay = { btc, revenue, energyCost: variable, fixedCost: fixed, profit: revenue.minus(variable).minus(fixed) };
      }
      const running = !(s.shutdownWhenUnprofitable && revenue.lt(variable));
      const dayBtc = running ? btc : new R(0);
      const dayRevenue = running ? revenue : new R(0);
      const dayEnergy = running ? variable : new R(0);
      if (!running) {
        daysOff += 1;
        if (shutdownDay === null) shutdownDay = d + 1;
      } else {
        totalEnergyKwh = totalEnergyKwh.plus(energy);
      }
      totalBtc = totalBtc.plus(dayBtc);
      totalRevenue = totalRevenue.plus(dayRevenue);
      totalEnergyCost = totalEnergyCost.plus(dayEnergy);
      totalFixedCost = totalFixedCost.plus(fixed);
      const profit = dayRevenue.minus(dayEnergy).minus(fixed);
      cumulative = cumulative.plus(profit);
      if (breakEvenDay === null && cumulative.gte(capex)) breakEvenDay = d + 1;
      days.push({
        btc: dayBtc,
        revenue: dayRevenue,
        energyCost: dayEnergy,
        fixedCost: fixed,
        profit,
        running,
        position: cumulative.minus(capex),
      });
    }
    if (!firstDay) throw new Error("horizon of 0 days");
    const totalCost = totalEnergyCost.plus(totalFixedCost);
    const netProfit = totalRevenue.minus(totalCost).minus(capex).plus(resaleValue);
    const btcIfBoughtInstead = capex.div(s.btcPrice);
    result[name] = {
      capex,
      breakEvenDay,
      breakEvenDate: breakEvenDay === null ? null : addDays(s.startDate, breakEvenDay - 1),
      totalBtc,
      totalRevenue,
      totalCost,
      resaleValue,
      netProfit,
      roiPct: capex.isZero() ? null : netProfit.div(capex).times(HUNDRED),
      costPerBtc: totalBtc.isZero() ? null : capex.minus(resaleValue).plus(totalCost).div(totalBtc),
      shutdownDay,
      firstDay,
      hashpricePerPhDay: new R("1e15")
        .times(86400)
        .times(nth(subsidies, 0, "subsidy").plus(fees))
        .div(nth(difficulties, 0, "difficulty").times(twoPow32))
        .times(nth(prices, 0, "price")),
      breakEvenElectricityPrice: energy.isZero() ? null : firstDay.revenue.minus(fixed).div(energy),
      btcIfBoughtInstead,
      totalEnergyCost,
      totalFixedCost,
      totalEnergyKwh,
      daysOff,
      btcIfBoughtInsteadValue: btcIfBoughtInstead.times(nth(prices, prices.length - 1, "price")),
      days,
      energyPerDay: energy,
      grossRevenue,
    };
  }
  return result;
}

/**
 * Self-run net profit if its electricity price were `x` per kWh, from the reference's days:
 * Σ_d (R_d − E·x) over the days that run (all of them without shutdown) − fixed costs − capex + resale.
 */
export function refSelfNetAt(s: Scenario, self: RefSide, x: R): R {
  const variable = self.energyPerDay.times(x);
  let sum = new R(0);
  for (const r of self.grossRevenue) {
    if (!s.shutdownWhenUnprofitable || !r.lt(variable)) sum = sum.plus(r.minus(variable));
  }
  return sum.minus(self.totalFixedCost).minus(self.capex).plus(self.resaleValue);
}
