/**
 * The one zod schema of a scenario (spec §1). The TypeScript type, the URL codec, the CLI, the API
 * and the form all come from it. Input values may be numbers or decimal strings (as in JSON and
 * URLs); the output is normalized: decimals as canonical strings, whole numbers as numbers.
 */
import { z } from "zod/mini";
import { Dec } from "../core/decimal";
import { dayNumber, daysBetween } from "../core/dates";
import { FIELDS, type FieldInfo, type ScenarioField } from "./fields";
import { parseDifficulty } from "./units";
import { DATE_RANGE, parseMonthlyPrices, parseOutages, parsePeakHours, type Parsed } from "./power";

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

/**
 * A field's refusal as its transform's one issue, always in our words (zod/mini carries no locale,
 * and its transforms have no `addIssue`).
 */
function refuse(ctx: z.core.ParsePayload, raw: unknown, message: string): never {
  ctx.issues.push({ code: "custom", message, input: raw });
  return z.NEVER;
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

/** `read` turns a text in the units miners write (`126T`) into plain notation before the bounds. */
function decimalField(field: ScenarioField, read?: (text: string) => string | null) {
  const info: FieldInfo = FIELDS[field];
  return z.transform((raw: unknown, ctx): string => {
    const value = parseBoundedDecimal(info, read && typeof raw === "string" ? (read(raw) ?? raw) : raw);
    if (value === null) {
      return refuse(ctx, raw, refusal(info, raw));
    }
    return canonical(value);
  });
}

function integerField(field: ScenarioField) {
  const info: FieldInfo = FIELDS[field];
  return z.transform((raw: unknown, ctx): number => {
    const value = parseBoundedDecimal(info, raw);
    if (value === null || !value.isInteger()) {
      return refuse(ctx, raw, refusal(info, raw));
    }
    return value.toNumber();
  });
}

function enumField<const T extends readonly [string, ...string[]]>(field: ScenarioField, options: T) {
  const info: FieldInfo = FIELDS[field];
  return z.transform((raw: unknown, ctx): T[number] => {
    const found = options.find((o) => o === raw);
    if (found === undefined) {
      return refuse(ctx, raw, refusal(info, raw));
    }
    return found;
  });
}

function flagField(field: ScenarioField) {
  const info: FieldInfo = FIELDS[field];
  return z.transform((raw: unknown, ctx): boolean => {
    if (raw === true || raw === 1 || raw === "1") return true;
    if (raw === false || raw === 0 || raw === "0") return false;
    return refuse(ctx, raw, refusal(info, raw));
  });
}

export { DATE_RANGE };

const dateField = z.transform((raw: unknown, ctx): string => {
  const text = typeof raw === "string" ? raw.trim() : "";
  const day = dayNumber(text);
  if (day === null || text < DATE_RANGE.from || text > DATE_RANGE.to) {
    return refuse(ctx, raw, refusal(FIELDS.startDate, raw));
  }
  return text;
});

/** The ids of the catalogues a link may name (the presets', the rigs'): lib/open/schema.ts passes them. */
export interface CatalogueIds {
  presets: readonly string[];
  rigs: readonly string[];
}

/** A catalogue's id: one of `ids`, or a refusal that lists them. */
function idField(field: "preset" | "rig", ids: readonly string[]) {
  return z.transform((raw: unknown, ctx): string => {
    if (typeof raw !== "string" || !ids.includes(raw)) {
      return refuse(ctx, raw, `${refusal(FIELDS[field], raw)} (${ids.join(", ")})`);
    }
    return raw;
  });
}

/** Stands in for a catalogue's id until `fieldSchemas` puts the catalogue's own check in its place. */
const UNCHECKED_ID = idField("preset", []);
/** A field of several values (lib/scenario/power.ts): its canonical text, or a refusal naming the key and why. */
function listField(field: ScenarioField, parse: (raw: unknown) => Parsed<unknown>) {
  const info: FieldInfo = FIELDS[field];
  return z.transform((raw: unknown, ctx): string => {
    const parsed = parse(raw);
    if (!parsed.ok) {
      const message = raw === undefined || raw === "" ? refusal(info, raw) : `${refusal(info, raw)} (${parsed.reason})`;
      return refuse(ctx, raw, message);
    }
    return parsed.text;
  });
}

/** Field schemas, one per §1 field, each usable alone (the codec reports errors per key); the ids' by `fieldSchemas`. */
const FIELD_SCHEMAS = {
  currency: z._default(enumField("currency", ["CNY", "USD"]), "USD"),
  rigCount: z._default(integerField("rigCount"), 1),
  rigPrice: decimalField("rigPrice"),
  hashrateThs: decimalField("hashrateThs"),
  powerWatts: decimalField("powerWatts"),
  startDate: dateField,
  startHeight: z.optional(integerField("startHeight")),
  difficulty: decimalField("difficulty", parseDifficulty),
  difficultyGrowthPctPerMonth: z._default(decimalField("difficultyGrowthPctPerMonth"), "0"),
  feesPerBlockBtc: z._default(decimalField("feesPerBlockBtc"), "0"),
  poolFeePct: z._default(decimalField("poolFeePct"), "0"),
  uptimePct: z._default(decimalField("uptimePct"), "100"),
  btcPrice: decimalField("btcPrice"),
  btcPriceGrowthPctPerMonth: z._default(decimalField("btcPriceGrowthPctPerMonth"), "0"),
  horizonDays: z._default(integerField("horizonDays"), 1095),
  resalePct: z._default(decimalField("resalePct"), "0"),
  shutdownWhenUnprofitable: z._default(flagField("shutdownWhenUnprofitable"), true),
  mode: z._default(enumField("mode", ["self", "hosted", "compare"]), "self"),
  electricityPrice: z.optional(decimalField("electricityPrice")),
  overheadFactor: z._default(decimalField("overheadFactor"), "1"),
  fixedCostPerRigPerMonth: z._default(decimalField("fixedCostPerRigPerMonth"), "0"),
  setupCostPerRig: z._default(decimalField("setupCostPerRig"), "0"),
  hostingPricePerKwh: z.optional(decimalField("hostingPricePerKwh")),
  hostingFeePerRigPerMonth: z._default(decimalField("hostingFeePerRigPerMonth"), "0"),
  hostingSetupFeePerRig: z._default(decimalField("hostingSetupFeePerRig"), "0"),
  revenueSharePct: z._default(decimalField("revenueSharePct"), "0"),
  useHistory: z._default(flagField("useHistory"), false),
  preset: z.optional(UNCHECKED_ID),
  coinPolicy: z._default(enumField("coinPolicy", ["daily", "hold", "cover"]), "daily"),
  discountPctPerYear: z._default(decimalField("discountPctPerYear"), "0"),
  loanPct: z._default(decimalField("loanPct"), "0"),
  loanAprPct: z._default(decimalField("loanAprPct"), "0"),
  loanTermMonths: z._default(integerField("loanTermMonths"), 36),
  rig: z.optional(UNCHECKED_ID),
  // issue 16: power as miners buy it
  electricityPriceByMonth: z.optional(listField("electricityPriceByMonth", parseMonthlyPrices)),
  hostingPriceByMonth: z.optional(listField("hostingPriceByMonth", parseMonthlyPrices)),
  peakElectricityPrice: z.optional(decimalField("peakElectricityPrice")),
  peakHostingPrice: z.optional(decimalField("peakHostingPrice")),
  peakHours: z.optional(listField("peakHours", parsePeakHours)),
  peakDays: z.optional(enumField("peakDays", ["weekdays"])),
  outages: z.optional(listField("outages", parseOutages)),
  demandResponseCredit: z._default(decimalField("demandResponseCredit"), "0"),
  demandResponseHours: z._default(decimalField("demandResponseHours"), "0"),
  hostedDemandResponseCredit: z._default(decimalField("hostedDemandResponseCredit"), "0"),
  hostedDemandResponseHours: z._default(decimalField("hostedDemandResponseHours"), "0"),
  hostingMinimumMonths: z._default(integerField("hostingMinimumMonths"), 0),
  hostingExitFeePerRig: z._default(decimalField("hostingExitFeePerRig"), "0"),
  hostingEscalationPctPerYear: z._default(decimalField("hostingEscalationPctPerYear"), "0"),
  hostingDepositMonths: z._default(decimalField("hostingDepositMonths"), "0"),
  hostingUptimePct: z.optional(decimalField("hostingUptimePct")),
} satisfies Record<ScenarioField, z.ZodMiniType>;

/** The field schemas, the preset's and the rig's checked against the catalogues' ids (in the fields' order). */
export function fieldSchemas(ids: CatalogueIds) {
  return { ...FIELD_SCHEMAS, preset: z.optional(idField("preset", ids.presets)), rig: z.optional(idField("rig", ids.rigs)) };
}

export type FieldSchemaSet = ReturnType<typeof fieldSchemas>;

/** Spec §2.1: without `h`, 840000 + 144 × (days from 2024-04-20), rounded down, never below 0. */
export function estimateStartHeight(startDate: string): number {
  return Math.max(0, 840_000 + 144 * daysBetween("2024-04-20", startDate));
}

/**
 * The scenario schema over `fields` (lib/open/schema.ts gives the catalogues' ones): every field, the
 * cross-field rules (an electricity price for self-run, a hosting price for hosted), and the start
 * height filled in from the date when absent.
 */
export function scenarioSchema(fields: FieldSchemaSet) {
  const ScenarioFields = z.object(fields);
  return z.pipe(
    ScenarioFields.check(
      z.superRefine((s, ctx) => {
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
        if (s.peakDays !== undefined && s.peakHours === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["peakDays"],
            message: `${FIELDS.peakDays.key} = ${s.peakDays} is allowed only with ${FIELDS.peakHours.key}: the peak hours, ${FIELDS.peakHours.allowed}`,
          });
        }
      }),
    ),
    z.transform((s: z.output<typeof ScenarioFields>) => ({ ...s, startHeight: s.startHeight ?? estimateStartHeight(s.startDate) })),
  );
}

/** Raw scenario as JSON or a URL gives it: every number may be a number or a decimal string. */
export type ScenarioInput = z.input<ReturnType<typeof scenarioSchema>>;
/** A validated, normalized scenario. */
export type Scenario = z.output<ReturnType<typeof scenarioSchema>>;
export type Mode = Scenario["mode"];
export type Currency = Scenario["currency"];
export type CoinPolicy = Scenario["coinPolicy"];
