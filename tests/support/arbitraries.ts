/**
 * fast-check generators of raw scenarios, as a share link or JSON would carry them (strings).
 * `fieldText` draws any value a field allows, from the bounds in lib/scenario/fields.ts, edges
 * included, in the notations people write (2.6e12, 2603077300218, .5, +3, 1.50).
 */
import fc from "fast-check";
import { Dec, FIELDS, PRESET_IDS, RIG_IDS, type FieldInfo, type RawScenario, type ScenarioField } from "../../lib/server";
import { refDaySubsidy } from "./reference";

const TEN = new Dec(10);

/** A decimal with `places` decimals, uniform in [min, max]. */
export function decimalIn(min: string, max: string, places: number): fc.Arbitrary<string> {
  const scale = TEN.pow(places);
  const lo = BigInt(new Dec(min).times(scale).ceil().toFixed());
  const hi = BigInt(new Dec(max).times(scale).floor().toFixed());
  return fc.bigInt({ min: lo, max: hi }).map((v) => new Dec(v.toString()).div(scale).toString());
}

/** A positive decimal spread over decades: mantissa 1 … 9.999 × 10^(minExp … maxExp). */
export function magnitude(minExp: number, maxExp: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: minExp, max: maxExp }))
    .map(([m, e]) => new Dec(m).div(1000).times(TEN.pow(e)).toString());
}

/** The same value written another way a person might: exponent, sign, trailing zeros, no leading 0. */
export function respell(text: string): fc.Arbitrary<string> {
  const value = new Dec(text);
  const spellings = [text, value.toExponential(), `${text.includes(".") ? text : `${text}.`}00`];
  if (!value.isNegative()) spellings.push(`+${text}`);
  if (/^0\./.test(text)) spellings.push(text.slice(1));
  return fc.constantFrom(...spellings.filter((t) => t.length <= 64));
}

function bounded(info: FieldInfo): fc.Arbitrary<string> {
  const min = new Dec(info.min ?? "-1000000");
  const max = new Dec(info.max ?? "1000000");
  const edges: string[] = [max.toString()];
  if (!info.minExclusive) edges.push(min.toString());
  // tiny values (written short, long in full), and long ones: wherever the bounds allow them
  const tiny = ["1e-12", "0.000001", "0.01", "1e-70", "-1e-70", `0.${"1234567890".repeat(6)}1`, "-0.5"].filter(
    (t) => new Dec(t).gte(min) && new Dec(t).lte(max) && !(info.minExclusive && new Dec(t).lte(min)),
  );
  const middle =
    info.kind === "integer"
      ? fc.integer({ min: min.toNumber(), max: max.toNumber() }).map(String)
      : fc.oneof(
          decimalIn(min.toString(), max.toString(), 4),
          ...(min.isZero() ? [magnitude(-6, Math.max(-6, max.log(10).floor().toNumber() - 1))] : []),
        );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...edges, ...(info.kind === "integer" ? [] : tiny)) },
    { weight: 4, arbitrary: middle },
  );
}

const dateArb = fc.oneof(
  fc.constantFrom("2009-01-03", "2199-12-31", "2024-02-29", "2018-01-15"),
  fc
    .date({ min: new Date("2009-01-03T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Any value the field allows, as text. */
export function fieldText(field: ScenarioField): fc.Arbitrary<string> {
  const info: FieldInfo = FIELDS[field];
  switch (info.kind) {
    case "enum":
      return fc.constantFrom(...(info.options ?? []));
    case "flag":
      return fc.constantFrom("0", "1");
    case "date":
      return dateArb;
    case "preset":
      return fc.constantFrom(...PRESET_IDS);
    case "rig":
      return fc.constantFrom(...RIG_IDS);
    case "integer":
      return bounded(info);
    case "decimal":
      return bounded(info).chain(respell);
    case "monthly":
      return fc.array(bounded(info).chain(respell), { minLength: 12, maxLength: 12 }).map((prices) => prices.join(","));
    case "hours":
      return peakHoursArb;
    case "outages":
      return outagesArb;
  }
}

/** Peak hours: 1 … 4 spans that do not overlap, some wrapping midnight, in any order. */
export const peakHoursArb: fc.Arbitrary<string> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 23 }), fc.boolean())
  .map(([cuts, shift, reverse]) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans: string[] = [];
    // every other gap between the cuts is a span; shifted round the clock so some wrap midnight
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const a = ((sorted[i] ?? 0) + shift) % 24;
      const b = ((sorted[i + 1] ?? 0) + shift) % 24;
      spans.push(`${a}-${b === 0 ? 24 : b}`);
    }
    return (reverse ? spans.reverse() : spans).join(",");
  });

