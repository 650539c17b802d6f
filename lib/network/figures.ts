/**
 * The network's figures of one day (height, difficulty, fees, BTC price), where they came from, and
 * what they imply. The modern presets take theirs from one of these: the stored snapshot
 * (data/network.ts) or the server's hourly refresh from a mempool-compatible API.
 * Pure: the reader's today is passed in. The schema checks the server's readings; what the figures
 * imply is in ./derived, which the page imports without the schema.
 */
import { z } from "zod/mini";
import { dayNumber } from "../core/dates";

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

export {
  NETWORK_STALE_DAYS,
  networkAgeDays,
  isNetworkStale,
  impliedHashrateEhs,
  NETWORK_FIELDS,
  type NetworkField,
  networkValues,
} from "./derived";
