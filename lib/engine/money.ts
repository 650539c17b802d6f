/**
 * What the mined coins do and what the rig is worth (the contract's section 8), and a loan beside
 * it (section 11's financing view): the coin policy's position, break-even day and net profit, the
 * BTC held, the shutdown coin price, the fair rig price, NPV and IRR.
 *
 * It reads the runs of runs.ts again, with the side's shutdown rule: a run whose days all run (or
 * all stand still) and all cover their costs (or none does) is one closed-form step; the rest is
 * walked day by day. The day's cash flow under every policy is `a·g^j + b` on day `start + j` of a
 * segment, so a discounted sum of a segment is `w^start·(a·Σ(g·w)^j + b·Σw^j)`, two short sums.
 */
import { Dec, HUNDRED, ONE, ZERO } from "../core/decimal";
import type { CoinPolicy, Scenario } from "../scenario/schema";
import { assert } from "../core/assert";
import { kept, type SideSpec } from "./day";
import { part, type RunRevenue } from "./runs";
import { allOn, modeOf, type DayTerms } from "./power";

const NO_TERMS = "every run carries the terms of each side";

const DAYS_PER_YEAR = 365;
/** IRR search range, % per year (spec §8) and its tolerance. */
const IRR_MIN_PCT = -99;
const IRR_MAX_PCT = 10_000;
const IRR_TOLERANCE_PCT = 0.01;
/** Points of the IRR scan, evenly spaced in ln(1 + i) from −99 % to 10,000 % a year: steps of 5.9 % of 1 + i. */
const IRR_SCAN_POINTS = 160;

/** A loan taken on day 0 (spec §11 financing): its schedule within the horizon. */
export interface LoanSchedule {
  /** Borrowed on day 0, currency: loan/100 × capex. */
  amount: Dec;
  /** The monthly annuity payment: L·r / (1 − (1 + r)^−n), r = apr/12/100; L/n when r = 0. */
  payment: Dec;
  /** Payments made within the horizon: 0-based day round(k × 30.4375), and the interest in each. */
  payments: { day: number; amount: Dec; interest: Dec }[];
  /** Σ of the interest parts of the payments made. */
  interestPaid: Dec;
  /** Principal still owed after the last payment made, repaid after the last day. */
  balance: Dec;
}

/** Day of payment k (1-based), 0-based: round(k × 30.4375), halves up (k × 30.4375 is exact in binary). */
export function paymentDay(k: number): number {
  return Math.round(k * 30.4375);
}

/**
 * The annuity of a loan of `amount` at `aprPct` % a year over `termMonths` months, cut at the horizon.
 * Example: ¥12,000 at 12 %/yr over 12 months: r = 0.01, payment = 12000 × 0.01 / (1 − 1.01^−12) ≈ ¥1,066.19.
 */
export function loanSchedule({
  amount,
  aprPct,
  termMonths,
  horizonDays,
}: {
  amount: Dec;
  aprPct: Dec;
  termMonths: number;
  horizonDays: number;
}): LoanSchedule {
  const r = aprPct.div(12).div(HUNDRED);
  const payment = annuityPayment(amount, r, termMonths);
  const payments: LoanSchedule["payments"] = [];
  let balance = amount;
  let interestPaid = ZERO;
  for (let k = 1; k <= termMonths; k++) {
    const day = paymentDay(k);
    if (day >= horizonDays) break;
    const interest = balance.times(r);
    // the last payment settles the balance exactly (the annuity's rounding leaves a few digits)
    const pay = k === termMonths ? balance.plus(interest) : payment;
    balance = balance.plus(interest).minus(pay);
    interestPaid = interestPaid.plus(interest);
    payments.push({ day, amount: pay, interest });
  }
  return { amount, payment, payments, interestPaid, balance };
}

/** Below this monthly rate the annuity's denominator is summed as a series (see annuityPayment). */
const SMALL_RATE = new Dec("1e-9");

/**
 * The monthly payment L·r / (1 − (1 + r)^−n). For a rate below 1e-9 a month, 1 + r keeps too few of
 * the 34 digits (at r = 1e-34 it rounds to 1 and the closed form divides by zero), so the denominator
 * is the binomial series 1 − (1 + r)^−n = Σ_{k≥1} (−1)^(k+1)·C(n+k−1, k)·r^k, whose terms fall by
 * about n·r each. Where even its second term, (n + 1)·r/2 of the first, is below the engine's
 * precision, the payment is the zero-rate limit L/n.
 * Example: ¥1,450 over 36 months at r = 1e-60: ¥1,450 / 36 ≈ ¥40.28.
 */
