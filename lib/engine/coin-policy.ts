/**
 * What the mined coins do (spec §8's coin policy): a side's pass over the runs of runs.ts under
 * `daily`, `hold` or `cover`, giving its cash, the BTC held, the break-even day of its position and
 * its cash flows; and the same policy day by day over a schedule's rows (CSV, charts).
 *
 * A run whose days all run (or all stand still) and all cover their costs (or none does) is one
 * closed-form step; the rest is walked day by day. The day's cash flow under every policy is
 * `a·g^j + b` on day `start + j` of a segment, so a discounted sum of a segment is
 * `w^start·(a·Σ(g·w)^j + b·Σw^j)`, two short sums (present-value.ts).
 */
import { Dec, ONE, ZERO } from "../core/decimal";
import type { CoinPolicy } from "../scenario/schema";
import { assert } from "../core/assert";
import { kept, type SideSpec } from "./day";
import type { RunRevenue } from "./runs";
import { part } from "./one-day";
import { modeOf, oneDay, policyDay, type DayTerms } from "./one-day";
import { Geometric, GeometricTable } from "./geometric";
import type { LoanSchedule } from "./loan";
import type { Segment } from "./present-value";

const NO_TERMS = "every run carries the terms of each side";

/** The coin policy's walk over one side's runs. */
export interface PolicyPass {
  /** Σ of the day's cash flows (cash received − cash paid), currency. */
  cash: Dec;
  /** BTC held after the last day. */
  held: Dec;
  breakEvenDay: number | null;
  segments: Segment[];
}

export interface PassInput {
  runs: readonly RunRevenue[];
  spec: SideSpec;
  policy: CoinPolicy;
  /** Look for the break-even day: cash + held × price − interest paid ≥ capex. */
  findBreakEven: boolean;
  /**
   * Sum the cash and the BTC held over the whole horizon (cover); otherwise only while looking for
   * the break-even day: daily's and hold's totals are the summary's (revenue − cost, −cost and the BTC mined).
   */
  totals: boolean;
  /** Interest paid on days 0 … d (financing), currency. */
  interestThrough: (day: number) => Dec;
}

/**
 * One pass of a side's runs under a coin policy. A day's cash flow, with C its costs (V + F, less
 * a demand-response credit, plus a one-off): `daily` R − C; `hold` −C and the BTC kept; `cover` sells
 * C / P of the day's BTC when that is enough (cash 0), else sells all (R − C). A day switched off
 * (or an outage): −C. With C ≤ 0 `cover` sells nothing. R and the BTC are those of the hours that ran.
 */
export function policyPass(p: PassInput): PolicyPass {
  const { spec, policy } = p;
  const geos = new GeometricTable();
  const inverse = new Map<Dec, Geometric>();
  const invGeo = (g: Dec): Geometric => {
    let geo = inverse.get(g);
    if (geo === undefined) {
      geo = new Geometric(ONE.div(g));
      inverse.set(g, geo);
    }
    return geo;
  };
  const keepsCoins = policy !== "daily";
  let cash = ZERO;
  let held = ZERO;
  let breakEvenDay: number | null = null;
  const segments: Segment[] = [];
  // days of one constant flow (hold's −C, days off) join into one segment: the discounted sums stay short
  const push = (seg: Segment): void => {
    const last = segments[segments.length - 1];
    if (last && last.a === ZERO && seg.a === ZERO && last.b === seg.b && last.start + last.length === seg.start) last.length += seg.length;
    else segments.push(seg);
  };
  const track = () => p.findBreakEven && breakEvenDay === null;
  const termsOf = (run: RunRevenue): DayTerms => {
    const terms = run.terms[spec.name];
    assert(terms, NO_TERMS);
    return terms;
  };

  const walk = (run: RunRevenue, terms: DayTerms): void => {
    const oneOff = run.oneOff?.[spec.name];
    let price = run.price;
    let fleet = run.revenueFirst;
    for (let j = 0; j < run.length; j++) {
      if (j > 0) {
        price = price.times(run.g);
        fleet = fleet.times(run.g);
      }
      // the day of one-day.ts under the coin policy: its cash, and the coins kept and sold
      const d = oneDay({ side: spec, terms, fleet: { btc: run.btc, revenue: fleet, btcPrice: price }, oneOff, policy });
      const flow = d.received.minus(d.paid);
      if (!d.btcIn.isZero()) held = held.plus(d.btcIn);
      if (!d.btcSold.isZero()) held = held.minus(d.btcSold);
      const day = run.start + j;
      if (!flow.isZero()) {
        cash = cash.plus(flow);
        push({ start: day, length: 1, a: ZERO, g: ONE, b: flow });
      }
      if (track() && cash.plus(held.times(price)).minus(p.interestThrough(day)).gte(spec.capex)) {
        breakEvenDay = day + 1;
      }
    }
  };

  for (const run of p.runs) {
    const { length } = run;
    const terms = termsOf(run);
    const mode = modeOf(terms, run.revenueFirst);
    if (run.oneOff?.[spec.name] !== undefined || (length > 1 && modeOf(terms, run.revenueLast) !== mode)) {
      walk(run, terms);
      continue;
    }
    const { perDay, negPerDay, share } = mode;
    const sells = policy === "cover" && perDay.gt(0);
    const ownFirst = mode.running ? kept(spec, part(run.revenueFirst, share)) : ZERO;
    // the last day's own revenue matters to cover's choice and the break-even bound only
    const ownLast = mode.running && (sells || track()) ? (length === 1 ? ownFirst : kept(spec, part(run.revenueLast, share))) : ownFirst;
    let kind: "off" | "sell" | "keep" | "cover";
    if (!mode.running) kind = "off";
    else if (!keepsCoins) kind = "sell";
    else if (!sells) kind = "keep";
    else {
      const coversFirst = ownFirst.gte(perDay);
      if (coversFirst !== ownLast.gte(perDay)) {
        walk(run, terms);
        continue;
      }
      kind = coversFirst ? "cover" : "sell";
    }
    const ownBtc = kind === "keep" || kind === "cover" ? kept(spec, part(run.btc, share)) : ZERO;
    if (track()) {
      // an upper bound of the position within the run: the best day's cash on every day, the most BTC at the highest price
      const flowFirst = kind === "off" || kind === "keep" ? negPerDay : kind === "sell" ? ownFirst.minus(perDay) : ZERO;
      const flowLast = kind === "sell" ? ownLast.minus(perDay) : flowFirst;
      const best = Dec.max(flowFirst, flowLast, ZERO);
      const priceLast = length === 1 ? run.price : run.price.times(geos.of(run.g).pow(length - 1));
      const heldMax = held.plus(ownBtc.times(length));
      const bound = cash
        .plus(best.times(length))
        .plus(heldMax.times(Dec.max(run.price, priceLast)))
        .minus(p.interestThrough(run.start - 1));
      if (bound.gte(spec.capex)) {
        walk(run, terms);
        continue;
      }
    }
    switch (kind) {
      case "off":
        if (p.totals || track()) cash = cash.minus(perDay.times(length));
        push({ start: run.start, length, a: ZERO, g: ONE, b: negPerDay });
        break;
      case "sell":
        if (p.totals || track()) cash = cash.plus(kept(spec, part(run.revenueSum, share))).minus(perDay.times(length));
        push({ start: run.start, length, a: ownFirst, g: run.g, b: negPerDay });
        break;
      case "keep":
        if (p.totals || track()) {
          cash = cash.minus(perDay.times(length));
          held = held.plus(ownBtc.times(length));
        }
        push({ start: run.start, length, a: ZERO, g: ONE, b: negPerDay });
        break;
      case "cover":
        // BTC sold: Σ_j C / (P_a·g^j) = C / P_a × Σ_j g^−j
        held = held.plus(ownBtc.times(length)).minus(perDay.div(run.price).times(invGeo(run.g).sum(length)));
        break;
    }
  }
  return { cash, held, breakEvenDay, segments };
}

