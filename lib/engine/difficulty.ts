import { Dec, DAYS_PER_MONTH, HUNDRED, ONE } from "../core/decimal";

/** Days in one difficulty period: 2016 blocks at ten minutes. */
export const DIFFICULTY_PERIOD_DAYS = 14;

/**
 * Growth factor of difficulty from one 14-day period to the next:
 * s = (1 + dg/100)^(14 / 30.4375). Example: 8 %/month gives s ≈ 1.0360.
 */
export function periodGrowthFactor(difficultyGrowthPctPerMonth: Dec): Dec {
  if (difficultyGrowthPctPerMonth.isZero()) return ONE;
  return memo(periodCache, difficultyGrowthPctPerMonth, (pct) =>
    ONE.plus(pct.div(HUNDRED)).pow(new Dec(DIFFICULTY_PERIOD_DAYS).div(DAYS_PER_MONTH)),
  );
}

// A fractional power costs about as much as a whole 3-year simulation, and a user typing in
// other fields asks for the same rates again and again: remember the last few.
const MEMO_SIZE = 64;
const periodCache = new Map<string, Dec>();
const dailyCache = new Map<string, Dec>();

function memo(cache: Map<string, Dec>, pct: Dec, compute: (pct: Dec) => Dec): Dec {
  const key = pct.toString();
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(pct);
    if (cache.size >= MEMO_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
  }
  return value;
}

/**
 * Daily BTC price growth factor: g = (1 + bg/100)^(1 / 30.4375), so P_d = btcPrice × g^d.
 * Example: 0 %/month gives g = 1; −100 %/month gives g = 0 (the price is 0 from day 1).
 */
export function dailyPriceFactor(btcPriceGrowthPctPerMonth: Dec): Dec {
  if (btcPriceGrowthPctPerMonth.isZero()) return ONE;
  return memo(dailyCache, btcPriceGrowthPctPerMonth, (pct) => {
    const monthly = ONE.plus(pct.div(HUNDRED));
    return monthly.isZero() ? monthly : monthly.pow(ONE.div(DAYS_PER_MONTH));
  });
}

/** Difficulty on day d: difficulty × s^floor(d / 14). */
export function difficultyOnDay(difficulty: Dec, difficultyGrowthPctPerMonth: Dec, day: number): Dec {
  return difficulty.times(periodGrowthFactor(difficultyGrowthPctPerMonth).pow(Math.floor(day / DIFFICULTY_PERIOD_DAYS)));
}
