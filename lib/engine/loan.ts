/**
 * A loan taken on day 0 beside the rigs (the financing view): a monthly annuity, its payments
 * within the horizon, the interest paid and the balance left after the last day.
 */
import { Dec, HUNDRED, ONE, ZERO } from "../core/decimal";

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
