/**
 * One scenario from its first day to its last: the days of day.ts, taken in runs by runs.ts, summed
 * up by summary.ts, and in compare mode the crossover of crossover.ts. Both sides share one pass.
 */
import { Dec, ONE } from "../core/decimal";
import { addDays } from "../core/dates";
import { at } from "../core/at";
import { assert } from "../core/assert";
import type { Scenario } from "../scenario/schema";
import type { PowerTerms } from "../scenario/power-terms";
import { BLOCKS_PER_DAY, daySubsidy, nextSubsidyChange } from "./subsidy";
import { dailyPriceFactor, DIFFICULTY_PERIOD_DAYS, firstRetargetDay, periodGrowthFactor } from "./difficulty";
import { fleetBtcFactor, listSides, mapSides, sideSpecs } from "./day";
import { newState, RunWalker, type PositionPoint, type ScheduleDay, type SideState } from "./runs";
import { priceStepsOf, type PriceSteps } from "./geometric";
import { summarize, withMoney, type SideSummary } from "./summary";
import { moneyFigures } from "./money";
import { crossover } from "./crossover";

export type { SideName, FirstDay } from "./day";
export type { DaySide, ScheduleDay, PositionPoint } from "./runs";
export type { SideSummary } from "./summary";
export type { LoanSchedule } from "./loan";

const NO_RECORDED_MARKET = "a history replay (useHistory) is simulated with its recorded market: pass options.recorded";
const NO_RUNS = "the walker keeps its runs for the crossover search and the money figures";
const SHORT_RECORD = "the recorded market has a difficulty, a price and a height for each of its days";

interface SimulationCommon {
  scenario: Scenario;
  /** BTC price on the last day. */
  finalBtcPrice: Dec;
  schedule?: ScheduleDay[];
  positions?: PositionPoint[];
  /**
   * History replay (spec §6, §7): the span of days that used recorded figures, and the span of
   * those that used recorded fees (null when none did: a start after the fee table's last day).
   */
  history?: { from: string; to: string; fees: { from: string; to: string } | null };
}

/** The result of one scenario: the summary of each side its mode has (spec §3, §5). */
export type Simulation = SimulationCommon &
  (
    | { mode: "self"; self: SideSummary; hosted?: undefined; crossoverElectricityPrice?: undefined }
    | { mode: "hosted"; hosted: SideSummary; self?: undefined; crossoverElectricityPrice?: undefined }
    | {
        mode: "compare";
        self: SideSummary;
        hosted: SideSummary;
        /** Self-run `kwh` at which both net profits are equal; null if none in −10 … 10. */
        crossoverElectricityPrice: Dec | null;
      }
  );

/** Recorded days (history, spec §6), day 0 first: the figures the replay uses instead of the projection. */
export interface RecordedDays {
  difficulty: readonly Dec[];
  /** BTC price, in the scenario's currency. */
  price: readonly Dec[];
  /** Height of the first block of each day. */
  height: readonly number[];
  /**
   * Recorded fees per block of days 0 … fees.length − 1 (spec §7); later days use the scenario's
   * `fees`. Fewer entries than days where the fee table ends before the other tables.
   */
  fees?: readonly Dec[];
}

/** Where a replay's recorded days come from; the engine never reads the tables (lib/history does). */
export type RecordedSource = (s: Scenario) => RecordedDays;

export interface SimulateOptions {
  /** Also return the day-by-day schedule (for charts and CSV), from the same pass. */
  schedule?: boolean;
  /** Also return each side's position at the end of every run of days (cheap; for many futures). */
  positions?: boolean;
  /**
   * A market path instead of the smooth projection: at the start of difficulty period p (p ≥ 1, the
   * chain's p-th retarget after day 0, difficulty.ts) the price is multiplied by `priceShocks[p]` and
   * the difficulty by `difficultyShocks[p]`, on top of the scenario's growth rates. Missing entries are 1.
   */
  market?: {
    priceShocks?: readonly Dec[];
    difficultyShocks?: readonly Dec[];
    /** BTC of fees per block from the start of period p on (p ≥ 1); before the first entry, the scenario's `fees`. */
    feesPerBlockBtc?: readonly Dec[];
  };
  /**
   * Recorded days (history, spec §6), required when the scenario has `useHistory`: day d < length
   * uses these figures; the projection continues after the last one from its difficulty, price and height.
   */
  recorded?: RecordedDays;
  /** Also search each side's IRR (spec §8); the doors ask for it, the engine's many-run views need not. */
  irr?: boolean;
}

/**
 * Runs the scenario. One pass gives the summary of each side and, when asked, the schedule.
 * Example: the S9 of January 2018 at ¥30,000, flat figures, pays back on day 189 (2018-07-22).
 */
