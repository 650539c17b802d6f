/**
 * The presets of data/presets.ts go through the same door as a share link: each must parse through
 * the scenario schema, and each opens by its id.
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PRESET_ID,
  FieldSchemas,
  findPreset,
  parseQuery,
  PRESET_IDS,
  PRESETS,
  resultJson,
  serializeScenario,
  simulate,
  validateRaw,
  type ScenarioField,
} from "../../lib/server";
import { presetValues } from "../../lib/open/presets";

describe("the presets", () => {
  it("have unique, URL-safe ids", () => {
    expect(new Set(PRESET_IDS).size).toBe(PRESETS.length);
    for (const id of PRESET_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("include the page's default", () => {
    expect(PRESET_IDS).toContain(DEFAULT_PRESET_ID);
    expect(findPreset(DEFAULT_PRESET_ID)?.id).toBe(DEFAULT_PRESET_ID);
    expect(findPreset("no-such-rig")).toBeUndefined();
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))("%s parses through the schema to a valid scenario", (_id, preset) => {
    // every value alone, as its field's schema reads a URL value
    for (const [field, value] of Object.entries(presetValues(preset))) {
      expect(FieldSchemas[field as ScenarioField].safeParse(value).success, `${field} = ${value}`).toBe(true);
    }
    const checked = validateRaw({ ...presetValues(preset) });
    if (!checked.ok) expect.fail(`${preset.id} refused: ${checked.issues.map((i) => i.message).join("; ")}`);
    // and by its id, as a link opens it: the same scenario, with the preset named
    const parsed = parseQuery(`v=1&preset=${preset.id}`);
    if (!parsed.ok) throw new Error(`${preset.id} does not open`);
    expect(parsed.scenario).toEqual({ ...checked.scenario, preset: preset.id });
    const link = serializeScenario(parsed.scenario);
    const again = parseQuery(link);
    expect(again.ok && again.scenario).toEqual(parsed.scenario);
    // the shortest link is the preset alone (a replay writes the recorded diff, btc and h it took, spec §6)
    if (!parsed.scenario.useHistory) expect(link).toBe(`v=1&preset=${preset.id}`);
    // both prices are given, so every mode opens on it
    expect(parsed.scenario.electricityPrice).toBeDefined();
    expect(parsed.scenario.hostingPricePerKwh).toBeDefined();
    const json = JSON.stringify(resultJson(simulate({ ...parsed.scenario, mode: "compare" })));
    expect(json).not.toMatch(/NaN|Infinity/);
  });

  it("have names and stories to show beside them", () => {
    for (const p of PRESETS) {
      expect(p.name.length, p.id).toBeGreaterThan(0);
      expect(p.story.length, p.id).toBeGreaterThan(0);
    }
  });

  it("share the January 2018 network across the S9 family, which differ only in what was paid", () => {
    const s9 = PRESETS.filter((p) => p.id.startsWith("s9-2018-") && !p.id.endsWith("-replay") && !p.id.endsWith("-hosted"));
    expect(s9.map((p) => [p.id, p.values.rigPrice, p.values.rigCount ?? "1"])).toEqual([
      ["s9-2018-huaqiangbei", "30000", "1"],
      ["s9-2018-factory", "10000", "1"],
      ["s9-2018-used", "20000", "1"],
      ["s9-2018-bulk100", "30000", "100"],
    ]);
    const network = (id: string) =>
      Object.fromEntries(Object.entries(findPreset(id)?.values ?? {}).filter(([field]) => field !== "rigPrice" && field !== "rigCount"));
    for (const p of s9) expect(network(p.id)).toEqual(network("s9-2018-huaqiangbei"));
  });

  it("sell the January 2018 hosting offer as a monthly fee, compared with self-run power", () => {
    const hosted = findPreset("s9-2018-hosted")?.values ?? {};
    const market = findPreset("s9-2018-huaqiangbei")?.values ?? {};
    // 2 × US$90 × 6.4574 CNY/US$ = ¥1,162.33 a month per S9, all-in
    expect([hosted.mode, hosted.hostingFeePerRigPerMonth, hosted.hostingPricePerKwh]).toEqual(["compare", "1162", "0"]);
    const rest = (v: Record<string, string | undefined>) =>
      Object.fromEntries(Object.entries(v).filter(([f]) => !["mode", "hostingFeePerRigPerMonth", "hostingPricePerKwh"].includes(f)));
    expect(rest(hosted)).toEqual(rest(market));
  });
});
