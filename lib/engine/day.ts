/**
 * The pieces of contract section 2 that do not change from day to day: the fleet's BTC factor, the
 * block reward, energy, fixed cost, hashprice, and each side's fixed figures (sideSpecs). The day
 * itself, with the shutdown rule and the coin policy, is one-day.ts.
 *
 * The fast machinery (runs.ts) builds on these and evaluates them once per run of days that share a
 * difficulty and a subsidy, not once per day. Every amount is a `Dec`. The examples are day 0 of one
 * S9 in January 2018 (preset s9-2018-huaqiangbei: 13.5 TH/s, 1,323 W, ¥30,000, ¥0.35/kWh,
 * difficulty 2,227,847,638,503.63, subsidy 12.5 + fees 3.39 BTC, ¥87,800 per BTC).
 */
import { Dec, DAYS_PER_MONTH, HUNDRED, ONE, ZERO } from "../core/decimal";
import { assert, Impossible } from "../core/assert";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import { hostingDeposit, oneOffsOf, powerPlan, type OneOffs, type PowerPlan, type TermsPlan } from "./power";
import { sidePower, type SidePower } from "./tiers";
import { allOn, keptOf, oneDay } from "./one-day";

export type SideName = "self" | "hosted";

/** One value per side of the scenario's mode: self-run, hosted, or both. */
export type Sides<T> =
  { mode: "self"; self: T; hosted?: undefined } | { mode: "hosted"; hosted: T; self?: undefined } | { mode: "compare"; self: T; hosted: T };

/** The side a one-side view (sensitivity, futures) is about: self-run, unless the scenario is hosted only. */
export function primarySide(s: Scenario): SideName {
  return s.mode === "hosted" ? "hosted" : "self";
}

/** `f` applied to each side, in the order self-run, hosted. */
export function mapSides<A, B>(sides: Sides<A>, f: (side: A) => B): Sides<B> {
  switch (sides.mode) {
    case "self":
      return { mode: "self", self: f(sides.self) };
    case "hosted":
      return { mode: "hosted", hosted: f(sides.hosted) };
    case "compare":
      return { mode: "compare", self: f(sides.self), hosted: f(sides.hosted) };
  }
}

/** The sides present, self-run first. */
export function listSides<T>(sides: Sides<T>): T[] {
  switch (sides.mode) {
    case "self":
      return [sides.self];
    case "hosted":
      return [sides.hosted];
    case "compare":
      return [sides.self, sides.hosted];
  }
}

/** 2^32 hashes per unit of difficulty. */
const TWO_POW_32 = new Dec(2).pow(32);
const SECONDS_PER_DAY = 86_400;

/**
 * BTC a day for the whole fleet per BTC of reward per block per unit of difficulty, after the pool
 * fee and uptime (§2.4 without `(S_d + fees) / D_d` and the host's share):
 * k = n × ths × 10^12 × 86400 / 2^32 × (1 − pool/100) × (up/100).
 * Example: one S9, pool 0, up 100 %: 13.5e12 × 86400 / 2^32 ≈ 2.7157e8.
 */
export function fleetBtcFactor(s: Scenario): Dec {
  // with the host's own uptime (hup) each side's uptime is its own: the fleet factor is at full time (sideSpecs)
  if (s.hostingUptimePct !== undefined) s = { ...s, uptimePct: "100" };
  const hashesPerDay = new Dec(s.rigCount).times(s.hashrateThs).times("1e12").times(SECONDS_PER_DAY);
  return hashesPerDay
    .div(TWO_POW_32)
    .times(ONE.minus(new Dec(s.poolFeePct).div(HUNDRED)))
    .times(new Dec(s.uptimePct).div(HUNDRED));
}

/** BTC per block on a day, subsidy plus fees: S_d + fees. Example: 12.5 + 3.39 = 15.89 BTC. */
export function blockReward({ subsidyBtc, feesPerBlockBtc }: { subsidyBtc: Dec; feesPerBlockBtc: Dec }): Dec {
  return subsidyBtc.plus(feesPerBlockBtc);
}

/**
 * The fleet's BTC a day before the host's share (§2.4): B = (S_d + fees) × k / D_d, given k / D_d.
 * Example: 15.89 × 2.7157e8 / 2,227,847,638,503.63 ≈ 0.0019370 BTC a day for one S9.
 */
export function fleetBtcPerDay({ rewardBtc, kOverDifficulty }: { rewardBtc: Dec; kOverDifficulty: Dec }): Dec {
  return rewardBtc.times(kOverDifficulty);
}