export function simulate(scenario: Scenario, lists: PowerTerms, options: SimulateOptions = {}): Simulation {
  const s = scenario;
  const horizon = s.horizonDays;
  const recorded = options.recorded;
  assert(!s.useHistory || recorded !== undefined, NO_RECORDED_MARKET);

  const k = fleetBtcFactor(s);
  const g = dailyPriceFactor(new Dec(s.btcPriceGrowthPctPerMonth));
  const steps = priceStepsOf(g);
  const wantSchedule = options.schedule === true;
  const wantPositions = options.positions === true;

  const specs = sideSpecs(s, lists);
  const states = mapSides(specs, (spec) => newState({ spec, trackAll: wantPositions }));
  const cuts = listSides(specs)[0]?.plan.cuts ?? [];
  const walker = new RunWalker({
    states: listSides(states),
    steps,
    feesPerBlockBtc: new Dec(s.feesPerBlockBtc),
    startDate: s.startDate,
    startPrice: new Dec(s.btcPrice),
    keepRuns: true,
    schedule: wantSchedule,
    positions: wantPositions,
  });
  const recordedDays = recorded ? Math.min(recorded.price.length, horizon) : 0;
  const scenarioStart: ProjectionStart = {
    difficulty: new Dec(s.difficulty),
    kOverDifficulty: k.div(s.difficulty),
    btcPrice: new Dec(s.btcPrice),
    height: s.startHeight,
    firstStepDay: firstRetargetDay(s.startHeight),
  };
  const from = recorded && recordedDays > 0 ? addRecordedDays({ walker, recorded, days: recordedDays, k, g }) : scenarioStart;
  addProjection({
    walker,
    cuts,
    from,
    firstDay: recordedDays,
    horizonDays: horizon,
    s14: periodGrowthFactor(new Dec(s.difficultyGrowthPctPerMonth)),
    steps,
    dailyPrice: g,
    market: options.market,
    trackDifficulty: wantSchedule,
  });

  const finalBtcPrice = walker.finalBtcPrice;
  const dayZero = walker.fleetDayZero;
  const runs = walker.runs;
  assert(runs, NO_RUNS);
  // the crossover compares the sides as §3 writes them: selling daily, no loan
  const dailyNet: { hosted?: Dec } = {};
  const finish = (state: SideState): SideSummary => {
    const base = summarize({ state, scenario: s, dayZero, finalBtcPrice });
    if (state.spec.name === "hosted") dailyNet.hosted = base.netProfit;
    const money = moneyFigures({
      scenario: s,
      spec: state.spec,
      runs,
      fleetBtcDayZero: dayZero.btc,
      finalBtcPrice,
      base,
      irr: options.irr === true,
    });
    return withMoney(base, money, s.startDate);
  };
  let result: Simulation;
  const common: SimulationCommon = { scenario: s, finalBtcPrice };
  switch (states.mode) {
    case "self":
      result = { ...common, mode: "self", self: finish(states.self) };
      break;
    case "hosted":
      result = { ...common, mode: "hosted", hosted: finish(states.hosted) };
      break;
    case "compare": {
      const hosted = finish(states.hosted);
      const crossoverElectricityPrice = crossover({
        runs,
        self: states.self.spec,
        stop: s.shutdownWhenUnprofitable,
        hostedNetProfit: dailyNet.hosted ?? hosted.netProfit,
      });
      result = { ...common, mode: "compare", self: finish(states.self), hosted, crossoverElectricityPrice };
      break;
    }
  }
  if (walker.schedule) result.schedule = walker.schedule;
  if (walker.positions) result.positions = walker.positions;
  if (s.useHistory && recorded && recordedDays > 0) {
    const feeDays = Math.min(recorded.fees?.length ?? 0, recordedDays);
    result.history = {
      from: s.startDate,
      to: addDays(s.startDate, recordedDays - 1),
      fees: feeDays > 0 ? { from: s.startDate, to: addDays(s.startDate, feeDays - 1) } : null,
    };
  }
  return result;
}

/**
 * `simulate` for an engine view that runs changed copies of a scenario: a replay's recorded days
 * come from `history`, asked for each copy (a copy's own day 0 may differ).
 */
export function simulateWith(
  s: Scenario,
  lists: PowerTerms,
  history: RecordedSource | undefined,
  options: SimulateOptions = {},
): Simulation {
  return simulate(s, lists, s.useHistory && history ? { ...options, recorded: history(s) } : options);
}

/** Where the projection starts: the day after the last recorded one, or the scenario's day 0. */
interface ProjectionStart {
  difficulty: Dec;
  /** k / D: the fleet's BTC a day per BTC of reward per block. */
  kOverDifficulty: Dec;
  btcPrice: Dec;
  height: number;
  /** The first day on which the difficulty steps (the chain's next retarget), ≥ the projection's first day. */
  firstStepDay: number;
}

