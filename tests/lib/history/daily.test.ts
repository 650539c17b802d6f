import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { renderFees, renderSpans, renderTables } from "../../../scripts/build-history";
import { BTC_USD_SPAN, CNY_PER_USD_MONTHS, DIFFICULTY_SPAN, FEES_SPAN, RECENT_VOLATILITY_PCT } from "../../../lib/history/spans";
import { btcUsdPoints, difficultyPoints, historicalVolatilityPct } from "../../../lib/history/tables";
import { feePoints } from "../../../lib/history/fees";
import { parseQuery, replaysHistory } from "../../../lib/open/query";

const ROOT = join(__dirname, "..", "..", "..");
const read = (file: string) => readFileSync(file, "utf8");

describe("the daily history tables, installed on demand", () => {
  it("are read only once installed: before, a lookup names the missing step", async () => {
    // a fresh copy of the modules, as the page has them before it loads the tables
    vi.resetModules();
    const daily = await import("../../../lib/history/daily");
    const tables = await import("../../../lib/history/tables");
    const fees = await import("../../../lib/history/fees");
    expect(daily.dailyTablesLoaded()).toBe(false);
    expect(() => tables.difficultyOn("2018-01-15")).toThrow(/the daily history tables are not loaded: import lib\/history\/load\.ts first/);
    expect(() => fees.feesPerDayOn("2018-01-14")).toThrow(/not loaded/);
    // what needs no daily table still answers: spans, CNY rates, heights, fees outside their span
    expect(tables.cnyPerUsdFor("2018-01-15")).toEqual({ rate: "6.4233", extrapolated: false });
    expect(tables.heightOn("2018-01-15")).toBe(504400);
    expect(fees.feesPerDayOn("2030-01-01")).toBeNull();
    await import("../../../lib/history/load");
    expect(daily.dailyTablesLoaded()).toBe(true);
    // data/history-table.ts, the 2018-01-15 point (same figure as tables.test.ts)
    expect(tables.difficultyOn("2018-01-15")).toBe("2172089832110.7317");
    vi.resetModules();
  });

  it("match the spans data/history-spans.ts was generated with", () => {
    const d = difficultyPoints();
    const p = btcUsdPoints();
    const f = feePoints();
    expect([d[0]?.[0], d.at(-1)?.[0]]).toEqual([DIFFICULTY_SPAN.from, DIFFICULTY_SPAN.to]);
    expect([p[0]?.[0], p.at(-1)?.[0]]).toEqual([BTC_USD_SPAN.from, BTC_USD_SPAN.to]);
    expect([f[0]?.[0], f.at(-1)?.[0]]).toEqual([FEES_SPAN.from, FEES_SPAN.to]);
  });

  it("give the recent volatility the page reads without them", () => {
    expect(historicalVolatilityPct()).toBe(RECENT_VOLATILITY_PCT);
  });

  it("are three generated files that agree with each other and with the generator (scripts/build-history.ts)", () => {
    // the tables as generated, read back: rendering them again gives each file exactly (the CSVs
    // they come from live outside the project; tables.test.ts checks figures against them by hand)
    const tables = { difficulty: [...difficultyPoints()], btcUsd: [...btcUsdPoints()], cnyPerUsd: [...CNY_PER_USD_MONTHS] };
    const fees = [...feePoints()];
    expect(read(join(ROOT, "data", "history-table.ts"))).toBe(renderTables(tables));
    expect(read(join(ROOT, "data", "fees-table.ts"))).toBe(renderFees(fees));
    expect(read(join(ROOT, "data", "history-spans.ts"))).toBe(renderSpans(tables, fees));
  });

  it("are imported by lib/history/load.ts alone, so no view takes them by accident", () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx|mjs)$/.test(name) && /data\/(history|fees)-table"/.test(read(path))) importers.push(relative(ROOT, path));
      }
    };
    for (const dir of ["app", "lib", "data"]) walk(join(ROOT, dir));
    expect(importers).toEqual(["lib/history/load.ts"]);
  });
});

describe("a link's replay, known before the tables", () => {
  it("is its hist key, else its preset's", () => {
    expect(replaysHistory("v=1&preset=s9-2018-replay")).toBe(true);
    expect(replaysHistory("v=1&preset=s9-2018-replay&hist=0")).toBe(false);
    expect(replaysHistory("v=1&preset=s21&hist=1")).toBe(true);
    expect(replaysHistory("v=1&preset=s21")).toBe(false);
    // a refused hist value does not count: the preset's stands
    expect(replaysHistory("v=1&preset=s21&hist=yes")).toBe(false);
  });

  it("can be checked without its recorded start, which leaves its figures as given", () => {
    const link = "v=1&preset=s21&hist=1&date=2018-01-15";
    const shape = parseQuery(link, undefined, { recorded: false });
    const full = parseQuery(link);
    const s21 = parseQuery("v=1&preset=s21");
    expect(shape.ok && full.ok && s21.ok).toBe(true);
    if (!shape.ok || !full.ok || !s21.ok) return;
    // the record of 2018-01-15: difficultyOn = 2172089832110.7317, to the cent 2172089832110.73
    expect(full.scenario.difficulty.toString()).toBe("2172089832110.73");
    // without the record, the S21's own network figure of its preset stays
    expect(shape.scenario.difficulty.toString()).toBe(s21.scenario.difficulty.toString());
    expect(shape.scenario.difficulty.toString()).not.toBe("2172089832110.73");
  });
});