/** Revenue of a day, currency: R = B × P. Example: 0.0019370 BTC × ¥87,800 ≈ ¥170.07. */
export function revenue({ btc, btcPrice }: { btc: Dec; btcPrice: Dec }): Dec {
  return btc.times(btcPrice);
}

/**
 * The part of a fleet amount (BTC or revenue) the owner keeps: x × (1 − hshare/100) hosted, x
 * self-run (§2.4; one-day.ts `keptOf`). Example: keep 0.8 of 0.01 BTC = 0.008 BTC.
 */
export const kept: (side: SideSpec, fleetAmount: Dec) => Dec = keptOf;

/**
 * The fleet's energy a day, kWh (§2.5): E = n × w / 1000 × 24 × (up/100) × factor, factor = pue
 * self-run, 1 hosted. Example: one S9 at 1,323 W, up 100 %, pue 1: 1.323 × 24 = 31.752 kWh.
 */
export function energyPerDay(s: Scenario, factor: Dec | string): Dec {
  const uptime = new Dec(s.uptimePct).div(HUNDRED);
  return new Dec(s.rigCount).times(s.powerWatts).div(1000).times(24).times(uptime).times(factor);
}

/** Fixed cost of every day, currency (§2.6): F = n × monthly fee / 30.4375. Example: 10 rigs × ¥60 / 30.4375 ≈ ¥19.71. */
export function fixedCostPerDay({ rigCount, feePerRigPerMonth }: { rigCount: Dec; feePerRigPerMonth: Dec | string }): Dec {
  return rigCount.times(feePerRigPerMonth).div(DAYS_PER_MONTH);
}

/** Profit of a day, currency (§2.8): Π = R − V − F. Example: ¥170.07 − ¥11.11 − ¥0 = ¥158.95. */
export function dayProfit({ revenue, energyCost, fixedCost }: { revenue: Dec; energyCost: Dec; fixedCost: Dec }): Dec {
  return revenue.minus(energyCost).minus(fixedCost);
}

/**
 * Hashprice, currency per PH/s per day, gross (§3): 10^15 × 86400 × (S_0 + fees) / (D_0 × 2^32) × P_0.
 * Example: 15.89 BTC, D = 2.2278e12, ¥87,800: ≈ ¥12,597.57 per PH/s a day.
 */
export function hashpricePerPhDay({ rewardBtc, difficulty, btcPrice }: { rewardBtc: Dec; difficulty: Dec; btcPrice: Dec }): Dec {
  return rewardBtc.times("1e15").times(SECONDS_PER_DAY).div(TWO_POW_32).div(difficulty).times(btcPrice);
}

/** One side's figures that do not change from day to day, all for the whole fleet. */
export interface SideSpec {
  name: SideName;
  /** Share of the mined BTC the owner keeps: 1 − hshare/100 hosted, 1 self-run. */
  keep: Dec;
  /** keep is exactly 1: the share needs no multiplication. */
  keepsAll: boolean;
  /** kWh a day (E of §2.5). */
  energy: Dec;
  /** Currency per kWh: `kwh` self-run, `hkwh` hosted. */
  pricePerKwh: Dec;
  /** Power cost of a running day (V of §2.6). */
  variable: Dec;
  /** Fixed cost of every day (F of §2.6). */
  fixedPerDay: Dec;
  /** n × (rigPrice + setup), paid on day 1 (§3). */
  capex: Dec;
  /** n × rigPrice × resale/100, received after the last day (§3). */
  resale: Dec;
  /** What the side pays for power, day by day (power.ts): its terms from each cut on, and its one-off payments. */
  power: SidePower;
  terms: TermsPlan;
  oneOffs: OneOffs;
  /** The cuts shared by both sides (the same object for each). */
  plan: PowerPlan;
}

/** A side before its power plan: what sideSpecs knows of it alone. */
type SideBase = Omit<SideSpec, "terms" | "plan" | "variable" | "pricePerKwh">;

/**
 * A side's fixed figures from its prices per kWh and fees. Example: one S9 self-run at ¥0.35/kWh,
 * pue 1: energy 31.752 kWh, variable ¥11.1132, capex ¥30,000. `uptimePct`: the side's own uptime
 * (hup hosted); `keep` then carries it, the fleet factor being at full time.
 */
