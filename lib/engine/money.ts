/**
 * What the rig is worth (the contract's section 8), with a loan beside it (the financing view): the
 * shutdown coin price, the fair rig price, NPV and IRR of a side, and its position under the coin
 * policy. The concepts live in their own files: the coin policy's pass (coin-policy.ts), the loan
 * (loan.ts), present value (present-value.ts), IRR (irr.ts) and the geometric sums shared with
 * runs.ts (geometric.ts); this file puts them together per side.
 */
import { Dec, HUNDRED, ONE, ZERO } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import { kept, type SideSpec } from "./day";
import type { RunRevenue } from "./runs";
import { part } from "./one-day";
import { allOn } from "./one-day";
import { loanSchedule, type LoanSchedule } from "./loan";
import { policyPass } from "./coin-policy";
import { dailyDiscount, presentValue, type Flows } from "./present-value";
import { irr } from "./irr";

export { loanSchedule, paymentDay, type LoanSchedule } from "./loan";
export { policyDays, boughtInsteadDays, type PolicyDay } from "./coin-policy";

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