/** The recorded days (history), one run a day, each with its own difficulty, price and height. */
function addRecordedDays({
  walker,
  recorded,
  days,
  k,
  g,
}: {
  walker: RunWalker;
  recorded: RecordedDays;
  days: number;
  k: Dec;
  g: Dec;
}): ProjectionStart {
  for (let d = 0; d < days; d++) {
    const height = at(recorded.height, d, SHORT_RECORD);
    const difficulty = at(recorded.difficulty, d, SHORT_RECORD);
    walker.add({
      start: d,
      length: 1,
      height,
      subsidyBtc: daySubsidy(height),
      kOverDifficulty: k.div(difficulty),
      btcPrice: at(recorded.price, d, SHORT_RECORD),
      difficulty,
      dailyPrice: ONE,
      feesPerBlockBtc: recorded.fees?.[d],
    });
  }
  const difficulty = at(recorded.difficulty, days - 1, SHORT_RECORD);
  const lastHeight = at(recorded.height, days - 1, SHORT_RECORD);
  return {
    difficulty,
    kOverDifficulty: k.div(difficulty),
    btcPrice: at(recorded.price, days - 1, SHORT_RECORD).times(g),
    height: lastHeight + BLOCKS_PER_DAY,
    // the last recorded day's height places it in its epoch: the next retarget comes 1 … 14 days after it
    firstStepDay: days - 1 + firstRetargetDay(lastHeight),
  };
}

/**
 * The projection from `firstDay` to the horizon: the difficulty steps on the chain's retargets (s14,
 * and the market's shocks), first on `from.firstStepDay`, then every 14 days; the price compounds
 * daily, the heights follow the clock; each period is cut into runs of equal subsidy.
 */
function addProjection({
  walker,
  cuts,
  from,
  firstDay,
  horizonDays,
  s14,
  steps,
  dailyPrice,
  market,
  trackDifficulty,
}: {
  walker: RunWalker;
  /** Days where a side's power terms change (power.ts): a run starts there. */
  cuts: readonly number[];
  from: ProjectionStart;
  firstDay: number;
  horizonDays: number;
  s14: Dec;
  steps: PriceSteps;
  dailyPrice: Dec;
  market: SimulateOptions["market"];
  /** Keep the difficulty itself up to date (for the schedule's rows); k / D is always kept. */
  trackDifficulty: boolean;
}): void {
  const flatDifficulty = s14.eq(ONE);
  const invS14 = flatDifficulty ? ONE : ONE.div(s14);
  let { difficulty, kOverDifficulty, btcPrice } = from;
  let fees: Dec | undefined;
  let cut = 0;
  let period = 0;
  let nextStep = from.firstStepDay;
  for (let periodStart = firstDay; periodStart < horizonDays;) {
    if (periodStart === nextStep) {
      period++;
      nextStep += DIFFICULTY_PERIOD_DAYS;
      if (!flatDifficulty) {
        kOverDifficulty = kOverDifficulty.times(invS14);
        if (trackDifficulty) difficulty = difficulty.times(s14);
      }
      const dShock = market?.difficultyShocks?.[period];
      if (dShock !== undefined && !dShock.eq(ONE)) {
        kOverDifficulty = kOverDifficulty.div(dShock);
        if (trackDifficulty) difficulty = difficulty.times(dShock);
      }
      const pShock = market?.priceShocks?.[period];
      if (pShock !== undefined && !pShock.eq(ONE)) btcPrice = btcPrice.times(pShock);
      fees = market?.feesPerBlockBtc?.[period] ?? fees;
    }
    const periodEnd = Math.min(nextStep, horizonDays);
    let runStart = periodStart;
    while (runStart < periodEnd) {
      // subsidy runs are counted in days from the projection's first day and its height
      const change = nextSubsidyChange(from.height, runStart - firstDay, periodEnd - firstDay);
      while (cut < cuts.length && (cuts[cut] ?? Infinity) <= runStart) cut++;
      const runEnd = Math.min(change === null ? periodEnd : change + firstDay, cuts[cut] ?? Infinity);
      const length = runEnd - runStart;
      const height = from.height + BLOCKS_PER_DAY * (runStart - firstDay);
      walker.add({
        start: runStart,
        length,
        height,
        subsidyBtc: daySubsidy(height),
        kOverDifficulty,
        btcPrice,
        difficulty,
        dailyPrice,
        ...(fees === undefined ? {} : { feesPerBlockBtc: fees }),
      });
      btcPrice = btcPrice.times(steps.pow(length));
      runStart = runEnd;
    }
    periodStart = periodEnd;
  }
}
