/**
 * The network's figures of one day (height, difficulty, fees, BTC price), where they came from, and
 * what they imply. The modern presets take theirs from one of these: the stored snapshot
 * (data/network.ts) or the server's hourly refresh from a mempool-compatible API.
 * Pure: the reader's today is passed in.
 */
import { z } from "zod/mini";
import { dayNumber, daysBetween } from "../core/dates";

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;
/** A figure's refusal in our words, naming it (zod/mini carries no locale). */
const mustBe = (field: string, allowed: string) => `${field} must be ${allowed}`;
const decimalText = (field: string) => {
  const error = mustBe(field, "a plain decimal text of 0 or more");
  return z.string(error).check(z.regex(DECIMAL, error));
};
const text = (field: string, max: number) => {
  const error = mustBe(field, `a text of 1 to ${max} characters`);
  return z.string(error).check(z.minLength(1, error), z.maxLength(max, error));
};
const wholeNumber = (field: string, min: number, max?: number) => {
  const error = mustBe(field, max === undefined ? `a whole number of ${min} or more` : `a whole number from ${min} to ${max}`);
  return max === undefined ? z.int(error).check(z.gte(min, error)) : z.int(error).check(z.gte(min, error), z.lte(max, error));
};
const isoDate = z.string("date must be a text YYYY-MM-DD").check(z.refine((t) => dayNumber(t) !== null, "a real date YYYY-MM-DD"));

/** Where the figures came from: the project's recorded history tables, or an API read on `date`. */
export const NetworkSourceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("tables") }),
    z.object({ kind: z.literal("api"), host: text("source.host", 200), base: text("source.base", 500) }),
  ],
  mustBe("source", '{ kind: "tables" } or { kind: "api", host, base }'),
);
export type NetworkSource = z.infer<typeof NetworkSourceSchema>;

export const NetworkFiguresSchema = z.object(
  {
    /** The UTC day the figures were read (or, for the tables, the day they describe). */
    date: isoDate,
    source: NetworkSourceSchema,
    /** Block height on that day (the tip when read from an API). */
    height: wholeNumber("height", 0, 100_000_000),
    /** Network difficulty, plain decimal text. */
    difficulty: decimalText("difficulty"),
    /** Average transaction fees per block, BTC, over `feesBlocks` recent blocks. */
    feesPerBlockBtc: decimalText("feesPerBlockBtc"),
    /** How many blocks the fee average covers. */
    feesBlocks: wholeNumber("feesBlocks", 1),
    /** BTC price in US dollars. Yuan come from the project's rate table (data/exchange-rates.ts). */
    btcUsd: decimalText("btcUsd"),
  },
  mustBe("the network's figures", "an object"),
);
export type NetworkFigures = z.infer<typeof NetworkFiguresSchema>;

/** Days in which the network's figures are taken as today's; older ones get a warning. */
export const NETWORK_STALE_DAYS = 30;

/** Whole days from the figures' date to `today` (YYYY-MM-DD); negative when `today` is earlier. */
export function networkAgeDays(network: NetworkFigures, today: string): number {
  return daysBetween(network.date, today);
}

/** Whether the figures are more than 30 days older than `today`. */
export function isNetworkStale(network: NetworkFigures, today: string): boolean {
  return networkAgeDays(network, today) > NETWORK_STALE_DAYS;
}

/** Hashes per unit of difficulty: a block at difficulty D takes D × 2^32 hashes on average. */
const HASHES_PER_DIFFICULTY = 2 ** 32;
/** Seconds per block the difficulty aims at. */
const BLOCK_SECONDS = 600;

/**
 * The network hashrate the difficulty implies, in EH/s: D × 2^32 / 600 / 10^18 (a float: for display).
 * Null for a text that is not a positive number.
 *
 * @example impliedHashrateEhs("141668107417558.22") ≈ 1014.1 (141.668e12 × 4294967296 / 600 / 1e18)
 */
export function impliedHashrateEhs(difficulty: string): number | null {
  const d = Number(difficulty);
  if (!Number.isFinite(d) || d <= 0) return null;
  return (d * HASHES_PER_DIFFICULTY) / BLOCK_SECONDS / 1e18;
}

/** The scenario fields a modern preset takes from the network, as a link writes them. */
export const NETWORK_FIELDS = ["startDate", "startHeight", "difficulty", "feesPerBlockBtc", "btcPrice"] as const;
export type NetworkField = (typeof NETWORK_FIELDS)[number];

/** The network's figures as scenario values (US dollars: the modern presets are priced in them). */
export function networkValues(network: NetworkFigures): Record<NetworkField, string> {
  return {
    startDate: network.date,
    startHeight: String(network.height),
    difficulty: network.difficulty,
    feesPerBlockBtc: network.feesPerBlockBtc,
    btcPrice: network.btcUsd,
  };
}
