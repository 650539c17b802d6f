/**
 * The command line (spec §4). Two real processes (tsx scripts/payback.ts), as a person runs it:
 * the wrapper's streams and exit codes, once for an answer and once for a refusal. Each costs
 * about a second of a core, so everything else runs the same logic in-process (runPayback).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FIELDS, FIELD_NAMES, PRESET_IDS } from "../../lib/server";
import { runPayback } from "../../scripts/cli";
import { SALESPERSON_S9 } from "../support/scenarios";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function payback(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["scripts/payback.ts", ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// the salesperson's S9 of January 2018: the engine's golden case, day 189
const S9 = SALESPERSON_S9;

// spec §1: every field of the scenario; spec §3: every field of a side's summary
const SCENARIO_FIELDS = [
  "currency",
  "rigCount",
  "rigPrice",
  "hashrateThs",
  "powerWatts",
  "startDate",
  "startHeight",
  "difficulty",
  "difficultyGrowthPctPerMonth",
  "feesPerBlockBtc",
  "poolFeePct",
  "uptimePct",
  "btcPrice",
  "btcPriceGrowthPctPerMonth",
  "horizonDays",
  "resalePct",
  "shutdownWhenUnprofitable",
  "mode",
  "electricityPrice",
  "overheadFactor",
  "fixedCostPerRigPerMonth",
  "setupCostPerRig",
  "hostingPricePerKwh",
  "hostingFeePerRigPerMonth",
  "hostingSetupFeePerRig",
  "revenueSharePct",
  "preset",
];
const SIDE_DECIMALS = [
  "capex",
  "totalBtc",
  "totalRevenue",
  "totalCost",
  "resaleValue",
  "netProfit",
  "hashpricePerPhDay",
  "btcIfBoughtInstead",
];
const SIDE_DECIMALS_OR_NULL = ["roiPct", "costPerBtc", "breakEvenElectricityPrice"];
const DECIMAL = /^-?\d+(\.\d+)?$/;

function expectSide(side: unknown): void {
  expect(side).toBeTypeOf("object");
  const x = side as Record<string, unknown>;
  for (const key of SIDE_DECIMALS) expect(x[key], key).toMatch(DECIMAL);
  for (const key of SIDE_DECIMALS_OR_NULL) if (x[key] !== null) expect(x[key], key).toMatch(DECIMAL);
  for (const key of ["breakEvenDay", "shutdownDay"]) expect(x[key] === null || Number.isInteger(x[key]), key).toBe(true);
  expect(x.breakEvenDate === null || /^\d{4}-\d{2}-\d{2}$/.test(String(x.breakEvenDate))).toBe(true);
  const firstDay = x.firstDay as Record<string, unknown>;
  expect(Object.keys(firstDay).sort()).toEqual(["btc", "energyCost", "fixedCost", "profit", "revenue"]);
  for (const value of Object.values(firstDay)) expect(value).toMatch(DECIMAL);
}

function expectScenario(scenario: unknown): Record<string, unknown> {
  const s = scenario as Record<string, unknown>;
  for (const field of SCENARIO_FIELDS) expect(s, field).toHaveProperty(field);
  // numbers as strings
  for (const field of ["rigCount", "startHeight", "horizonDays", "rigPrice", "difficulty"]) expect(s[field], field).toBeTypeOf("string");
  return s;
}

let selfJson: Run;
let bad: Run;

beforeAll(async () => {
  // a success with a warning (stdout and stderr, exit 0) and a refusal (stderr only, exit 2)
  [selfJson, bad] = await Promise.all([payback(`${S9}&colour=red`, "--json"), payback("v=1&preset=s21&n=0&kwh=cheap")]);
}, 60_000);

const summary = runPayback([S9]);
const compareJson = runPayback(["--json", "https://rigpayback.example/?v=1&preset=s21&mode=compare&hkwh=0.08#results"]);
const csv = runPayback(["v=1&preset=s21&days=3&mode=compare", "--csv"]);
const help = runPayback(["--help"]);
const unknownOption = runPayback([S9, "--xml"]);

describe("npm run payback", () => {
  it("prints a readable summary and exits 0", () => {
    expect(summary.code).toBe(0);
    expect(summary.stderr).toBe("");
    expect(summary.stdout).toContain("Self-run at ¥0.35 per kWh");
    expect(summary.stdout).toMatch(/Break-even:\s+day 189, 22 July 2018/);
    expect(summary.stdout).toMatch(/Net profit:\s+¥/);
    expect(summary.stdout).not.toContain("Hosted"); // mode self
  });

  it("prints the result object of spec §5 with --json, and warns of an unknown key", () => {
    expect(selfJson.code).toBe(0);
    expect(selfJson.stderr).toContain("colour");
    const result = JSON.parse(selfJson.stdout) as Record<string, unknown>;
    // no hosted side and no crossover in mode self; finalBtcPrice is the engine's one extra
    expect(Object.keys(result).sort()).toEqual(["finalBtcPrice", "scenario", "self", "v", "warnings"]);
    expect(result.v).toBe(1);
    const scenario = expectScenario(result.scenario);
    expect(scenario).toMatchObject({ preset: "s9-2018-huaqiangbei", rigCount: "1", rigPrice: "30000", horizonDays: "1095", mode: "self" });
    expectSide(result.self);
    expect(result.self).toMatchObject({ breakEvenDay: 189, breakEvenDate: "2018-07-22", capex: "30000.00", shutdownDay: null });
    expect(result.warnings).toEqual([expect.stringContaining("colour")]);
  });

  it("gives both sides and the crossover in compare mode, from a full share URL", () => {
    expect(compareJson.code).toBe(0);
    const result = JSON.parse(compareJson.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual([
      "crossoverElectricityPrice",
      "finalBtcPrice",
      "hosted",
      "scenario",
      "self",
      "v",
      "warnings",
    ]);
    expectScenario(result.scenario);
    expectSide(result.self);
    expectSide(result.hosted);
    expect(result.crossoverElectricityPrice === null || DECIMAL.test(String(result.crossoverElectricityPrice))).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("gives only the hosted side in hosted mode", () => {
    const out = runPayback(["v=1&preset=s21&mode=hosted", "--json"]);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(["finalBtcPrice", "hosted", "scenario", "v", "warnings"]);
    expectSide(result.hosted);
  });

  it("prints the daily schedule with --csv", () => {
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("# Rig Payback daily schedule, currency USD");
    expect(lines[1]).toBe("# scenario: ?v=1&preset=s21&days=3&mode=compare");
    const side = ["btc", "revenue", "energy_cost", "fixed_cost", "profit", "position", "running"];
    expect(lines[2]).toBe(
      [
        "day",
        "date",
        "height",
        "subsidy_btc",
        "difficulty",
        "btc_price",
        ...side.map((c) => `self_${c}`),
        ...side.map((c) => `hosted_${c}`),
      ].join(","),
    );
    expect(lines).toHaveLength(3 + 3);
    // day 1 is the s21 preset's start: the network of 2026-02-01 at height 934,553
    expect(lines[3]).toMatch(/^1,2026-02-01,934553,/);
  });

  it("lists every key and every preset with --help", () => {
    expect(help.code).toBe(0);
    for (const field of FIELD_NAMES) expect(help.stdout).toMatch(new RegExp(`^  ${FIELDS[field].key} +\\S`, "m"));
    for (const id of PRESET_IDS) expect(help.stdout).toContain(id);
  });

  it("exits 2 on a bad scenario, naming each bad key, its value and what is allowed on stderr", () => {
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^ {2}n: .*"0".*whole number from 1 to 100000/m);
    expect(bad.stderr).toMatch(/^ {2}kwh: .*"cheap".*-1000 to 1000/m);
  });

  it("exits 2 on an unknown option", () => {
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stdout).toBe("");
    expect(unknownOption.stderr).toContain("--xml");
  });
});
