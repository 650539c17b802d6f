/**
 * One day of one side, as the contract writes it (§2, with §8's coin policy and the power terms of
 * issue 16): the day's hours run or stand still by the shutdown rule, the kept coins and revenue,
 * the power, the fixed cost, a demand-response credit, a one-off payment, the profit, and what the
 * coin policy does with the day's coins. `oneDay` below is that day, read beside the contract:
 *
 *   §2.4  B = fleet BTC × share of the day that ran × keep        (keep = 1 − hshare/100 hosted)
 *   §2.6  R = fleet revenue × share × keep;  V = Σ running tiers' E × price;  F = n × fee / 30.4375
 *   §2.7  a tier of hours runs when keep × R_fleet ≥ E × its price (`runsFrom`); stop=0: always
 *   §2.8  Π = R − V − F (+ the credit of curtailed hours, − a one-off)
 *   §8    daily sells the coins; hold keeps them; cover sells C / P of them when that is enough
 *
 * With no peak price, no curtailment and no outage the day is one tier of 24 hours: spec §2 exactly.
 * The fast machinery (runs.ts, coin-policy.ts, crossover.ts, futures-float.ts) evaluates these
 * rules once per run of days and imports them from here; a property test holds it to `oneDay`
 * day by day (tests/lib/engine/one-day.test.ts).
 */
import { Dec, ONE, ZERO } from "../core/decimal";
import type { CoinPolicy } from "../scenario/schema";

/** The shutdown rule of a stretch of hours: the fleet revenue (before the host's share) from which it runs. */
export type RunsFrom = Dec | "always" | "never";

/**
 * The shutdown rule (§2.7): hours at one price run when the revenue they keep covers their power,
 * keep × R × h/24 ≥ E × h/24 × price, i.e. R ≥ E × price / keep, whatever their share of the day.
 * With stop=0 they always run; with nothing kept (a host keeping every coin, an uptime of 0) they run
 * only while their power costs nothing. Example: E × price = ¥11.1132, keep 1: from R = ¥11.1132 on.
 */
export function runsFrom({ stop, keep, fullDayPowerCost }: { stop: boolean; keep: Dec; fullDayPowerCost: Dec }): RunsFrom {
  if (!stop) return "always";
  // lte, not !isPositive(): decimal.js counts +0 as positive, and 0 < 0 is no reason to stop
  if (keep.isZero()) return fullDayPowerCost.lte(0) ? "always" : "never";
  return keep.eq(ONE) ? fullDayPowerCost : fullDayPowerCost.div(keep);
}

/** Whether hours with this rule run on a day of fleet revenue `fleetRevenue` (equality runs). */
export function runsAt(rule: RunsFrom, fleetRevenue: Dec): boolean {
  return runsTest(rule)(fleetRevenue);
}

const ALWAYS = (): boolean => true;
const NEVER = (): boolean => false;

/** `runsAt` of one rule as a function of the revenue, for the machinery that asks it of many days. */
export function runsTest(rule: RunsFrom): (fleetRevenue: Dec) => boolean {
  if (rule === "always") return ALWAYS;
  if (rule === "never") return NEVER;
  return (r) => r.gte(rule);
}

/** The rule as a float threshold for the float futures: −∞ always runs, +∞ never; r ≥ threshold runs. */
export function runsFromNumber(rule: RunsFrom): number {
  return rule === "always" ? -Infinity : rule === "never" ? Infinity : rule.toNumber();
}

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
  /** The shutdown rule of these hours (with the scenario's stop). */
  rule: RunsFrom;
}

/** A side's terms on a stretch of days (built by tiers.ts). */
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
  /** The tiers on by the rule for a fleet revenue, as a mask (`runsAt` of each tier, precomputed). */
  maskOf: (fleetRevenue: Dec) => number;
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

/** The mode of a day with fleet revenue `r` (before the host's share): each tier on by its rule. */
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

/** x × the part of the day that ran (x itself for a whole day). */
export function part(x: Dec, share: Dec): Dec {
  return share === ONE ? x : share.isZero() ? ZERO : x.times(share);
}

/** The owner's part of a fleet amount (BTC or revenue): x × keep, x itself when keep is 1 (§2.4). */
export function keptOf(keep: { keep: Dec; keepsAll: boolean }, fleetAmount: Dec): Dec {
  return keep.keepsAll ? fleetAmount : fleetAmount.times(keep.keep);
}

