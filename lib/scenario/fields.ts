/**
 * What every scenario field is: its stable URL key (a public format: never rename, only add),
 * its unit and what is allowed. The zod schema, the URL codec, the CLI's --help and the form's
 * labels all read this one table.
 */

export type FieldKind = "decimal" | "integer" | "enum" | "flag" | "date" | "preset" | "rig";

export interface FieldInfo {
  /** URL key, spec §1. */
  key: string;
  kind: FieldKind;
  label: string;
  /** Unit as a miner reads it; `{cur}` stands for the scenario's currency. */
  unit: string;
  /** What is allowed, as said in error messages: "a number ≥ 0". */
  allowed: string;
  /** Bounds for numbers, as decimal strings; `minExclusive` for "> 0". */
  min?: string;
  max?: string;
  minExclusive?: boolean;
  options?: readonly string[];
  help: string;
}

/** Keys beside the scenario's fields: the format version. */
export const VERSION_KEY = "v";

export const FIELDS = {
  currency: {
    key: "cur",
    kind: "enum",
    label: "Currency",
    unit: "",
    options: ["CNY", "USD"],
    allowed: "CNY or USD",
    help: "Currency of every amount in the scenario (the engine never converts).",
  },
  rigCount: {
    key: "n",
    kind: "integer",
    label: "Number of rigs",
    unit: "rigs",
    min: "1",
    max: "100000",
    allowed: "a whole number from 1 to 100000",
    help: "How many identical rigs are bought.",
  },
  rigPrice: {
    key: "price",
    kind: "decimal",
    label: "Rig price",
    unit: "{cur} per rig",
    min: "0",
    max: "1000000000",
    allowed: "a number from 0 to 1000000000",
    help: "What one rig costs, paid on day 1.",
  },
  hashrateThs: {
    key: "ths",
    kind: "decimal",
    label: "Hashrate",
    unit: "TH/s per rig",
    min: "0",
    minExclusive: true,
    max: "1000000",
    allowed: "a number > 0 and ≤ 1000000",
    help: "Nominal hashrate of one rig.",
  },
  powerWatts: {
    key: "w",
    kind: "decimal",
    label: "Power",
    unit: "W per rig, at the wall",
    min: "0",
    minExclusive: true,
    max: "1000000",
    allowed: "a number > 0 and ≤ 1000000",
    help: "Power one rig draws at the wall.",
  },
  startDate: {
    key: "date",
    kind: "date",
    label: "Start date",
    unit: "YYYY-MM-DD",
    allowed: "a real calendar date YYYY-MM-DD from 2009-01-03 to 2199-12-31",
    help: "First day of mining.",
  },
  startHeight: {
    key: "h",
    kind: "integer",
    label: "Block height on the first day",
    unit: "blocks",
    min: "0",
    max: "100000000",
    allowed: "a whole number from 0 to 100000000",
    help: "Height of the first block mined on day 1; without it, 840000 + 144 × days from 2024-04-20.",
  },
  difficulty: {
    key: "diff",
    kind: "decimal",
    label: "Network difficulty",
    unit: "",
    min: "0",
    minExclusive: true,
    max: "1e21",
    allowed: "a number > 0 and ≤ 1e21 (126T, 126 T, 1.26e14 and 126000000000000 all work)",
    help: "Difficulty on the first day.",
  },
  difficultyGrowthPctPerMonth: {
    key: "dg",
    kind: "decimal",
    label: "Difficulty growth",
    unit: "% per month",
    min: "-50",
    max: "100",
    allowed: "a number from -50 to 100",
    help: "Difficulty steps every 14 days at this monthly rate (30.4375 days).",
  },
  feesPerBlockBtc: {
    key: "fees",
    kind: "decimal",
    label: "Transaction fees",
    unit: "BTC per block",
    min: "0",
    max: "1000",
    allowed: "a number from 0 to 1000",
    help: "Average fees per block, added to the subsidy.",
  },
  poolFeePct: {
    key: "pool",
    kind: "decimal",
    label: "Pool fee",
    unit: "% of the reward",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "Share of the reward the pool keeps.",
  },
  uptimePct: {
    key: "up",
    kind: "decimal",
    label: "Uptime",
    unit: "% of the time",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "Share of the time the rigs hash (and draw power).",
  },
  btcPrice: {
    key: "btc",
    kind: "decimal",
    label: "BTC price",
    unit: "{cur} per BTC",
    min: "0",
    minExclusive: true,
    max: "1000000000",
    allowed: "a number > 0 and ≤ 1000000000",
    help: "Bitcoin price on the first day.",
  },
  btcPriceGrowthPctPerMonth: {
    key: "bg",
    kind: "decimal",
    label: "BTC price growth",
    unit: "% per month",
    min: "-100",
    max: "1000",
    allowed: "a number from -100 to 1000",
    help: "The price compounds daily at this monthly rate.",
  },
  horizonDays: {
    key: "days",
    kind: "integer",
    label: "Horizon",
    unit: "days",
    min: "1",
    max: "3650",
    allowed: "a whole number from 1 to 3650",
    help: "Days simulated.",
  },
  resalePct: {
    key: "resale",
    kind: "decimal",
    label: "Resale value",
    unit: "% of the rig price",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "Share of the rig price recovered by selling the rigs after the last day.",
  },
  shutdownWhenUnprofitable: {
    key: "stop",
    kind: "flag",
    label: "Switch off when unprofitable",
    unit: "1 or 0",
    allowed: "1 (yes) or 0 (no)",
    help: "On a day whose revenue is below its power cost the rigs are off (fixed fees still paid).",
  },
  mode: {
    key: "mode",
    kind: "enum",
    label: "Mode",
    unit: "",
    options: ["self", "hosted", "compare"],
    allowed: "self, hosted or compare",
    help: "Run the rigs yourself, pay a host, or compare both.",
  },
  electricityPrice: {
    key: "kwh",
    kind: "decimal",
    label: "Electricity price",
    unit: "{cur} per kWh",
    min: "-1000",
    max: "1000",
    allowed: "a number from -1000 to 1000 (negative = paid to consume)",
    help: "Self-run: what you pay per kWh.",
  },
  overheadFactor: {
    key: "pue",
    kind: "decimal",
    label: "Cooling and losses (PUE)",
    unit: "× the rigs' power",
    min: "1",
    max: "3",
    allowed: "a number from 1 to 3",
    help: "Self-run: total site power ÷ the rigs' own power.",
  },
  fixedCostPerRigPerMonth: {
    key: "opex",
    kind: "decimal",
    label: "Running costs",
    unit: "{cur} per rig per month",
    min: "0",
    max: "1000000000",
    allowed: "a number from 0 to 1000000000",
    help: "Self-run: rent, staff, maintenance.",
  },
  setupCostPerRig: {
    key: "infra",
    kind: "decimal",
    label: "Setup cost",
    unit: "{cur} per rig, once",
    min: "0",
    max: "1000000000",
    allowed: "a number from 0 to 1000000000",
    help: "Self-run: racks, wiring, transformers, paid on day 1.",
  },
  hostingPricePerKwh: {
    key: "hkwh",
    kind: "decimal",
    label: "Hosting price",
    unit: "{cur} per kWh, all-in",
    min: "-1000",
    max: "1000",
    allowed: "a number from -1000 to 1000",
    help: "Hosted: the host's all-in price per kWh.",
  },
  hostingFeePerRigPerMonth: {
    key: "hfee",
    kind: "decimal",
    label: "Hosting fee",
    unit: "{cur} per rig per month",
    min: "0",
    max: "1000000000",
    allowed: "a number from 0 to 1000000000",
    help: "Hosted: monthly fee per rig beside the power.",
  },
  hostingSetupFeePerRig: {
    key: "hsetup",
    kind: "decimal",
    label: "Hosting setup fee",
    unit: "{cur} per rig, once",
    min: "0",
    max: "1000000000",
    allowed: "a number from 0 to 1000000000",
    help: "Hosted: paid on day 1.",
  },
  revenueSharePct: {
    key: "hshare",
    kind: "decimal",
    label: "Host's share of the BTC",
    unit: "% of the mined BTC",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "Hosted: share of the mined BTC the host keeps.",
  },
  useHistory: {
    key: "hist",
    kind: "flag",
    label: "What actually happened",
    unit: "1 or 0",
    allowed: "1 (replay the recorded history) or 0 (projection)",
    help: "Replay against the recorded difficulty, price and block dates (spec §6); growth rates apply only after the records end.",
  },
  preset: {
    key: "preset",
    kind: "preset",
    label: "Preset",
    unit: "",
    allowed: "a known preset id",
    help: "Fills every field it knows; other keys override it.",
  },
  coinPolicy: {
    key: "sell",
    kind: "enum",
    label: "Mined coins",
    unit: "",
    options: ["daily", "hold", "cover"],
    allowed: "daily, hold or cover",
    help: "Sell each day's BTC that day, hold every coin (costs paid in cash), or sell just enough to cover each day's costs (spec §8).",
  },
  discountPctPerYear: {
    key: "disc",
    kind: "decimal",
    label: "Discount rate",
    unit: "% per year",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "What money later is worth today: the NPV discounts each day's cash at this yearly rate.",
  },
  loanPct: {
    key: "loan",
    kind: "decimal",
    label: "Borrowed",
    unit: "% of the outlay",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "Share of the outlay (rigs and setup) borrowed on day 1 and repaid monthly as an annuity.",
  },
  loanAprPct: {
    key: "apr",
    kind: "decimal",
    label: "Loan rate",
    unit: "% per year",
    min: "0",
    max: "100",
    allowed: "a number from 0 to 100",
    help: "The loan's annual rate; each month's interest is a twelfth of it.",
  },
  loanTermMonths: {
    key: "term",
    kind: "integer",
    label: "Loan term",
    unit: "months",
    min: "1",
    max: "360",
    allowed: "a whole number of months from 1 to 360",
    help: "Number of monthly payments; payment k falls on day round(k × 30.4375) + 1.",
  },
  // the rig catalogue (data/rigs.ts): a rig apart from the site, README "Extensions to the contract"
  rig: {
    key: "rig",
    kind: "rig",
    label: "Rig",
    unit: "",
    allowed: "a rig id of the catalogue",
    help: "Fills the rig's hashrate, power and, where the catalogue has one, its reference price; other keys override them.",
  },
} as const satisfies Record<string, FieldInfo>;

export type ScenarioField = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as ScenarioField[];

/** URL key → field name. */
export const FIELD_BY_KEY: ReadonlyMap<string, ScenarioField> = new Map(FIELD_NAMES.map((f) => [FIELDS[f].key, f] as const));

/** A field's unit with the currency filled in: unitFor("rigPrice", "CNY") = "CNY per rig". */
export function unitFor(field: ScenarioField, currency: string): string {
  return FIELDS[field].unit.replace("{cur}", currency);
}
