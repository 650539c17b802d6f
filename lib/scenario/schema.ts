/**
 * The one zod schema of a scenario (spec §1). The TypeScript type, the URL codec, the CLI, the API
 * and the form all come from it. Input values may be numbers or decimal strings (as in JSON and
 * URLs); the output is normalized: decimals as canonical strings, whole numbers as numbers.
 */
import { z } from "zod";
import { Dec } from "../core/decimal";
import { dayNumber, daysBetween } from "../core/dates";
import { FIELDS, type FieldInfo, type ScenarioField } from "./fields";
import { PRESET_IDS } from "../../data/presets";
import { parseMonthlyPrices, parseOutages, parsePeakHours, type Parsed } from "./power";

/** Longest text accepted for one value, as written and as written out in full; longer is an error, never parsed. */
export const MAX_VALUE_LENGTH = 64;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/;

const show = (raw: unknown): string =>
  typeof raw === "string" ? JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw) : String(raw);

/** "price = "abc": must be a number from 0 to 1000000000" */
export function refusal(info: FieldInfo, raw: unknown): string {
  if (raw === undefined || raw === "") return `${info.key} is required: ${info.allowed}`;
  return `${info.key} = ${show(raw)} is not allowed: must be ${info.allowed}`;
}

function asText(raw: unknown): string | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === "string") return raw.trim();
  return null;
}

/** Parses a finite decimal within the field's bounds, or null. */
export function parseBoundedDecimal(info: FieldInfo, raw: unknown): Dec | null {
  const text = asText(raw);
  if (text === null || text.length === 0 || text.length > MAX_VALUE_LENGTH || !NUMBER_TEXT.test(text)) return null;
  const value = new Dec(text);
  if (!value.isFinite()) return null;
  if (info.min !== undefined) {
    const cmp = value.cmp(info.min);
    if (cmp < 0 || (cmp === 0 && info.minExclusive)) return null;
  }
  if (info.max !== undefined && value.gt(info.max)) return null;
  // the value goes back into share links written out in full: refuse what would not be read again (1e-70)
  if (canonical(value).length > MAX_VALUE_LENGTH) return null;
  return value;
}

/** Canonical text of a decimal: plain notation, no trailing zeros, no "-0". */
export function canonical(value: Dec): string {
  return value.isZero() ? "0" : value.toFixed();
}

function decimalField(field: ScenarioField) {
  const info: FieldInfo = FIELDS[field];
  return z.unknown().transform((raw, ctx): string => {
    const value = parseBoundedDecimal(info, raw);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: refusal(info, raw) });
      return z.NEVER;
    }
    return canonical(value);
  });
}

function integerField(field: ScenarioField) {
  const info: FieldInfo = FIELDS[field];
  return z.unknown().transform((raw, ctx): number => {
    const value = parseBoundedDecimal(info, raw);
    if (value === null || !value.isInteger()) {
      ctx.addIssue({ code: "custom", message: refusal(info, raw) });
      return z.NEVER;
    }
    return value.toNumber();
  });
}

function enumField<const T extends readonly [string, ...string[]]>(field: ScenarioField, options: T) {
  const info: FieldInfo = FIELDS[field];
  return z.unknown().transform((raw, ctx): T[number] => {
    const found = options.find((o) => o === raw);
    if (found === undefined) {
      ctx.addIssue({ code: "custom", message: refusal(info, raw) });
      return z.NEVER;
    }
    return found;
  });
}

function flagField(field: ScenarioField) {
  const info: FieldInfo = FIELDS[field];
  return z.unknown().transform((raw, ctx): boolean => {
    if (raw === true || raw === 1 || raw === "1") return true;
    if (raw === false || raw === 0 || raw === "0") return false;
    ctx.addIssue({ code: "custom", message: refusal(info, raw) });
    return z.NEVER;
  });
}

/** First and last start dates accepted. */
export const DATE_RANGE = { from: "2009-01-03", to: "2199-12-31" } as const;

const dateField = z.unknown().transform((raw, ctx): string => {
  const text = typeof raw === "string" ? raw.trim() : "";
  const day = dayNumber(text);
  if (day === null || text < DATE_RANGE.from || text > DATE_RANGE.to) {
    ctx.addIssue({ code: "custom", message: refusal(FIELDS.startDate, raw) });
    return z.NEVER;
  }
  return text;
});

const presetField = z.unknown().transform((raw, ctx): string => {
  if (typeof raw !== "string" || !PRESET_IDS.includes(raw)) {
    ctx.addIssue({
      code: "custom",
      message: `${refusal(FIELDS.preset, raw)} (${PRESET_IDS.join(", ")})`,
    });
    return z.NEVER;
  }
  return raw;
});

