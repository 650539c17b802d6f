/**
 * Reading today's network from a mempool-compatible API (mempool.space's REST API, or a self-hosted
 * instance): which paths to ask, and the pure check of what they answer. The fetching itself lives in
 * the update script and the server; both hand the answers' texts to `readMempool`.
 */
import { z } from "zod/mini";
import { Dec } from "../core/decimal";
import { FieldSchemas } from "../open/schema";
import { NetworkFiguresSchema, type NetworkFigures } from "./figures";

/** The public API, when no other base address is set. */
export const DEFAULT_NETWORK_API = "https://mempool.space/api";

/** Blocks the fee average covers: 90 days × 144 blocks, the window of the presets' recorded fees. */
export const FEE_BLOCKS = 90 * 144;

/** Fewer blocks than a day's (an instance that has not indexed them) give no fee figure. */
const MIN_FEE_BLOCKS = 144;

const SATS_PER_BTC = new Dec("1e8");

/** The three paths read, under the base address. */
export const MEMPOOL_PATHS = {
  /** The latest blocks, newest first: the tip's height and difficulty. */
  blocks: "/v1/blocks",
  /** Sums over the last N blocks: fees in satoshis (a number or, from MySQL's SUM, a decimal text). */
  rewardStats: `/v1/mining/reward-stats/${FEE_BLOCKS}`,
  /** The latest BTC prices: USD per BTC. */
  prices: "/v1/prices",
} as const;
export type MempoolPath = keyof typeof MEMPOOL_PATHS;

/** Each check says in our words which figure is wrong and what it must be (zod/mini carries no locale). */
const positive = (field: string) => {
  const error = `${field} must be a positive number`;
  return z.number(error).check(z.positive(error));
};
const whole = (field: string) => {
  const error = `${field} must be a whole number of 0 or more`;
  return z.int(error).check(z.nonnegative(error));
};
const wholeText = (field: string) => {
  const error = `${field} must be a whole number of 0 or more, as a number or as digits`;
  return z.union([z.int(error).check(z.nonnegative(error)), z.string(error).check(z.regex(/^\d+$/, error))], error);
};

const BlocksAnswer = z
  .array(
    z.object({ height: whole("a block's height"), difficulty: positive("a block's difficulty") }, "each block must be an object"),
    "a list of blocks was expected",
  )
  .check(z.minLength(1, "no blocks"));
const RewardStatsAnswer = z.object(
  { startBlock: whole("startBlock"), endBlock: whole("endBlock"), totalFee: wholeText("totalFee") },
  "an object with startBlock, endBlock and totalFee was expected",
);
const PricesAnswer = z.object({ USD: positive("USD") }, "an object with USD was expected");

export type MempoolAnswers = Record<MempoolPath, string>;
export type MempoolReading = { ok: true; network: NetworkFigures } | { ok: false; reason: string };

function json<T>(name: MempoolPath, text: string, schema: z.ZodMiniType<T>): { ok: true; value: T } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${MEMPOOL_PATHS[name]} did not answer JSON` };
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success)
    return { ok: false, reason: `${MEMPOOL_PATHS[name]} answered an unexpected shape: ${checked.error.issues[0]?.message ?? "?"}` };
  return { ok: true, value: checked.data };
}

/** The host name shown as the source ("mempool.space"), or the base as given when it is not a URL. */
export function sourceHost(base: string): string {
  try {
    return new URL(base).host || base;
  } catch {
    return base;
  }
}

/**
 * The network's figures from the API's three answers, read on the UTC day `date`; or why not.
 * Fees: total fees of the last blocks ÷ their number (endBlock − startBlock + 1), in BTC to 0.0001;
 * the price to the cent; the difficulty and height of the newest block. Every figure must pass the
 * scenario's own bounds, so a preset made from it is always a valid scenario.
 */
export function readMempool(
  answers: MempoolAnswers,
  {
    date,
    base,
    minHeight = 0,
  }: { date: string; base: string; /** A tip below this (another chain, a stale instance) is refused. */ minHeight?: number },
): MempoolReading {
  const blocks = json("blocks", answers.blocks, BlocksAnswer);
  if (!blocks.ok) return blocks;
  const stats = json("rewardStats", answers.rewardStats, RewardStatsAnswer);
  if (!stats.ok) return stats;
  const prices = json("prices", answers.prices, PricesAnswer);
  if (!prices.ok) return prices;

  const tip = blocks.value.reduce((a, b) => (b.height > a.height ? b : a));
  if (tip.height < minHeight) return { ok: false, reason: `the tip ${tip.height} is below block ${minHeight}: not today's main chain` };
  const { startBlock, endBlock, totalFee } = stats.value;
  const count = endBlock - startBlock + 1;
  if (count < MIN_FEE_BLOCKS) return { ok: false, reason: `the fee sums cover ${count} blocks; at least ${MIN_FEE_BLOCKS} are needed` };
  if (endBlock > tip.height) return { ok: false, reason: `the fee sums end at block ${endBlock}, after the tip ${tip.height}` };
  const fees = new Dec(String(totalFee)).div(count).div(SATS_PER_BTC).toDecimalPlaces(4);
  const values = {
    startDate: date,
    startHeight: tip.height,
    difficulty: new Dec(String(tip.difficulty)).toFixed(),
    feesPerBlockBtc: fees.toFixed(),
    btcPrice: new Dec(String(prices.value.USD)).toDecimalPlaces(2).toFixed(),
  };
  for (const [field, value] of Object.entries(values) as [keyof typeof values, string | number][]) {
    const check = FieldSchemas[field].safeParse(value);
    if (!check.success) return { ok: false, reason: `the API's ${field} is refused: ${check.error.issues[0]?.message ?? "?"}` };
  }
  const network = NetworkFiguresSchema.safeParse({
    date,
    source: { kind: "api", host: sourceHost(base), base },
    height: values.startHeight,
    difficulty: values.difficulty,
    feesPerBlockBtc: values.feesPerBlockBtc,
    feesBlocks: count,
    btcUsd: values.btcPrice,
  });
  return network.success
    ? { ok: true, network: network.data }
    : { ok: false, reason: network.error.issues[0]?.message ?? "unreadable figures" };
}