/**
 * The coin policy's day (§8), from the owner's revenue and coins of the hours that ran and the day's
 * costs C (power and fixed, less a credit, plus a one-off): the cash received from coins sold, the
 * cash paid, the coins kept and the coins sold to pay C. A day that ran no hours pays C in cash.
 * Example: cover, R = ¥170, C = ¥11.11 at ¥87,800: keeps 0.001937 BTC, sells 11.11 / 87,800 of it.
 */
export function policyDay(p: { policy: CoinPolicy; running: boolean; revenue: Dec; btc: Dec; cost: Dec; btcPrice: Dec }): {
  received: Dec;
  paid: Dec;
  btcIn: Dec;
  btcSold: Dec;
} {
  if (!p.running) return { received: ZERO, paid: p.cost, btcIn: ZERO, btcSold: ZERO };
  if (p.policy === "daily") return { received: p.revenue, paid: p.cost, btcIn: ZERO, btcSold: ZERO };
  // gt, not isPositive(): decimal.js counts +0 as positive, and a day that costs nothing needs no coin sold
  if (p.policy === "hold" || !p.cost.gt(0)) return { received: ZERO, paid: p.cost, btcIn: p.btc, btcSold: ZERO };
  if (p.revenue.gte(p.cost)) return { received: ZERO, paid: ZERO, btcIn: p.btc, btcSold: p.cost.div(p.btcPrice) };
  return { received: p.revenue, paid: p.cost, btcIn: ZERO, btcSold: ZERO };
}

/** One side's day: what §2 (and §8) say of it. */
export interface OneDay {
  running: boolean;
  /** The owner's BTC and revenue of the hours that ran (0 on a day switched off). */
  btc: Dec;
  revenue: Dec;
  energyKwh: Dec;
  energyCost: Dec;
  fixedCost: Dec;
  credit: Dec;
  oneOff: Dec;
  hoursRun: Dec;
  /** Π = R − V − F + credit − one-off. */
  profit: Dec;
  /** The tiers that ran (the machinery counts days by mode). */
  mode: DayMode;
  /** The coin policy's cash received and paid, BTC kept and BTC sold. */
  received: Dec;
  paid: Dec;
  btcIn: Dec;
  btcSold: Dec;
}

/**
 * The day of one side. `fleet`: the fleet's BTC and revenue of a whole day before the host's share
 * (§2.4 without `share`), and the day's BTC price; `terms`: the side's tiers, fixed cost and outage
 * flag of that day; `oneOff`: a payment falling that day. `allHours`: every tier on whatever the
 * rule (day 0 "before the shutdown rule", spec §3 firstDay).
 * Example: one S9, fleet 0.0019370 BTC and ¥170.07, V ¥11.1132, F 0, daily: profit ¥158.95.
 */
export function oneDay(p: {
  side: { keep: Dec; keepsAll: boolean };
  terms: DayTerms;
  fleet: { btc: Dec; revenue: Dec; btcPrice: Dec };
  oneOff?: Dec;
  policy?: CoinPolicy;
  allHours?: boolean;
}): OneDay {
  const mode = p.allHours === true ? allOn(p.terms) : modeOf(p.terms, p.fleet.revenue);
  const on = mode.running;
  const btc = on ? keptOf(p.side, part(p.fleet.btc, mode.share)) : ZERO;
  const revenue = on ? keptOf(p.side, part(p.fleet.revenue, mode.share)) : ZERO;
  const oneOff = p.oneOff ?? ZERO;
  let profit = on ? revenue.minus(mode.perDay) : mode.negPerDay;
  if (!oneOff.isZero()) profit = profit.minus(oneOff);
  const cost = oneOff.isZero() ? mode.perDay : mode.perDay.plus(oneOff);
  const coins = policyDay({ policy: p.policy ?? "daily", running: on, revenue, btc, cost, btcPrice: p.fleet.btcPrice });
  return {
    running: on,
    btc,
    revenue,
    energyKwh: mode.energyKwh,
    energyCost: mode.energyCost,
    fixedCost: mode.fixed,
    credit: mode.credit,
    oneOff,
    hoursRun: mode.hoursRun,
    profit,
    mode,
    received: coins.received,
    paid: coins.paid,
    btcIn: coins.btcIn,
    btcSold: coins.btcSold,
  };
}