/** A field of several values (lib/scenario/power.ts): its canonical text, or a refusal naming the key and why. */
function listField(field: ScenarioField, parse: (raw: unknown) => Parsed<unknown>) {
  const info: FieldInfo = FIELDS[field];
  return z.unknown().transform((raw, ctx): string => {
    const parsed = parse(raw);
    if (!parsed.ok) {
      const message = raw === undefined || raw === "" ? refusal(info, raw) : `${refusal(info, raw)} (${parsed.reason})`;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return parsed.text;
  });
}

const monthlyBounds = { min: "-1000", max: "1000" };
const outageBounds = { ...DATE_RANGE, maxCost: "1000000000" };

/** Field schemas, one per §1 field, each usable alone (the codec reports errors per key). */
export const FieldSchemas = {
  currency: enumField("currency", ["CNY", "USD"]).default("USD"),
  rigCount: integerField("rigCount").default(1),
  rigPrice: decimalField("rigPrice"),
  hashrateThs: decimalField("hashrateThs"),
  powerWatts: decimalField("powerWatts"),
  startDate: dateField,
  startHeight: integerField("startHeight").optional(),
  difficulty: decimalField("difficulty"),
  difficultyGrowthPctPerMonth: decimalField("difficultyGrowthPctPerMonth").default("0"),
  feesPerBlockBtc: decimalField("feesPerBlockBtc").default("0"),
  poolFeePct: decimalField("poolFeePct").default("0"),
  uptimePct: decimalField("uptimePct").default("100"),
  btcPrice: decimalField("btcPrice"),
  btcPriceGrowthPctPerMonth: decimalField("btcPriceGrowthPctPerMonth").default("0"),
  horizonDays: integerField("horizonDays").default(1095),
  resalePct: decimalField("resalePct").default("0"),
  shutdownWhenUnprofitable: flagField("shutdownWhenUnprofitable").default(true),
  mode: enumField("mode", ["self", "hosted", "compare"]).default("self"),
  electricityPrice: decimalField("electricityPrice").optional(),
  overheadFactor: decimalField("overheadFactor").default("1"),
  fixedCostPerRigPerMonth: decimalField("fixedCostPerRigPerMonth").default("0"),
  setupCostPerRig: decimalField("setupCostPerRig").default("0"),
  hostingPricePerKwh: decimalField("hostingPricePerKwh").optional(),
  hostingFeePerRigPerMonth: decimalField("hostingFeePerRigPerMonth").default("0"),
  hostingSetupFeePerRig: decimalField("hostingSetupFeePerRig").default("0"),
  revenueSharePct: decimalField("revenueSharePct").default("0"),
  useHistory: flagField("useHistory").default(false),
  preset: presetField.optional(),
  coinPolicy: enumField("coinPolicy", ["daily", "hold", "cover"]).default("daily"),
  discountPctPerYear: decimalField("discountPctPerYear").default("0"),
  loanPct: decimalField("loanPct").default("0"),
  loanAprPct: decimalField("loanAprPct").default("0"),
  loanTermMonths: integerField("loanTermMonths").default(36),
  // issue 16: power as miners buy it
  electricityPriceByMonth: listField("electricityPriceByMonth", (raw) => parseMonthlyPrices(raw, monthlyBounds)).optional(),
  hostingPriceByMonth: listField("hostingPriceByMonth", (raw) => parseMonthlyPrices(raw, monthlyBounds)).optional(),
  peakElectricityPrice: decimalField("peakElectricityPrice").optional(),
  peakHostingPrice: decimalField("peakHostingPrice").optional(),
  peakHours: listField("peakHours", parsePeakHours).optional(),
  outages: listField("outages", (raw) => parseOutages(raw, outageBounds)).optional(),
  demandResponseCredit: decimalField("demandResponseCredit").default("0"),
  demandResponseHours: decimalField("demandResponseHours").default("0"),
  hostedDemandResponseCredit: decimalField("hostedDemandResponseCredit").default("0"),
  hostedDemandResponseHours: decimalField("hostedDemandResponseHours").default("0"),
  hostingMinimumMonths: integerField("hostingMinimumMonths").default(0),
  hostingExitFeePerRig: decimalField("hostingExitFeePerRig").default("0"),
  hostingEscalationPctPerYear: decimalField("hostingEscalationPctPerYear").default("0"),
  hostingDepositMonths: decimalField("hostingDepositMonths").default("0"),
  hostingUptimePct: decimalField("hostingUptimePct").optional(),
} satisfies Record<ScenarioField, z.ZodType>;

/** Spec §2.1: without `h`, 840000 + 144 × (days from 2024-04-20), rounded down, never below 0. */
export function estimateStartHeight(startDate: string): number {
  return Math.max(0, 840_000 + 144 * daysBetween("2024-04-20", startDate));
}

/**
 * The scenario schema: every field, the cross-field rules (an electricity price for self-run,
 * a hosting price for hosted), and the start height filled in from the date when absent.
 */
export const ScenarioSchema = z
  .object(FieldSchemas)
  .superRefine((s, ctx) => {
    if (s.mode !== "hosted" && s.electricityPrice === undefined && s.electricityPriceByMonth === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["electricityPrice"],
        message: `kwh is required in mode ${s.mode}: the self-run electricity price (or kwhm, a price for each month), ${FIELDS.electricityPrice.allowed}`,
      });
    }
    if (s.mode !== "self" && s.hostingPricePerKwh === undefined && s.hostingPriceByMonth === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["hostingPricePerKwh"],
        message: `hkwh is required in mode ${s.mode}: the hosting price per kWh (or hkwhm, a price for each month), ${FIELDS.hostingPricePerKwh.allowed}`,
      });
    }
    if (s.peakHours === undefined) {
      for (const field of ["peakElectricityPrice", "peakHostingPrice"] as const) {
        if (s[field] === undefined) continue;
        ctx.addIssue({
          code: "custom",
          path: ["peakHours"],
          message: `peak is required when ${FIELDS[field].key} is given: the peak hours, ${FIELDS.peakHours.allowed}`,
        });
        break;
      }
    }
  })
  .transform((s) => ({ ...s, startHeight: s.startHeight ?? estimateStartHeight(s.startDate) }));

/** Raw scenario as JSON or a URL gives it: every number may be a number or a decimal string. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated, normalized scenario. */
export type Scenario = z.output<typeof ScenarioSchema>;
export type Mode = Scenario["mode"];
export type Currency = Scenario["currency"];
export type CoinPolicy = Scenario["coinPolicy"];
