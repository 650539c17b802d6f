/**
 * The "how sure" views never fail on a valid scenario: monthly prices at or near their bounds
 * (−1000 … 1000 a kWh) once made the tornado and the price heat map move a month past its bound,
 * or write a month too long for a link (1e-50 moved by a fraction of itself), and the worker threw
 * "internal error: a validated scenario's power texts parse". A move that would leave a bound now
 * stops at it and says so; a heat-map cell past it is marked outside the allowed range.
 */
import { describe, expect, it } from "vitest";
import {
  historyFuturesView,
  oddsViews,
  PAGE_ODDS,
  FuturesRun,
  FUTURES_DEFAULTS,
  futuresView,
  sensitivityGrids,
  tornadoView,
  type Scenario,
} from "../../lib/server";
import { heatMap, monthRoom, priceHeatMap, tornado, withValue } from "../../lib/sensitivity";
import { heatMapView } from "../../lib/present/sensitivity-view";
import { scenarioFromQuery } from "../support/scenarios";

const rest = (v: string) => Array(11).fill(v).join(",");
/** The monthly schedules of the report: a month at each bound, one a hair inside, one tiny. */
const SCHEDULES = [`1000,${rest("0")}`, `-1000,${rest("0")}`, `999,${rest("0.05")}`, `1e-50,${rest("0")}`];
/** Self-run with kwhm, and hosted with hkwhm: the S21 over one year, every view of each. */
const LINKS = [
  ...SCHEDULES.map((m) => `v=1&preset=s21&days=365&kwhm=${m}`),
  ...SCHEDULES.map((m) => `v=1&preset=s21&days=365&mode=hosted&hkwh=0.07&hkwhm=${m}`),
];
const FEW = { count: 20, seed: 7 };

describe.each(LINKS)("every view of %s", (link) => {
  const s: Scenario = scenarioFromQuery(link);

  it("the heat maps: every cell a figure or marked outside the allowed range, never an error", () => {
    for (const locale of ["en", "zh"] as const) {
      const grids = sensitivityGrids(s, 7, locale);
      for (const map of [grids.growth, grids.prices]) {
        for (const cell of map.rows.flat()) {
          expect(cell.title).not.toMatch(/NaN|Infinity|internal error/);
          if (cell.text === "×") expect(cell.title).toMatch(locale === "en" ? /outside the allowed range/ : /超出允许范围/);
        }
      }
    }
  });

  it("the tornado: every bar a figure, a move stopped at a bound said so", () => {
    for (const locale of ["en", "zh"] as const) {
      const view = tornadoView(s, locale);
      expect(view.bars.length).toBeGreaterThan(0);
      for (const bar of view.bars) expect(`${bar.leftText} ${bar.rightText}`).not.toMatch(/NaN|∞|—/);
    }
  });

  it("the futures, random and drawn from history, and the odds line", () => {
    const run = new FuturesRun(s, { ...FUTURES_DEFAULTS, ...FEW });
    while (!run.finished) run.runBatch(50);
    expect(futuresView(run.result(), s).summary).not.toMatch(/NaN/);
    expect(historyFuturesView(s, FEW).summary).not.toMatch(/NaN/);
    expect(() => oddsViews(s, "en", { ...PAGE_ODDS, runs: 20 })).not.toThrow();
  });
});

describe("a move past a monthly price's bound", () => {
  it("stops at the bound and says so: 999 and eleven months of 0.05 rise by at most 1", () => {
    const s = scenarioFromQuery(`v=1&preset=s21&days=365&kwhm=999,${rest("0.05")}`);
    // mean = (999 + 11 × 0.05) / 12 = 999.55 / 12 = 83.29583…; the dearest month can rise by 1 (999 → 1000)
    const room = monthRoom(s, "electricityPrice");
    expect(room?.max.toFixed(10)).toBe("84.2958333333");
    // and fall until the cheapest (0.05) reaches −1000: by 1000.05
    expect(room?.min.toFixed(10)).toBe("-916.7541666667");
    const bar = tornado(s).bars.find((b) => b.field === "electricityPrice");
    // +20 % of 83.2958 would be +16.66: clamped at +1; −20 % (−16.66) is inside the room
    expect(bar?.clampedHigh).toBe(true);
    expect(bar?.clampedLow).toBe(false);
    expect(bar?.high).toBe(room?.max.toString());
    const view = tornadoView(s, "en").bars.find((b) => b.label.startsWith("Electricity price"));
    expect(view?.range).toMatch(/\(clamped at the highest allowed price\)$/);
    const zh = tornadoView(s, "zh").bars.find((b) => b.range.includes("已限制"));
    expect(zh?.range).toMatch(/（已限制在允许的最高电价）$/);
  });

  it("ends the price axis at the bound, and marks a cell past it rather than run it: 1000 and eleven months of 0", () => {
    const s = scenarioFromQuery(`v=1&preset=s21&days=365&kwhm=1000,${rest("0")}`);
    // mean 1000 / 12 = 83.33…; no month can rise (1000 is the highest price): the axis runs 30 % … 100 % of the mean
    const map = priceHeatMap(s, 5);
    // 30 %, 47.5 %, 65 %, 82.5 %, 100 % of 83.3333… (4 places): 25, 39.5833, 54.1667, 68.75, 83.3333
    expect(map.x.values).toEqual(["25", "39.5833", "54.1667", "68.75", "83.3333"]);
    expect(map.cells.every((c) => !c.outside && c.netProfit !== null)).toBe(true);
    // an axis asked past the bound: those cells are marked, not run
    const wide = heatMap(s, { field: "electricityPrice", values: ["50", "83.3333", "112.5"] }, { field: "btcPrice", values: [s.btcPrice] });
    expect(wide.cells.map((c) => c.outside)).toEqual([false, false, true]);
    expect(wide.cells[2]?.netProfit).toBeNull();
    expect(heatMapView(wide, s, "t").rows[0]?.map((c) => c.text.length > 0 && c.title)).toEqual([
      expect.stringMatching(/pays back|never pays back/),
      expect.stringMatching(/pays back|never pays back/),
      expect.stringMatching(/outside the allowed range/),
    ]);
  });

  it("keeps a tiny month's text short enough for a link: 1e-50 and eleven months of 0", () => {
    const s = scenarioFromQuery(`v=1&preset=s21&days=365&kwhm=1e-50,${rest("0")}`);
    // ±20 % of the mean month (8.3e-52) rounds away at 50 places: the months stay as they are, no error
    const moved = withValue(s, "electricityPrice", "1e-51").electricityPriceByMonth ?? "";
    for (const month of moved.split(",")) expect(month.length).toBeLessThanOrEqual(64);
    const bar = tornado(s).bars.find((b) => b.field === "electricityPrice");
    expect(bar?.swing.isZero()).toBe(true);
  });
});
