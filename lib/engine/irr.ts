/**
 * The internal rate of return of a side's cash flows (spec §8 irrPctPerYear): the lowest annual rate
 * in −99 … 10,000 % at which the npv is 0, to within 0.01 %, found in floats and confirmed in decimals.
 */
import { Dec } from "../core/decimal";
import { dailyDiscount, floatFlows, floatNpv, floatScale, presentValue, signChanges, type Flows } from "./present-value";

const DAYS_PER_YEAR = 365;
/** IRR search range, % per year (spec §8) and its tolerance. */
const IRR_MIN_PCT = -99;
const IRR_MAX_PCT = 10_000;
const IRR_TOLERANCE_PCT = 0.01;
/** Points of the IRR scan, evenly spaced in ln(1 + i) from −99 % to 10,000 % a year: steps of 5.9 % of 1 + i. */
const IRR_SCAN_POINTS = 160;

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