function sideBase(
  s: Scenario,
  p: {
    name: SideName;
    keep: Dec;
    factor: Dec | string;
    feePerRigPerMonth: Dec | string;
    setupPerRig: Dec | string;
    uptimePct?: string;
    lists: PowerTerms;
  },
): SideBase {
  const n = new Dec(s.rigCount);
  const rigPrice = new Dec(s.rigPrice);
  const own = p.uptimePct === undefined ? s : { ...s, uptimePct: p.uptimePct };
  const energy = energyPerDay(own, p.factor);
  const keep = p.uptimePct === undefined ? p.keep : p.keep.times(new Dec(p.uptimePct).div(HUNDRED));
  const power = sidePower(s, { name: p.name, energy, keep, lists: p.lists });
  const deposit =
    p.name === "hosted" && s.hostingDepositMonths !== "0"
      ? hostingDeposit(s, power, energyPerDay({ ...s, uptimePct: "100" }, p.factor))
      : ZERO;
  return {
    name: p.name,
    keep,
    keepsAll: keep.eq(ONE),
    energy,
    fixedPerDay: fixedCostPerDay({ rigCount: n, feePerRigPerMonth: p.feePerRigPerMonth }),
    // the hosting deposit is paid with the rigs and returned on the last day (a one-off of power.ts)
    capex: deposit.isZero() ? n.times(rigPrice.plus(p.setupPerRig)) : n.times(rigPrice.plus(p.setupPerRig)).plus(deposit),
    resale: n.times(rigPrice).times(s.resalePct).div(HUNDRED),
    power,
    oneOffs: oneOffsOf(s, { name: p.name, deposit, lists: p.lists }),
  };
}

/**
 * The fixed figures of each side of the scenario's mode, with their power plan (shared cuts);
 * `lists`: the scenario's power lists, parsed where the run was prepared (lib/scenario/power-terms.ts).
 */
export function sideSpecs(s: Scenario, lists: PowerTerms): Sides<SideSpec> {
  const ownUptime = s.hostingUptimePct !== undefined;
  const self = (): SideBase => {
    assert(s.electricityPrice !== undefined || s.electricityPriceByMonth !== undefined, Impossible.missingKwh);
    return sideBase(s, {
      name: "self",
      keep: ONE,
      factor: s.overheadFactor,
      feePerRigPerMonth: s.fixedCostPerRigPerMonth,
      setupPerRig: s.setupCostPerRig,
      lists,
      ...(ownUptime ? { uptimePct: s.uptimePct } : {}),
    });
  };
  const hosted = (): SideBase => {
    assert(s.hostingPricePerKwh !== undefined || s.hostingPriceByMonth !== undefined, Impossible.missingHkwh);
    return sideBase(s, {
      name: "hosted",
      keep: ONE.minus(new Dec(s.revenueSharePct).div(HUNDRED)),
      factor: ONE,
      feePerRigPerMonth: s.hostingFeePerRigPerMonth,
      setupPerRig: s.hostingSetupFeePerRig,
      lists,
      ...(s.hostingUptimePct !== undefined ? { uptimePct: s.hostingUptimePct } : {}),
    });
  };
  let bases: Sides<SideBase>;
  switch (s.mode) {
    case "self":
      bases = { mode: "self", self: self() };
      break;
    case "hosted":
      bases = { mode: "hosted", hosted: hosted() };
      break;
    case "compare":
      bases = { mode: "compare", self: self(), hosted: hosted() };
      break;
  }
  const { plan, terms } = powerPlan(s, listSides(bases), lists);
  return mapSides(bases, (b): SideSpec => {
    const own = terms.get(b.name);
    assert(own !== undefined, Impossible.missingSide);
    const day0 = allOn(own.dayZero);
    return { ...b, terms: own, plan, pricePerKwh: own.dayZero.basePrice, variable: day0.energyCost, fixedPerDay: own.dayZero.fixedPerDay };
  });
}

/** Day 0 of one side before the shutdown rule (spec §3 `firstDay`). */
export interface FirstDay {
  btc: Dec;
  revenue: Dec;
  energyCost: Dec;
  fixedCost: Dec;
  profit: Dec;
}

/**
 * One side's day 0 before the shutdown rule (spec §3 firstDay): the day of one-day.ts with every
 * hour on (curtailed hours earn their credit), its profit written as §2.8 writes it, R − V − F.
 * Example: one S9, 0.0019370 BTC, ¥170.07, V ¥11.1132, F 0: profit ¥158.95.
 */
export function sideDay(side: SideSpec, fleet: { btc: Dec; revenue: Dec }): FirstDay {
  const day = oneDay({ side, terms: side.terms.dayZero, fleet: { ...fleet, btcPrice: ONE }, allHours: true });
  const profit = dayProfit({ revenue: day.revenue, energyCost: day.energyCost, fixedCost: day.fixedCost });
  return {
    btc: day.btc,
    revenue: day.revenue,
    energyCost: day.energyCost,
    fixedCost: day.fixedCost,
    profit: day.credit.isZero() ? profit : profit.plus(day.credit),
  };
}
