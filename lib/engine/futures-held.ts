/**
 * One future under a coin policy that keeps coins (spec §8: `hold`, `cover`), in floats: the odds
 * of a scenario that holds its coins are judged on the coins' value, not on daily sales. The
 * same day model as futures-float.ts's `runFloatFuture` (the same path, the same shutdown rule);
 * a test holds it to the exact engine within 10⁻⁹ relative. Sides with power terms (prices by the
 * month, peak hours, outages, hosting terms) are not covered here: their futures sell daily.
 *
 * Each day N (1-based) the position is the cash received minus the cash paid on days 0 … N−1,
 * plus the BTC held after day N−1 valued at day N−1's price; the break-even day is the first N
 * with a position ≥ the outlay. `hold` pays every day's power and fixed cost in cash and keeps
 * every coin; `cover` sells just enough of the day's coins to pay that day's cost (all of them when
 * that is not enough) and keeps the rest.
 */
import { DIFFICULTY_PERIOD_DAYS } from "./difficulty";
import { runFloatFuture, type DrawnPath, type FloatModel, type FloatOutcome } from "./futures-float";

/** Whether a side's futures can run under a keeping policy here (no power terms). */
export function keepsCoinsInFloats(model: FloatModel): boolean {
  return model.power === undefined;
}

/**
 * Runs one future keeping coins. Example: a flat path, 0.001 BTC a day kept at 10,000 and 5 a day
 * of power, hold: after 100 days −500 in cash and 0.1 BTC worth 1,000: position 500 − capex.
 */
export function runFloatFutureHeld(model: FloatModel, path: DrawnPath, policy: "hold" | "cover", positions?: Float64Array): FloatOutcome {
  const { horizonDays, periods, subsidy, periodSubsidy, keep, variable, fixedPerDay, stop, dailyPrice, periodDifficulty } = model;
  // the shutdown rule of one-day.ts, as runFloatFuture reads it: a day runs when keep × r ≥ V
  const threshold = model.runsFrom;
  let kOverD = model.kOverDifficulty;
  let price = model.btcPrice;
  let fees = model.feesPerBlockBtc;
  let cash = 0;
  let held = 0;
  let breakEvenDay = 0;
  for (let p = 0; p < periods; p++) {
    // the periods of the chain's retargets (spec §2): the first ends on the first step's day
    const start = p === 0 ? 0 : model.firstStepDay + DIFFICULTY_PERIOD_DAYS * (p - 1);
    const end = Math.min(model.firstStepDay + DIFFICULTY_PERIOD_DAYS * p, horizonDays);
    if (p > 0) {
      kOverD = kOverD / periodDifficulty / (path.difficulty[p] ?? 1);
      price *= path.price[p] ?? 1;
      fees = (path.feeRatio[p] ?? 0) * (periodSubsidy[p] ?? 0);
    }
    for (let d = start; d < end; d++) {
      // the price grows day by day from the period's first day (runFloatFuture's walk)
      if (d > 0) price *= dailyPrice;
      const coins = ((subsidy[d] ?? 0) + fees) * kOverD;
      const r = coins * price;
      const runs = !stop || r >= threshold;
      const cost = runs ? variable + fixedPerDay : fixedPerDay;
      if (!runs || policy === "hold") {
        cash -= cost;
        if (runs) held += keep * coins;
      } else {
        const revenue = keep * r;
        const sold = cost > 0 ? Math.min(revenue, cost) : 0;
        cash += sold - cost;
        held += (revenue - sold) / price;
      }
      if (breakEvenDay === 0 && cash + held * price - model.capex >= 0) breakEvenDay = d + 1;
    }
    if (positions) positions[p] = cash + held * price - model.capex;
  }
  return { breakEvenDay: breakEvenDay === 0 ? null : breakEvenDay, netProfit: cash + held * price - model.capex + model.resale };
}

/**
 * The run of one future for a side and a coin policy: `runFloatFuture` for daily sales (and for
 * sides with power terms, whose futures sell daily), `runFloatFutureHeld` otherwise.
 */
export function futureRunner(
  model: FloatModel,
  policy: "daily" | "hold" | "cover",
): (model: FloatModel, path: DrawnPath, positions?: Float64Array) => FloatOutcome {
  if (policy === "daily" || !keepsCoinsInFloats(model)) return runFloatFuture;
  return (m, path, positions) => runFloatFutureHeld(m, path, policy, positions);
}
