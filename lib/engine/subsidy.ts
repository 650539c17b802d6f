import { Dec, ZERO } from "../core/decimal";
import { at } from "../core/at";

/** Blocks between two halvings. */
export const HALVING_INTERVAL = 210_000;
/** Blocks in one model day (one block every ten minutes). */
export const BLOCKS_PER_DAY = 144;
/** The halving from which the model's subsidy is 0. */
export const LAST_HALVING = 64;

const subsidyByEpoch: Dec[] = [];
for (let e = 0; e < LAST_HALVING; e++) subsidyByEpoch.push(new Dec(50).div(new Dec(2).pow(e)));

/**
 * Subsidy of one block, in BTC: 50 / 2^floor(height / 210000), and 0 from the 64th halving on.
 * Example: blockSubsidy(840000) = 3.125.
 */
export function blockSubsidy(height: number): Dec {
  const epoch = Math.floor(height / HALVING_INTERVAL);
  return epoch < LAST_HALVING ? at(subsidyByEpoch, epoch, "an epoch below the 64th halving has a subsidy") : ZERO;
}

/**
 * Mean subsidy per block, in BTC, of the 144 blocks `firstHeight … firstHeight + 143` of one day.
 * A formula, not a loop: a day spans at most one halving, so it is a blend of two epochs.
 * Example: the day starting at 839,928 has 72 blocks at 6.25 and 72 at 3.125, mean 4.6875.
 */
export function daySubsidy(firstHeight: number): Dec {
  const lastHeight = firstHeight + BLOCKS_PER_DAY - 1;
  const firstEpoch = Math.floor(firstHeight / HALVING_INTERVAL);
  const lastEpoch = Math.floor(lastHeight / HALVING_INTERVAL);
  if (firstEpoch === lastEpoch) return blockSubsidy(firstHeight);
  const before = (firstEpoch + 1) * HALVING_INTERVAL - firstHeight;
  return blockSubsidy(firstHeight)
    .times(before)
    .plus(blockSubsidy(lastHeight).times(BLOCKS_PER_DAY - before))
    .div(BLOCKS_PER_DAY);
}

/**
 * The first day index ≥ `fromDay` whose subsidy differs from day `fromDay`'s, or Infinity-free
 * `null` when none does before `untilDay`. Used to cut the horizon into runs of equal subsidy.
 */
export function nextSubsidyChange(startHeight: number, fromDay: number, untilDay: number): number | null {
  const h = startHeight + BLOCKS_PER_DAY * fromDay;
  const epoch = Math.floor(h / HALVING_INTERVAL);
  if (epoch >= LAST_HALVING) return null;
  const boundary = (epoch + 1) * HALVING_INTERVAL;
  const offset = boundary - startHeight;
  // the day holding the boundary block: blended unless the boundary is its first block
  const day = Math.floor(offset / BLOCKS_PER_DAY);
  const change = day > fromDay ? day : day + 1;
  return change < untilDay ? change : null;
}