/** A side's coin-policy figures after one day of the schedule. */
export interface PolicyDay {
  /** BTC held after the day. */
  held: Dec;
  /** Cash in − cash out + held BTC at the day's price − interest paid − capex (spec §8's position − capex). */
  position: Dec;
}

/**
 * The coin policy's held BTC and position after each day, from a daily schedule's rows of one side
 * (for the CSV and the charts). The same day rules as the summary's pass; the last day's position
 * plus the resale is the net profit.
 * Example: hold, one day mining 0.002 BTC at ¥80,000 with ¥11 of power, capex ¥30,000: held
 * 0.002 BTC, position −11 + 0.002 × 80,000 − 30,000 = −¥29,851.
 */
export function policyDays({
  days,
  capex,
  policy,
  loan,
}: {
  days: readonly {
    btcPrice: Dec;
    side: { btc: Dec; revenue: Dec; energyCost: Dec; fixedCost: Dec; running: boolean; credit?: Dec; oneOff?: Dec };
  }[];
  capex: Dec;
  policy: CoinPolicy;
  loan: LoanSchedule | null;
}): PolicyDay[] {
  const out: PolicyDay[] = [];
  let cash = ZERO;
  let held = ZERO;
  let interest = ZERO;
  let next = 0;
  const payments = loan?.payments ?? [];
  days.forEach(({ btcPrice, side }, day) => {
    let cost = side.energyCost.plus(side.fixedCost);
    if (side.credit && !side.credit.isZero()) cost = cost.minus(side.credit);
    if (side.oneOff && !side.oneOff.isZero()) cost = cost.plus(side.oneOff);
    // the coin policy's day of one-day.ts, on the row's own revenue and coins
    const d = policyDay({ policy, running: side.running, revenue: side.revenue, btc: side.btc, cost, btcPrice });
    if (!d.received.isZero() || !d.paid.isZero()) cash = cash.plus(d.received).minus(d.paid);
    if (!d.btcIn.isZero()) held = held.plus(d.btcIn);
    if (!d.btcSold.isZero()) held = held.minus(d.btcSold);
    for (let x = payments[next]; x !== undefined && x.day === day; x = payments[++next]) interest = interest.plus(x.interest);
    out.push({ held, position: cash.plus(held.times(btcPrice)).minus(interest).minus(capex) });
  });
  return out;
}

/**
 * The same money put into BTC on day 1 instead, after each day: capex / P_0 × P_d − capex, currency.
 * Example: ¥30,000 at ¥87,800 a BTC is 0.34168565 BTC; at ¥100,000 it is worth ¥34,168.57, position ¥4,168.57.
 */
export function boughtInsteadDays({ prices, capex, btcPrice }: { prices: readonly Dec[]; capex: Dec; btcPrice: Dec }): Dec[] {
  const btc = capex.div(btcPrice);
  return prices.map((p) => btc.times(p).minus(capex));
}
