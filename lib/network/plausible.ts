/**
 * Whether a network reading is believable next to figures already trusted (the stored snapshot, the
 * last reading accepted): bands drawn from the protocol and from recorded history, so an API that
 * lies inside the schema's bounds (difficulty 1, BTC at $0.01, a height of 99,999,999, 1,000 BTC of
 * fees a block) is refused, with the figure and its band named, and the trusted figures kept.
 * Pure: the figures carry their own dates. Sources and the history behind each band: data/README.md,
 * "Plausible readings".
 */
import { Dec } from "../core/decimal";
import { daysBetween } from "../core/dates";
import { blockSubsidy, BLOCKS_PER_DAY } from "../engine/subsidy";
import type { NetworkFigures } from "./figures";

/** Blocks between two difficulty adjustments. */
export const RETARGET_BLOCKS = 2016;
/** The protocol's limit on one adjustment: the difficulty moves at most ×4 or ÷4. */
export const RETARGET_FACTOR = 4;

/**
 * The difficulty's history band over `days` (at least 1): ×/÷ (1.5 + days ÷ 20). The largest moves
 * recorded since 2016 (history tables, every 4 days): ×1.21 / ÷1.37 in 8 days, ×1.40 / ÷1.46 in 30,
 * ×2.23 / ÷1.83 in 90, ×7.7 in a year, ×31 in two years; the band holds each with room
 * (1.9, 3, 6, 19.75, 38). Checked against the tables in tests/lib/network/plausible.test.ts.
 */
export function difficultyHistoryFactor(days: number): number {
  return 1.5 + Math.max(1, days) / 20;
}

/**
 * The price's band over `days` (at least 1): ×/÷ (2 + days ÷ 4). The largest moves recorded since 2013:
 * ×1.39 / ÷1.61 in 4 days, ×4.8 / ÷1.8 in 30, ×11.6 / ÷2.3 in 90, ×79 / ÷5.3 in a year; the band
 * gives 3, 9.5, 24.5 and 93.
 */
export function priceFactor(days: number): number {
  return 2 + Math.max(1, days) / 4;
}

/**
 * How far the height may stray from 144 blocks a day since the trusted figures: 432 blocks (three
 * days, for the dates' whole-day grain) plus a quarter of the expected advance. Blocks came about 20 %
 * slower for weeks after China's mining ban (mid-2021) and a few % faster in years of fast growth.
 */
export function heightTolerance(days: number): number {
  return 3 * BLOCKS_PER_DAY + Math.ceil(0.25 * BLOCKS_PER_DAY * Math.max(0, days));
}

/**
 * Fees per block may be at most this share of the block subsidy. The fee figure is a 90-day average:
 * the largest 90-day average recorded is 27 % of the subsidy (January 2018); a single day reached
 * 280 % (the halving of 2024-04-20), none reached it over weeks.
 */
export const FEES_MAX_SHARE_OF_SUBSIDY = 1;

/** A difficulty or fee for a log line: plain up to a million, else in exponent form (1.000e+21). */
const fmt = (d: Dec) => (d.abs().gte(1e6) || (d.abs().lt(1e-3) && !d.isZero()) ? d.toExponential(3) : d.toSignificantDigits(8).toFixed());

/** A price to the cent: US$80527.06. */
const dollars = (d: Dec) => `US$${d.toFixed(2)}`;

/** Whether `value` lies within ×/÷ `factor` of `reference`, and the band as a text. */
function withinFactor(value: Dec, reference: Dec, factor: number, show: (d: Dec) => string): { ok: boolean; band: string } {
  const f = new Dec(factor);
  const low = reference.div(f);
  const high = reference.times(f);
  return { ok: value.gte(low) && value.lte(high), band: `${show(low)} … ${show(high)}` };
}

export type Plausibility = { ok: true } | { ok: false; reason: string };

/**
 * Checks a reading against trusted figures (each of them, in turn: the snapshot bounds the long run,
 * the last accepted reading the short one). The first figure outside its band is named with the
 * band and what it was drawn from.
 */
export function plausibleReading(reading: NetworkFigures, trusted: readonly NetworkFigures[]): Plausibility {
  for (const ref of trusted) {
    const check = againstOne(reading, ref);
    if (!check.ok) return check;
  }
  const subsidy = blockSubsidy(reading.height);
  const maxFees = subsidy.times(FEES_MAX_SHARE_OF_SUBSIDY);
  const fees = new Dec(reading.feesPerBlockBtc);
  if (fees.gt(maxFees))
    return {
      ok: false,
      reason: `fees of ${fmt(fees)} BTC a block are outside the band 0 … ${fmt(maxFees)} BTC (at most ${FEES_MAX_SHARE_OF_SUBSIDY * 100} % of the subsidy of ${subsidy.toFixed()} BTC at block ${reading.height})`,
    };
  return { ok: true };
}

function againstOne(reading: NetworkFigures, ref: NetworkFigures): Plausibility {
  const days = daysBetween(ref.date, reading.date);
  const since = `the figures of ${ref.date} (${days} days earlier)`;

  const expected = ref.height + BLOCKS_PER_DAY * Math.max(0, days);
  const tol = heightTolerance(days);
  if (Math.abs(reading.height - expected) > tol)
    return {
      ok: false,
      reason: `the height ${reading.height} is outside the band ${Math.max(0, expected - tol)} … ${expected + tol} (144 blocks a day from block ${ref.height} of ${since}, ± ${tol})`,
    };

  // the protocol: at most ×4 or ÷4 at each adjustment crossed (one more for a reference whose
  // difficulty was read near an adjustment), and the history band over the days elapsed
  const retargets = Math.max(0, Math.floor(reading.height / RETARGET_BLOCKS) - Math.floor(ref.height / RETARGET_BLOCKS)) + 1;
  const protocol = retargets >= 30 ? Infinity : RETARGET_FACTOR ** retargets;
  const history = difficultyHistoryFactor(days);
  const factor = Math.min(protocol, history);
  const difficulty = withinFactor(new Dec(reading.difficulty), new Dec(ref.difficulty), factor, fmt);
  if (!difficulty.ok)
    return {
      ok: false,
      reason: `the difficulty ${fmt(new Dec(reading.difficulty))} is outside the band ${difficulty.band} (×/÷ ${+factor.toFixed(2)} from ${ref.difficulty} of ${since}: ${
        factor === protocol ? `at most ×4 per adjustment, ${retargets} allowed` : "the largest moves recorded since 2016, with room"
      })`,
    };

  const pf = priceFactor(days);
  const price = withinFactor(new Dec(reading.btcUsd), new Dec(ref.btcUsd), pf, dollars);
  if (!price.ok)
    return {
      ok: false,
      reason: `the BTC price ${dollars(new Dec(reading.btcUsd))} is outside the band ${price.band} (×/÷ ${+pf.toFixed(2)} from US$${ref.btcUsd} of ${since}: the largest moves recorded, with room)`,
    };
  return { ok: true };
}