/** Outages: 1 … 4 spans of whole days that do not overlap, with or without a cost per rig. */
export const outagesArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({ min: new Date("2009-01-03T00:00:00Z"), max: new Date("2190-01-01T00:00:00Z"), noInvalidDate: true }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.option(decimalIn("0", "5000", 2))), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([start, spans]) => {
    let day = Math.floor(start.getTime() / 86_400_000);
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    return spans
      .map(([gap, length, cost]) => {
        const from = day + gap;
        const to = from + length;
        day = to + 1;
        return cost === null ? `${iso(from)}_${iso(to)}` : `${iso(from)}_${iso(to)}_${cost}`;
      })
      .join(",");
  });

/** Fields a scenario needs when no preset gives them (kwh and hkwh: both, so every mode is valid). */
export const REQUIRED: readonly ScenarioField[] = [
  "rigPrice",
  "hashrateThs",
  "powerWatts",
  "startDate",
  "difficulty",
  "btcPrice",
  "electricityPrice",
  "hostingPricePerKwh",
];

/** The coin policy, discount and loan fields (spec §8, financing): drawn by `moneyRaw`, tested apart. */
export const MONEY_FIELDS: readonly ScenarioField[] = ["coinPolicy", "discountPctPerYear", "loanPct", "loanAprPct", "loanTermMonths"];

/** The power fields (issue 16): drawn by `powerRaw`, tested apart (a peak price needs peak hours). */
export const POWER_FIELDS: readonly ScenarioField[] = [
  "electricityPriceByMonth",
  "hostingPriceByMonth",
  "peakElectricityPrice",
  "peakHostingPrice",
  "peakHours",
  "peakDays",
  "outages",
  "demandResponseCredit",
  "demandResponseHours",
  "hostedDemandResponseCredit",
  "hostedDemandResponseHours",
  "hostingMinimumMonths",
  "hostingExitFeePerRig",
  "hostingEscalationPctPerYear",
  "hostingDepositMonths",
  "hostingUptimePct",
];

/** Every field but the preset, history, money and power fields (history replays recorded markets: spec §6, tested apart). */
export const PLAIN_FIELDS: readonly ScenarioField[] = (Object.keys(FIELDS) as ScenarioField[]).filter(
  (f) => f !== "preset" && f !== "useHistory" && !MONEY_FIELDS.includes(f) && !POWER_FIELDS.includes(f),
);

/** A raw scenario from the whole allowed range of every field, with or without a preset. */
export const anyRaw: fc.Arbitrary<RawScenario> = fc
  .tuple(fc.option(fc.constantFrom(...PRESET_IDS), { nil: undefined }), fc.subarray([...PLAIN_FIELDS]))
  .chain(([preset, chosen]) => {
    const fields = preset === undefined ? [...new Set([...REQUIRED, ...chosen])] : chosen;
    const record: Partial<Record<ScenarioField, fc.Arbitrary<string>>> = {};
    for (const f of fields) record[f] = fieldText(f);
    return fc.record(record).map((values): RawScenario => (preset === undefined ? values : { preset, ...values }));
  });

/**
 * Scenarios for the cross-check with the reference: realistic magnitudes, halvings inside the
 * horizon, growth both ways, and power prices near day 0's break-even so that rigs switch off
 * part-way. Horizons stay short enough for the day-by-day reference to be quick.
 */
