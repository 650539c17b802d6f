import { Dec, DAYS_PER_MONTH, HUNDRED, ONE } from "../core/decimal";
import { BLOCKS_PER_DAY } from "./subsidy";

/** Days in one difficulty period: 2016 blocks at ten minutes (144 a day). */
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

/** Blocks between two retargets of the chain. */
export const BLOCKS_PER_RETARGET = 2016;

/**
 * m(d) of the contract's §2: how many retargets the chain has made between the first block of day 0
 * (height `startHeight`) and the first block of day d, floor(((startHeight mod 2016) + 144·d) / 2016).
 * Example: startHeight mod 2016 = 144 gives m(12) = 0, m(13) = 1, m(27) = 2.
 */
export function retargetsBy(startHeight: number, day: number): number {
  return Math.floor(((startHeight % BLOCKS_PER_RETARGET) + BLOCKS_PER_DAY * day) / BLOCKS_PER_RETARGET);
}

/**
 * The first day (counted from the day whose first block is `height`) on which the difficulty steps:
 * 14 − floor((height mod 2016) / 144), from 1 to 14; later steps follow every 14 days.
 * Example: a height on a retarget (mod 2016 = 0) steps on day 14; one day into its epoch (144) on day 13.
 */
export function firstRetargetDay(height: number): number {
  return DIFFICULTY_PERIOD_DAYS - Math.floor((height % BLOCKS_PER_RETARGET) / BLOCKS_PER_DAY);
}

/**
 * The difficulty periods of a horizon on the chain's calendar: period 0 is days 0 … first − 1,
 * period p ≥ 1 starts on day first + 14·(p − 1), where `first` = firstRetargetDay(startHeight).
 * Example: start height mod 2016 = 144, 30 days: periods start on days 0, 13, 27 (three periods).
 */
export class RetargetCalendar {
  /** The day of the first step, 1 … 14. */
  readonly firstStepDay: number;
  /** Periods that hold at least one day of the horizon: m(horizonDays − 1) + 1. */
  readonly periods: number;

  constructor(
    startHeight: number,
    readonly horizonDays: number,
  ) {
    this.firstStepDay = firstRetargetDay(startHeight);
    this.periods = horizonDays <= 0 ? 0 : this.periodOf(horizonDays - 1) + 1;
  }

  /** First day of period p (0 for p = 0). */
  startOf(p: number): number {
    return p === 0 ? 0 : this.firstStepDay + DIFFICULTY_PERIOD_DAYS * (p - 1);
  }

  /** The day after period p's last day, within the horizon. */
  endOf(p: number): number {
    return Math.min(this.startOf(p + 1), this.horizonDays);
  }

  /** The period of day d: m(d). */
  periodOf(day: number): number {
    return day < this.firstStepDay ? 0 : Math.floor((day - this.firstStepDay) / DIFFICULTY_PERIOD_DAYS) + 1;
  }
}

/** Difficulty on day d (§2): difficulty × s^m(d), m(d) = floor(((startHeight mod 2016) + 144·d) / 2016). */
export function difficultyOnDay({
  difficulty,
  difficultyGrowthPctPerMonth,
  startHeight,
  day,
}: {
  difficulty: Dec;
  difficultyGrowthPctPerMonth: Dec;
  startHeight: number;
  day: number;
}): Dec {
  return difficulty.times(periodGrowthFactor(difficultyGrowthPctPerMonth).pow(retargetsBy(startHeight, day)));
}
