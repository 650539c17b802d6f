/**
 * What the page says beside the odds (no engine here: the page's first load carries this module,
 * the odds themselves come from the worker): the headline's assumption in words, the odds' track
 * record from the backtest (data/calibration.ts, written by scripts/backtest.ts), and on a replay
 * what the odds said then.
 */
import { Dec } from "../core/decimal";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";
import type { Scenario } from "../scenario/schema";
import { CALIBRATION, CALIBRATION_SCRIPT, HOLD_CALIBRATION } from "../../data/calibration";
import type { OddsView } from "./odds";

/** The odds' model the track record is of (lib/futures-models.ts DEFAULT_ODDS_MODEL; a test holds them equal). */
export const TRACKED_MODEL = "margin" as const;

/**
 * Whether the scenario keeps its coins (sells none, or only enough to cover its bills): the odds'
 * models failed the backtest there (README: the odds' models and their backtest), so the page
 * shows no odds and the API gives that record with them.
 */
export function keepsCoins(s: Pick<Scenario, "coinPolicy">): boolean {
  return s.coinPolicy !== "daily";
}

/** What the headline assumes, in words. Example (en): "This answer assumes the BTC price stays at ¥87,800 and difficulty changes 4 % a month, …". */
export function assumptionText(s: Scenario, locale: Locale): string {
  const f = FORMATTERS[locale];
  const bg = new Dec(s.btcPriceGrowthPctPerMonth);
  return messagesFor(locale).headlineAssumes({
    price: f.money(new Dec(s.btcPrice).toDecimalPlaces(0).toFixed(), s.currency, 0),
    priceGrowth: bg.isZero() ? null : f.number(bg.toFixed(), 2),
    difficultyGrowth: f.number(new Dec(s.difficultyGrowthPctPerMonth).toFixed(), 2),
    // the fees of every block, held as the difficulty's trend is (the January 2018 page's 2.95 BTC: that month's spike)
    fees: new Dec(s.feesPerBlockBtc).toFixed(),
  });
}

/** The track record beside the odds: its sentences, and the reliability chart's bars. */
export interface TrackRecordView {
  summary: string;
  /** Whether the odds of this record passed the backtest (they did not for a scenario that keeps its coins). */
  passesBacktest: boolean;
  claim: string;
  range: string;
  tails: string;
  brier: string;
  /** The drift the model assumes (null when the model has none). */
  drift: string | null;
  how: string;
  /** Which figure has the better track record, in words. */
  lead: string;
  /** True when the median future called more verdicts right than the fixed trend. */
  oddsLead: boolean;
  source: string;
  chart: {
    title: string;
    desc: string;
    predicted: string;
    happened: string;
    bins: { label: string; forecastPct: number; paidPct: number; paid: string; count: string; n: number }[];
    /** The chart's points in a 100 × 100 box (x: odds given, y: 100 − share paid back), radius by count. */
    points: { x: number; y: number; r: number; label: string }[];
    /** The chart's end tick: "100 %" (en), "100%" (zh). */
    hundred: string;
    /** The band's coverage as a stacked bar: below P10, inside, above P90, % (summing to 100). */
    coverage: { below: number; inside: number; above: number; label: string };
  };
  insidePct: number;
}

/**
 * The track record of the page's odds (data/calibration.ts), in words: pooled over the backtest's
 * daily-selling configurations, or, for a scenario that keeps its coins (`kept`), the record of the
 * configurations that keep theirs, where the odds failed.
 */
export function trackRecordView(
  locale: Locale,
  driftPctPerYear: number | null,
  model: keyof typeof CALIBRATION = TRACKED_MODEL,
  kept = false,
): TrackRecordView {
  const c = (kept ? HOLD_CALIBRATION : CALIBRATION)[model];
  const m = messagesFor(locale);
  const f = FORMATTERS[locale];
  const whole = (text: string | number): string => f.number(Math.round(Number(text)), 0);
  const figures = { median: whole(c.medianRightPct), headline: whole(c.headlineRightPct) };
  const oddsLead = c.medianRightPct > c.headlineRightPct;
  // a space before % in English, none in Chinese (the glossary's style: “46%”)
  const pctSign = locale === "zh" ? "%" : " %";
  const bins = c.reliability
    .filter((b) => b.count > 0 && b.forecastPct !== null && b.paidPct !== null)
    .map((b) => ({
      label: `${b.fromPct}–${b.toPct}${pctSign}`,
      forecastPct: b.forecastPct ?? 0,
      paidPct: b.paidPct ?? 0,
      paid: `${b.paidPct ?? 0}${pctSign}`,
      count: m.track.startDates(f.number(b.count, 0)),
      n: b.count,
    }));
  return {
    summary: m.track.summary,
    passesBacktest: c.passesBacktest,
    claim: (kept ? m.track.claimHeld : m.track.claim)({ from: c.from.slice(0, 4), to: c.to.slice(0, 4), pct: whole(c.insideBandPct) }),
    // a band that held everything leaves no range worth stating
    range: kept
      ? ""
      : m.track.range({
          low: whole(c.insideBandRangePct[0]),
          high: whole(c.insideBandRangePct[1]),
          periods: whole(c.independentPeriods),
        }),
    tails: m.track.tails({ above: whole(c.aboveP90Pct), below: whole(c.belowP10Pct) }),
    brier: m.track.brier({ brier: f.fixed(c.brier, 2), base: f.fixed(c.baseRateBrier, 2) }),
    drift: driftPctPerYear === null ? null : m.track.drift(f.number(Math.round(driftPctPerYear), 0)),
    how: m.track.how,
    lead: oddsLead ? m.oddsLead(figures) : m.headlineLead(figures),
    oddsLead,
    source: m.track.source({ date: f.longDate(c.backtestDate), script: CALIBRATION_SCRIPT }),
    chart: {
      title: m.track.chartTitle,
      desc: m.track.chartDesc,
      predicted: m.track.predicted,
      happened: m.track.happened,
      hundred: `100${pctSign}`,
      bins,
      points: bins.map((b) => ({
        x: b.forecastPct,
        y: 100 - b.paidPct,
        // area by count: the largest group a radius of 6
        r: Math.max(2, 6 * Math.sqrt(b.n / Math.max(1, ...bins.map((x) => x.n)))),
        label: `${b.label}: ${b.forecastPct}${pctSign} → ${b.paidPct}${pctSign}`,
      })),
      coverage: {
        below: Number(c.belowP10Pct),
        inside: Number(c.insideBandPct),
        above: Number(c.aboveP90Pct),
        label: m.track.tails({ above: whole(c.aboveP90Pct), below: whole(c.belowP10Pct) }),
      },
    },
    insidePct: Math.round(Number(c.insideBandPct)),
  };
}

/**
 * On a replay whose horizon is recorded: what the odds said then and what happened.
 * Example: "In Jan 2018 the odds said 68 %; it did not pay back."
 */
export function oddsThenText(s: Scenario, odds: OddsView, paidBack: boolean, locale: Locale): string | null {
  if (!s.useHistory || !odds.ok || odds.payBackPct === null) return null;
  return messagesFor(locale).oddsThen({
    month: FORMATTERS[locale].month(s.startDate),
    pct: FORMATTERS[locale].number(Math.round(Number(odds.payBackPct)), 0),
    paid: paidBack,
  });
}