function annuityPayment(amount: Dec, r: Dec, n: number): Dec {
  if (r.isZero() || ONE.plus(r.times(n + 1).div(2)).eq(ONE)) return amount.div(n);
  if (r.gte(SMALL_RATE)) return amount.times(r).div(ONE.minus(ONE.plus(r).pow(-n)));
  let term = r.times(n);
  let denominator = term;
  for (let k = 1; ; k++) {
    term = term
      .times(-(n + k))
      .div(k + 1)
      .times(r);
    const next = denominator.plus(term);
    if (next.eq(denominator)) break;
    denominator = next;
  }
  return amount.times(r).div(denominator);
}

/** Below this distance from 1 a geometric sum is added term by term (see Geo.sum). */
const CLOSED_FORM_GAP = new Dec("1e-12");

/** Cash flow `a·g^j + b` on day `start + j`, j < length, currency. */
interface Segment {
  start: number;
  length: number;
  a: Dec;
  g: Dec;
  b: Dec;
}

/** Powers and short sums of a daily factor, cached by exponent or length. */
class Geo {
  private readonly powers = new Map<number, Dec>();
  private readonly sums = new Map<number, Dec>();
  private readonly isOne: boolean;
  constructor(readonly x: Dec) {
    this.isOne = x.eq(ONE);
  }
  pow(e: number): Dec {
    let v = this.powers.get(e);
    if (v === undefined) {
      v = this.isOne ? ONE : this.x.pow(e);
      this.powers.set(e, v);
    }
    return v;
  }
  /**
   * Σ_{j<L} x^j: term by term for a run (at most 14 days), and (x^L − 1)/(x − 1) for a longer span
   * when x − 1 keeps enough digits (|x − 1| > 10⁻¹², at most 12 of the 34 lost).
   */
  sum(length: number): Dec {
    let v = this.sums.get(length);
    if (v === undefined) {
      if (this.isOne) v = new Dec(length);
      else if (length > 16 && this.x.minus(ONE).abs().gt(CLOSED_FORM_GAP)) v = this.pow(length).minus(ONE).div(this.x.minus(ONE));
      else {
        v = ONE;
        for (let j = 1; j < length; j++) v = v.plus(this.pow(j));
      }
      this.sums.set(length, v);
    }
    return v;
  }
}

/** Geo per factor object: the runs share a handful of factor objects (1 and the projection's g). */
class GeoTable {
  private readonly table = new Map<Dec, Geo>();
  of(x: Dec): Geo {
    let geo = this.table.get(x);
    if (geo === undefined) {
      geo = new Geo(x);
      this.table.set(x, geo);
    }
    return geo;
  }
}

/** The coin policy's walk over one side's runs. */
interface PolicyPass {
  /** Σ of the day's cash flows (cash received − cash paid), currency. */
  cash: Dec;
  /** BTC held after the last day. */
  held: Dec;
  breakEvenDay: number | null;
  segments: Segment[];
}