export const crossCheckRaw: fc.Arbitrary<RawScenario> = fc
  .record({
    mode: fc.constantFrom("self", "hosted", "compare"),
    rigCount: fc.oneof(fc.constant("1"), fc.integer({ min: 1, max: 100_000 }).map(String)),
    rigPrice: fc.oneof(fc.constant("0"), decimalIn("0", "20000", 2)),
    hashrateThs: fc.oneof(decimalIn("0.001", "500", 3), magnitude(-3, 3)),
    powerWatts: fc.oneof({ weight: 4, arbitrary: decimalIn("1", "5000", 1) }, { weight: 1, arbitrary: magnitude(-3, 0) }),
    horizonDays: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 700 })),
    heightKind: fc.constantFrom("halving", "halving", "anywhere", "last"),
    halving: fc.integer({ min: 1, max: 6 }),
    heightOffset: fc.nat(),
    anywhere: fc.integer({ min: 0, max: 1_400_000 }),
    difficulty: fc.oneof(magnitude(6, 14), fc.constantFrom("113.76e12", "2227847638503.63")),
    dg: fc.oneof(fc.constantFrom("0", "1e-15", "-50", "100"), decimalIn("-10", "20", 2)),
    fees: fc.oneof(fc.constant("0"), decimalIn("0", "5", 3)),
    pool: fc.oneof(fc.constant("0"), decimalIn("0", "5", 2), fc.constant("100")),
    up: fc.oneof(fc.constant("100"), decimalIn("0", "100", 1)),
    btcPrice: fc.oneof(decimalIn("1", "200000", 2), magnitude(0, 8)),
    bg: fc.oneof(fc.constantFrom("0", "-100", "1e-15", "1e-25", "-1e-12", "1000"), decimalIn("-20", "20", 2)),
    resale: fc.oneof(fc.constant("0"), decimalIn("0", "100", 1)),
    stop: fc.constantFrom("0", "1", "1"),
    kwhFactor: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(0, -0.5, 1) },
      { weight: 5, arbitrary: fc.integer({ min: 30, max: 170 }).map((p) => p / 100) },
    ),
    hkwhFactor: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(0, 1) },
      { weight: 5, arbitrary: fc.integer({ min: 30, max: 170 }).map((p) => p / 100) },
    ),
    pue: fc.oneof(fc.constant("1"), decimalIn("1", "3", 2)),
    opex: fc.oneof(fc.constant("0"), decimalIn("0", "100", 2)),
    infra: fc.oneof(fc.constant("0"), decimalIn("0", "1000", 2)),
    hfee: fc.oneof(fc.constant("0"), decimalIn("0", "100", 2)),
    hsetup: fc.oneof(fc.constant("0"), decimalIn("0", "500", 2)),
    hshare: fc.oneof(fc.constant("0"), decimalIn("0", "100", 1)),
  })
  .map((g): RawScenario => {
    const span = g.horizonDays * 144;
    let startHeight: number;
    // a halving (or the 64th, after which the subsidy is 0) inside the horizon
    if (g.heightKind === "halving") startHeight = Math.max(0, g.halving * 210_000 - 1 - (g.heightOffset % span));
    else if (g.heightKind === "last") startHeight = 64 * 210_000 - 1 - (g.heightOffset % span);
    else startHeight = g.anywhere;
    // day 0's revenue per kWh, to put the power prices where the shutdown rule bites
    const btcPerDay = new Dec(g.hashrateThs)
      .times("1e12")
      .times(86400)
      .times(refDaySubsidy(startHeight).plus(g.fees))
      .div(new Dec(g.difficulty).times(new Dec(2).pow(32)))
      .times(new Dec(1).minus(new Dec(g.pool).div(100)));
    const revenuePerKwh = btcPerDay.times(g.btcPrice).div(new Dec(g.powerWatts).div(1000).times(24));
    const price = (perKwh: Dec, factor: number) =>
      Dec.min(1000, Dec.max(-1000, perKwh.times(factor)))
        .toSignificantDigits(12)
        .toString();
    return {
      mode: g.mode,
      rigCount: g.rigCount,
      rigPrice: g.rigPrice,
      hashrateThs: g.hashrateThs,
      powerWatts: g.powerWatts,
      startDate: "2024-01-01",
      startHeight: String(startHeight),
      difficulty: g.difficulty,
      difficultyGrowthPctPerMonth: g.dg,
      feesPerBlockBtc: g.fees,
      poolFeePct: g.pool,
      uptimePct: g.up,
      btcPrice: g.btcPrice,
      btcPriceGrowthPctPerMonth: g.bg,
      horizonDays: String(g.horizonDays),
      resalePct: g.resale,
      shutdownWhenUnprofitable: g.stop,
      electricityPrice: price(revenuePerKwh.div(g.pue), g.kwhFactor),
      overheadFactor: g.pue,
      fixedCostPerRigPerMonth: g.opex,
      setupCostPerRig: g.infra,
      hostingPricePerKwh: price(revenuePerKwh.times(new Dec(1).minus(new Dec(g.hshare).div(100))), g.hkwhFactor),
      hostingFeePerRigPerMonth: g.hfee,
      hostingSetupFeePerRig: g.hsetup,
      revenueSharePct: g.hshare,
    };
  });

/** A raw scenario of `anyRaw` or `crossCheckRaw` with any coin policy, discount rate and loan. */
export const moneyRaw: fc.Arbitrary<RawScenario> = fc
  .tuple(fc.oneof(crossCheckRaw, anyRaw), fc.subarray([...MONEY_FIELDS]))
  .chain(([raw, chosen]) => {
    const record: Partial<Record<ScenarioField, fc.Arbitrary<string>>> = {};
    for (const f of chosen) record[f] = fieldText(f);
    return fc.record(record).map((values): RawScenario => ({ ...raw, ...values }));
  });

/** A raw scenario of `anyRaw` with any of the power fields (peak hours always beside a peak price or weekday-only peak days). */
export const powerRaw: fc.Arbitrary<RawScenario> = fc.tuple(anyRaw, fc.subarray([...POWER_FIELDS])).chain(([raw, chosen]) => {
  const fields =
    chosen.includes("peakElectricityPrice") || chosen.includes("peakHostingPrice") || chosen.includes("peakDays")
      ? [...new Set([...chosen, "peakHours" as const])]
      : chosen;
  const record: Partial<Record<ScenarioField, fc.Arbitrary<string>>> = {};
  for (const f of fields) record[f] = fieldText(f);
  return fc.record(record).map((values): RawScenario => ({ ...raw, ...values }));
});
