/**
 * Geometric powers and sums of a daily factor, shared by the engine's runs (the price's daily
 * factor g over a run of days) and its money figures (discounted sums of cash flows).
 */
import { Dec, ONE } from "../core/decimal";

/** Below this distance from 1 a geometric sum is added term by term (see Geometric.sum). */
const CLOSED_FORM_GAP = new Dec("1e-12");

/**
 * Powers x^e and sums Σ_{j<L} x^j of a daily factor (the price's g, a discount w, g·w), cached by
 * exponent or length: the runs of the engine repeat a few lengths.
 * Example: x = 1.01: pow(2) = 1.0201, sum(3) = 1 + 1.01 + 1.0201 = 3.0301.
 */
export class Geometric {
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
   * Σ_{j<L} x^j: term by term for a run (at most 14 days: a difficulty period), and (x^L − 1)/(x − 1)
   * for a longer span when x − 1 keeps enough digits (|x − 1| > 10⁻¹², at most 12 of the 34 lost);
   * term by term near 1, where the closed form keeps only the digits of x − 1 (bg ≈ 1e-15 %/month).
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

/** Geometric per factor object: the runs share a handful of factor objects (1 and the projection's g). */
export class GeometricTable {
  private readonly table = new Map<Dec, Geometric>();
  of(x: Dec): Geometric {
    let geo = this.table.get(x);
    if (geo === undefined) {
      geo = new Geometric(x);
      this.table.set(x, geo);
    }
    return geo;
  }
}

/** The price steps of runs.ts: the powers and sums of the daily price factor g. */
export type PriceSteps = Geometric;

/** How many daily price factors keep their Geometric (a heat map has 15 price growths; futures share one). */
const STEPS_KEPT = 64;
const stepsByFactor = new Map<string, Geometric>();

/**
 * The Geometric of a daily factor, shared by every run of the engine with that factor, so its powers
 * and sums are worked out once (a pure cache: the same factor gives the same numbers).
 */
export function priceStepsOf(g: Dec): PriceSteps {
  const key = g.toString();
  let steps = stepsByFactor.get(key);
  if (steps === undefined) {
    steps = new Geometric(g);
    const oldest = stepsByFactor.keys().next();
    if (stepsByFactor.size >= STEPS_KEPT && oldest.done !== true) stepsByFactor.delete(oldest.value);
    stepsByFactor.set(key, steps);
  }
  return steps;
}