interface PassInput {
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
function policyPass(p: PassInput): PolicyPass {
  const { spec, policy } = p;
  const geos = new GeoTable();
  const inverse = new Map<Dec, Geo>();
  const invGeo = (g: Dec): Geo => {
    let geo = inverse.get(g);
    if (geo === undefined) {
      geo = new Geo(ONE.div(g));
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
      const mode = modeOf(terms, fleet);
      const cost = oneOff === undefined ? mode.perDay : mode.perDay.plus(oneOff);
      let flow: Dec;
      if (!mode.running) flow = cost.neg();
      else if (!keepsCoins) flow = kept(spec, part(fleet, mode.share)).minus(cost);
      // gt, not isPositive(): decimal.js counts +0 as positive, and a day that costs nothing needs no coin sold
      else if (policy === "hold" || !cost.gt(0)) {
        flow = cost.neg();
        held = held.plus(kept(spec, part(run.btc, mode.share)));
      } else {
        const own = kept(spec, part(fleet, mode.share));
        if (own.gte(cost)) {
          flow = ZERO;
          held = held.plus(kept(spec, part(run.btc, mode.share))).minus(cost.div(price));
        } else flow = own.minus(cost);
      }
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
  const wGeo = new Geo(w);
  const products = new Map<Dec, Geo>();
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
        geo = new Geo(s.g.times(w));
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
function signChanges(cf: Float64Array): number {
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
function floatScale(cf: Float64Array, w: number): number {
  let scale = 0;
  for (let d = cf.length - 1; d >= 0; d--) scale = scale * w + Math.abs(cf[d] ?? 0);
  return scale;
}

/**
 * The lowest annual rate in −99 … 10,000 % at which the npv is 0, to within 0.01 %; null if none.
 *
 * When the flows change sign once, Descartes' rule of signs (the npv is a polynomial in the daily
 * factor w) allows one root at most, and the search bisects −99 … 10,000 % at once. Otherwise a
 * float scan over 160 rates evenly spaced in ln(1 + i) finds the first sign change (two roots
 * closer together than one step, ~5.9 % of 1 + i, can hide each other: the scan takes the first
 * change it sees); regula falsi (Illinois) and halving narrow it to 0.01 %. The bracket's two ends are then
 * confirmed: each end's sign is taken from the float npv when it is further from 0 than its
 * rounding error can reach (10⁻⁹ × Σ |terms|, far above the float error of a few thousand
 * terms), and from the exact decimal npv otherwise. If a confirmation fails, the answer is null
 * rather than a rate the decimals do not bear out.
 */
export function irr(flows: Flows): Dec | null {
  const ff = floatFlows(flows);
  const at = (ratePct: number) => floatNpv(ff, Math.pow(1 + ratePct / 100, -1 / DAYS_PER_YEAR));
  const lnMin = Math.log(1 + IRR_MIN_PCT / 100);
  const lnMax = Math.log(1 + IRR_MAX_PCT / 100);
  const rateAt = (k: number, points = IRR_SCAN_POINTS) =>
    k === 0 ? IRR_MIN_PCT : k === points ? IRR_MAX_PCT : (Math.exp(lnMin + ((lnMax - lnMin) * k) / points) - 1) * 100;
  let lo = rateAt(0);
  let loValue = at(lo);
  if (loValue === 0) return confirmRoot(flows, ff, lo, lo);
  let hi: number | null = null;
  // one sign change in the flows (in day order): Descartes' rule of signs leaves one root at most
  const points = signChanges(ff) <= 1 ? 1 : IRR_SCAN_POINTS;
  for (let k = 1; k <= points; k++) {
    const r = rateAt(k, points);
    const v = at(r);
    if (v === 0) return confirmRoot(flows, ff, r, r);
    if (Math.sign(v) !== Math.sign(loValue)) {
      hi = r;
      break;
    }
    lo = r;
    loValue = v;
  }
  if (hi === null) return null;
  const bracket = narrow(at, lo, loValue, hi);
  return bracket === null ? null : confirmRoot(flows, ff, bracket.lo, bracket.hi);
}

/**
 * A bracket at most 0.01 % wide around a sign change of `at` between `lo` and `hi` (% a year).
 * The Illinois variant of regula falsi in x = ln(1 + i) converges in a few steps where the npv is
 * smooth; once its estimate settles, ±0.005 % around it is tried as the bracket, and plain halving
 * takes over when that fails (it always ends: each step keeps a sign change).
 */
function narrow(at: (ratePct: number) => number, lo0: number, loValue0: number, hi0: number): { lo: number; hi: number } | null {
  const toX = (r: number) => Math.log(1 + r / 100);
  const toRate = (x: number) => (Math.exp(x) - 1) * 100;
  let lo = lo0;
  let hi = hi0;
  const loSign = Math.sign(loValue0);
  let fa = loValue0;
  let fb = at(hi);
  let side = 0;
  let last = Number.NaN;
  const half = IRR_TOLERANCE_PCT / 2;
  for (let i = 0; i < 40 && hi - lo > IRR_TOLERANCE_PCT; i++) {
    const xa = toX(lo);
    const xb = toX(hi);
    let c = toRate((xa * fb - xb * fa) / (fb - fa));
    if (!(c > lo && c < hi)) c = toRate((xa + xb) / 2);
    const fc = at(c);
    if (fc === 0) return { lo: c, hi: c };
    if (Math.sign(fc) === loSign) {
      lo = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    } else {
      hi = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    }
    if (Math.abs(c - last) < half) {
      // not clamped to the bracket: an end that sits on the root would leave its sign to the exact decimals
      const a = Math.max(IRR_MIN_PCT, c - half);
      const b = Math.min(IRR_MAX_PCT, c + half);
      const va = at(a);
      const vb = at(b);
      if (va === 0) return { lo: a, hi: a };
      if (vb === 0) return { lo: b, hi: b };
      if (Math.sign(va) === loSign && Math.sign(vb) !== loSign) return { lo: a, hi: b };
      if (Math.sign(va) !== loSign) hi = a;
      else lo = b;
    }
    last = c;
  }
  while (hi - lo > IRR_TOLERANCE_PCT) {
    const mid = hi - lo > 1 ? toRate((toX(lo) + toX(hi)) / 2) : (lo + hi) / 2;
    const v = at(mid);
    if (v === 0) return { lo: mid, hi: mid };
    if (Math.sign(v) === loSign) lo = mid;
    else hi = mid;
  }
  return { lo, hi };
}

/** −1, 0 or 1: the sign of the npv at `ratePct`, certain (float when clear, exact decimals otherwise). */
function certainSign(flows: Flows, ff: Float64Array, ratePct: number): number {
  const w = Math.pow(1 + ratePct / 100, -1 / DAYS_PER_YEAR);
  const value = floatNpv(ff, w);
  if (Math.abs(value) > floatScale(ff, w) * 1e-9) return Math.sign(value);
  return presentValue(flows, dailyDiscount(new Dec(ratePct))).cmp(0);
}

function confirmRoot(flows: Flows, ff: Float64Array, lo: number, hi: number): Dec | null {
  const a = certainSign(flows, ff, lo);
  const b = lo === hi ? a : certainSign(flows, ff, hi);
  if (a !== 0 && b !== 0 && a === b) return null;
  // the midpoint of a bracket at most 0.01 % wide, to 4 places
  return new Dec(lo).plus(hi).div(2).toDecimalPlaces(4);
}

/** A side's money figures (spec §8 and the financing view). */
export interface MoneyFigures {
  btcHeld: Dec;
  /** Under the coin policy (with a loan: net of its interest); only when the policy or a loan changes it. */
  breakEvenDay?: number | null;
  netProfit?: Dec;
  /** The buyer's own money: capex − loan. */
  ownMoney: Dec;
  shutdownBtcPrice: Dec | null;
  fairRigPrice: Dec | null;
  npv: Dec;
  irrPctPerYear?: Dec | null;
  loan: LoanSchedule | null;
}

/**
 * A side's money figures. `netProfit` is the summary's (daily selling, no loan) unless the policy
 * or a loan changes it; then the position of spec §8 is walked again over the runs.
 * Example: a side whose day-0 power costs ¥11.1132 and mines 0.0019370 BTC shuts down below
 * 11.1132 / 0.0019370 ≈ ¥5,737 per BTC.
 */
export function moneyFigures(p: {
  scenario: Scenario;
  spec: SideSpec;
  runs: readonly RunRevenue[];
  /** The fleet's BTC on day 0, before the shutdown rule and the host's share. */
  fleetBtcDayZero: Dec;
  finalBtcPrice: Dec;
  /** The summary's figures (daily selling, no loan). */
  base: { netProfit: Dec; totalRevenue: Dec; totalCost: Dec; totalBtc: Dec };
  irr: boolean;
}): MoneyFigures {
  const s = p.scenario;
  const { spec } = p;
  const { capex, resale } = spec;
  const horizon = s.horizonDays;
  const day0 = allOn(spec.terms.dayZero);
  const b0 = kept(spec, part(p.fleetBtcDayZero, day0.share));
  const shutdownBtcPrice = b0.isZero() ? null : day0.energyCost.div(b0);
  const loanShare = new Dec(s.loanPct).div(HUNDRED);
  const hasLoan = !loanShare.isZero();
  const apr = new Dec(s.loanAprPct);
  // the loan per unit borrowed: the fair price moves the amount borrowed with it
  const unit = hasLoan ? loanSchedule({ amount: ONE, aprPct: apr, termMonths: s.loanTermMonths, horizonDays: horizon }) : null;
  const amount = capex.times(loanShare);
  const loan: LoanSchedule | null = unit
    ? {
        amount,
        payment: unit.payment.times(amount),
        payments: unit.payments.map((x) => ({ day: x.day, amount: x.amount.times(amount), interest: x.interest.times(amount) })),
        interestPaid: unit.interestPaid.times(amount),
        balance: unit.balance.times(amount),
      }
    : null;
  const ownMoney = capex.minus(amount);
  const disc = new Dec(s.discountPctPerYear);
  const plain = s.coinPolicy === "daily" && !hasLoan;
  const needPass = !plain || !disc.isZero() || p.irr;

  let netProfit = p.base.netProfit;
  let btcHeld = ZERO;
  let breakEvenDay: number | null | undefined;
  let flows: Flows | null = null;
  if (needPass) {
    const payments = loan?.payments ?? [];
    const interestThrough = (day: number): Dec => {
      let sum = ZERO;
      for (const x of payments) {
        if (x.day > day) break;
        sum = sum.plus(x.interest);
      }
      return sum;
    };
    const pass = policyPass({
      runs: p.runs,
      spec,
      policy: s.coinPolicy,
      findBreakEven: !plain,
      totals: s.coinPolicy === "cover",
      interestThrough,
    });
    const { base } = p;
    const cash =
      s.coinPolicy === "cover" ? pass.cash : s.coinPolicy === "hold" ? base.totalCost.neg() : base.totalRevenue.minus(base.totalCost);
    btcHeld = s.coinPolicy === "cover" ? pass.held : s.coinPolicy === "hold" ? base.totalBtc : ZERO;
    const heldValue = btcHeld.times(p.finalBtcPrice);
    if (!plain) {
      netProfit = cash
        .plus(heldValue)
        .minus(capex)
        .plus(resale)
        .minus(loan?.interestPaid ?? ZERO);
      breakEvenDay = pass.breakEvenDay;
    }
    flows = {
      segments: pass.segments,
      dayZero: amount.minus(capex),
      payments,
      heldValue,
      terminal: resale.minus(loan?.balance ?? ZERO),
      horizonDays: horizon,
    };
  }

  // npv and the fair price: npv = M + capex·a + resale·w^H, linear in the rig price (spec §8)
  const w = disc.isZero() ? ONE : dailyDiscount(disc);
  const npv = flows && !disc.isZero() ? presentValue(flows, w) : netProfit;
  const wH = disc.isZero() ? ONE : w.pow(horizon);
  // a = −1 + share × (1 − PV of the debt service per unit borrowed)
  let a = new Dec(-1);
  if (unit) {
    let debt = unit.balance.times(wH);
    for (const x of unit.payments) debt = debt.plus(x.amount.times(disc.isZero() ? ONE : w.pow(x.day)));
    a = a.plus(loanShare.times(ONE.minus(debt)));
  }
  const mining = npv.minus(capex.times(a)).minus(resale.times(wH));
  // npv(p) = M + n·(p + setup)·a + n·p·resale/100·w^H = 0, with n·setup = capex − n·rigPrice
  const n = new Dec(s.rigCount);
  const setupAll = capex.minus(n.times(s.rigPrice));
  const slope = n.times(a.plus(new Dec(s.resalePct).div(HUNDRED).times(wH)));
  const fairRigPrice = new Dec(s.resalePct).eq(HUNDRED) || slope.isZero() ? null : mining.plus(setupAll.times(a)).neg().div(slope);

  const out: MoneyFigures = { btcHeld, ownMoney, shutdownBtcPrice, fairRigPrice, npv, loan };
  if (!plain) {
    out.netProfit = netProfit;
    out.breakEvenDay = breakEvenDay ?? null;
  }
  if (p.irr && flows) out.irrPctPerYear = irr(flows);
  return out;
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
    if (!side.running || policy === "daily") cash = cash.plus(side.revenue).minus(cost);
    else if (policy === "hold" || cost.lte(0)) {
      cash = cash.minus(cost);
      held = held.plus(side.btc);
    } else if (side.revenue.gte(cost)) held = held.plus(side.btc).minus(cost.div(btcPrice));
    else cash = cash.plus(side.revenue).minus(cost);
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
