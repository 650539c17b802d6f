/**
 * Every figure the API answers is a finite number or null, over the whole accepted range of every
 * scenario key: fast-check draws each key of the schema (the plain fields, the power terms, the loan
 * and coin policy, history, the preset, the rig) and the futures keys, sends the link through the
 * API's own handler, and reads every number and numeric string of the answer. The tiny values that
 * round 1 + r to 1 (a loan rate of 1e-60 % a year once answered "Infinity") are drawn on purpose.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GET } from "../../app/api/payback/route";
import {
  Dec,
  FIELDS,
  FIELD_NAMES,
  PRESET_IDS,
  parseQuery,
  resultJson,
  simulate,
  type FieldInfo,
  type ScenarioField,
} from "../../lib/server";
import { REQUIRED, decimalIn, fieldText, magnitude } from "../support/arbitraries";
import { runPayback } from "../../scripts/cli";

/** The smallest positive value a link can carry written out in full (64 characters: "0.", 61 zeros, "1"). */
const SMALLEST = "1e-62";

const inRange = (info: FieldInfo, t: string): boolean => {
  const v = new Dec(t);
  const min = new Dec(info.min ?? "-Infinity");
  return v.lte(info.max ?? "Infinity") && (info.minExclusive ? v.gt(min) : v.gte(min)) && (v.isZero() ? "0" : v.toFixed()).length <= 64;
};

/**
 * Any value a number field accepts: uniform over its range, spread over the decades down to the
 * smallest a link carries (where 1 + r rounds to 1), and its edges (the bounds and a hair inside).
 */
function acceptedDecimal(info: FieldInfo): fc.Arbitrary<string> {
  const min = new Dec(info.min ?? "0");
  const max = new Dec(info.max ?? "0");
  const edges = [
    SMALLEST,
    "1e-30",
    "1e-34",
    `-${SMALLEST}`,
    "-1e-30",
    max.toString(),
    max.minus("1e-30").toString(),
    min.plus(SMALLEST).toString(),
  ];
  if (!info.minExclusive) edges.push(min.toString());
  const top = max.abs().log(10).floor().toNumber();
  const decades = magnitude(-62, top - 1).chain((t) => fc.constantFrom(t, `-${t}`));
  return fc
    .oneof(
      { weight: 3, arbitrary: decimalIn(min.toString(), max.toString(), 4) },
      { weight: 2, arbitrary: decades },
      { weight: 2, arbitrary: fc.constantFrom(...edges) },
    )
    .filter((t) => inRange(info, t));
}

function valueOf(field: ScenarioField): fc.Arbitrary<string> {
  const info: FieldInfo = FIELDS[field];
  if (info.kind === "decimal") return acceptedDecimal(info);
  if (info.kind === "monthly") return fc.array(acceptedDecimal(info), { minLength: 12, maxLength: 12 }).map((p) => p.join(","));
  // integers, enums, flags, dates, presets, rigs, hours and outages: the shared generator draws only accepted values of these
  return fieldText(field);
}

/** Replays are refused outside the recorded tables: a replay starts inside them. */
const replayDate = fc
  .date({ min: new Date("2013-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const futuresKeys = fc.option(
  fc.record({
    runs: fc.integer({ min: 10, max: 30 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    fwin: fc.constantFrom("before", "all", "2014-01-01..2017-12-31"),
  }),
  { nil: undefined },
);

/** A share link drawn over every key: a preset or the required fields, then any subset of all the others. */
const anyLink: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...PRESET_IDS), { nil: undefined }),
    fc.subarray(FIELD_NAMES.filter((f) => f !== "preset")),
    futuresKeys,
    replayDate,
  )
  .chain(([preset, chosen, futures, date]) => {
    const fields = new Set(preset === undefined ? [...REQUIRED, ...chosen] : chosen);
    // a peak price comes with its peak hours (without them it is refused, by rule)
    if (fields.has("peakElectricityPrice") || fields.has("peakHostingPrice")) fields.add("peakHours");
    const record: Partial<Record<ScenarioField, fc.Arbitrary<string>>> = {};
    for (const f of fields) record[f] = valueOf(f);
    return fc.record(record).map((values) => {
      const params = new URLSearchParams({ v: "1" });
      if (preset !== undefined) params.set("preset", preset);
      for (const [f, text] of Object.entries(values)) params.set(FIELDS[f as ScenarioField].key, text);
      if (values.useHistory === "1" || (values.useHistory === undefined && preset?.includes("replay")))
        params.set(FIELDS.startDate.key, date);
      if (futures) {
        params.set("futures", "history");
        params.set("runs", String(futures.runs));
        params.set("seed", String(futures.seed));
        params.set("fwin", futures.fwin);
      }
      return params.toString();
    });
  });

/** Every number in an answer, and every string that stands for one, as "path = value". */
function badFigures(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === "string") return /^[-+]?(Infinity|NaN)$/.test(value) ? [`${path} = ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => badFigures(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => badFigures(v, `${path}.${k}`));
  return [];
}

describe("every figure finite, over every key's whole range", () => {
  it("the API answers only finite figures (or null) for every link the codec accepts", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyLink, async (query) => {
        const parsed = parseQuery(query);
        if (!parsed.ok) return;
        accepted++;
        const res = await GET(new Request(`http://localhost/api/payback?${query}`));
        const text = await res.text();
        const body: unknown = JSON.parse(text);
        const fwinRefused =
          res.status === 400 &&
          typeof body === "object" &&
          body !== null &&
          JSON.stringify(body).includes('"key":"fwin"') &&
          query.includes("futures=");
        if (!fwinRefused) expect(res.status, `${query}\n${text.slice(0, 400)}`).toBe(200);
        expect(text, query).not.toMatch(/Infinity|NaN/);
        expect(badFigures(body), query).toEqual([]);
        // the engine's own object before JSON (where a NaN number would become null unseen)
        expect(badFigures(resultJson(simulate(parsed.scenario))), query).toEqual([]);
      }),
      { numRuns: 120 },
    );
    // nearly every drawn link is accepted (a few lack a price without a preset): the property is not vacuous
    expect(accepted).toBeGreaterThan(100);
  }, 240_000);

  it("the loan rates that once answered Infinity and NaN: finite through the API and the command line", async () => {
    // ¥2,900 S21 half borrowed over 36 months at a rate that vanishes: 1,450 / 36 = 40.2777… a month
    for (const apr of ["1e-60", "1e-30", SMALLEST]) {
      const query = `v=1&preset=s21&loan=50&apr=${apr}`;
      const res = await GET(new Request(`http://localhost/api/payback?${query}`));
      const body = await res.json();
      expect(res.status).toBe(200);
      expect(body.self.financing.monthlyPayment).toBe("40.28");
      expect(badFigures(body)).toEqual([]);
      const cli = runPayback([query, "--json"]);
      expect(cli.code).toBe(0);
      expect(cli.stdout).not.toMatch(/Infinity|NaN/);
      expect(JSON.parse(cli.stdout).self.financing.monthlyPayment).toBe("40.28");
    }
  });
});
