/**
 * A side's cash flows over the horizon (spec §8's npv) and their present value at any daily
 * discount factor: exactly in decimals, and in floats for the IRR's scan (irr.ts).
 */
import { Dec, HUNDRED, ONE, ZERO } from "../core/decimal";
import { Geometric } from "./geometric";

const DAYS_PER_YEAR = 365;

/** Cash flow `a·g^j + b` on day `start + j`, j < length, currency. */
export interface Segment {
  start: number;
  length: number;
  a: Dec;
  g: Dec;
  b: Dec;
}

/** The cash flows of one side over the horizon, ready to be discounted at any rate. */
export interface Flows {
  segments: readonly Segment[];
  /** −capex + loan on day 0. */
  dayZero: Dec;
  /** Payments of the loan, on their days. */
  payments: readonly { day: number; amount: Dec }[];
  /** The held BTC's value on the last day, d = horizonDays − 1. */
  heldValue: Dec;
  /** Resale minus the unpaid balance, after the last day: d = horizonDays. */
  terminal: Dec;
  horizonDays: number;
}

/**
 * Σ flows × w^d, exactly: w = (1 + disc/100)^(−1/365), the daily discount factor.
 * Example: one flow of ¥100 on day 365 at 10 %/yr: 100 / 1.1 ≈ ¥90.91.
 */
export function presentValue(f: Flows, w: Dec): Dec {
  const wGeo = new Geometric(w);
  const products = new Map<Dec, Geometric>();
  let total = f.dayZero;
  let pos = 0;
  let wPos = ONE;
  const wAt = (day: number): Dec => {
    if (day !== pos) {
      wPos = day > pos ? wPos.times(wGeo.pow(day - pos)) : w.pow(day);
      pos = day;
    }
    return wPos;
  };
  for (const s of f.segments) {
    let inner = s.b.isZero() ? ZERO : s.b.times(wGeo.sum(s.length));
    if (!s.a.isZero()) {
      let geo = products.get(s.g);
      if (geo === undefined) {
        geo = new Geometric(s.g.times(w));
        products.set(s.g, geo);
      }
      inner = inner.plus(s.a.times(geo.sum(s.length)));
    }
    total = total.plus(inner.times(wAt(s.start)));
  }
  for (const pay of f.payments) total = total.minus(pay.amount.times(wAt(pay.day)));
  total = total.plus(f.heldValue.times(wAt(f.horizonDays - 1)));
  return total.plus(f.terminal.times(wAt(f.horizonDays)));
}

/** The last few daily discount factors, by rate (see dailyDiscount). */
const DISCOUNTS = new Map<string, Dec>();

/** The daily discount factor of `ratePct` % a year: (1 + rate/100)^(−1/365). */
export function dailyDiscount(ratePct: Dec): Dec {
  // a pure function of one small input, and a power with a fractional exponent (ln and exp to 34
  // digits) costs more than a whole run of days: the last few are kept (compare mode asks twice)
  const key = ratePct.toString();
  let w = DISCOUNTS.get(key);
  if (w === undefined) {
    w = ONE.plus(ratePct.div(HUNDRED)).pow(new Dec(-1).div(DAYS_PER_YEAR));
    if (DISCOUNTS.size >= 8) DISCOUNTS.clear();
    DISCOUNTS.set(key, w);
  }
  return w;
}

/** The day's flows in floats, d = 0 … horizonDays, for the IRR's scan only. */
export function floatFlows(f: Flows): Float64Array {
  const cf = new Float64Array(f.horizonDays + 1);
  const add = (day: number, amount: number) => {
    cf[day] = (cf[day] ?? 0) + amount;
  };
  add(0, f.dayZero.toNumber());
  // the segments share a few factor and cost objects: convert each once (toNumber goes through text)
  const numbers = new Map<Dec, number>();
  const num = (x: Dec): number => {
    let v = numbers.get(x);
    if (v === undefined) {
      v = x.toNumber();
      numbers.set(x, v);
    }
    return v;
  };
  for (const s of f.segments) {
    const a = s.a === ZERO ? 0 : s.a.toNumber();
    const g = num(s.g);
    const b = num(s.b);
    let gj = 1;
    for (let j = 0; j < s.length; j++) {
      add(s.start + j, a * gj + b);
      gj *= g;
    }
  }
  for (const p of f.payments) add(p.day, -p.amount.toNumber());
  add(f.horizonDays - 1, f.heldValue.toNumber());
  add(f.horizonDays, f.terminal.toNumber());
  return cf;
}

/** Changes of sign in the day-ordered flows, zeros skipped. */
export function signChanges(cf: Float64Array): number {
  let changes = 0;
  let last = 0;
  for (const x of cf) {
    if (x === 0) continue;
    const sign = Math.sign(x);
    if (last !== 0 && sign !== last) changes++;
    last = sign;
  }
  return changes;
}

/** Σ cf[d]·w^d in floats (Horner). */
export function floatNpv(cf: Float64Array, w: number): number {
  let value = 0;
  for (let d = cf.length - 1; d >= 0; d--) value = value * w + (cf[d] ?? 0);
  return value;
}

/** Σ |cf[d]|·w^d: the scale of floatNpv's rounding error. */
export function floatScale(cf: Float64Array, w: number): number {
  let scale = 0;
  for (let d = cf.length - 1; d >= 0; d--) scale = scale * w + Math.abs(cf[d] ?? 0);
  return scale;
}
