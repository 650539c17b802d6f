import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CHART_POINTS, chartView, downsample, monthTicks, niceTicks, sameSeries, simulate, spacedLabels } from "../../../lib/server";
import { round, scenarioFromQuery as scenario } from "../../support/scenarios";

describe("downsampling a long horizon", () => {
  it("keeps every day of a short horizon", () => {
    const { indices, stride } = downsample(30, new Set());
    expect(stride).toBe(1);
    expect(indices).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it("keeps every third day of three years, the last day and the special days", () => {
    // ⌈1095 / 370⌉ = 3: days 0, 3, …, 1092 (365 of them), the last day 1094 and the kept day 188
    const { indices, stride } = downsample(1095, new Set([188]));
    expect(stride).toBe(3);
    expect(indices).toHaveLength(365 + 2);
    expect(indices).toContain(188);
    expect(indices[indices.length - 1]).toBe(1094);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(new Set(indices).size).toBe(indices.length);
  });

  it("draws ten years in about as many points as one", () => {
    const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&days=3650&mode=compare&dg=4"), { schedule: true });
    const chart = chartView(sim);
    // ⌈3650 / 370⌉ = 10 → 365 regular points, plus the last day and two days per marker at most
    expect(chart.stride).toBe(10);
    expect(chart.points.length).toBeLessThanOrEqual(CHART_POINTS + 1 + 2 * chart.markers.length);
    for (const m of chart.markers) expect(chart.points.some((p) => p.day === m.day)).toBe(true);
  });
});

describe("the chart of a scenario", () => {
  it("starts at minus the outlay plus the first day's profit and marks the break-even day", () => {
    // ROUND: 1 BTC a day at 100, 24 of power: profit 76 a day; outlay 760 → −760 + 76 = −684 on day 1;
    // 760 / 76 = 10 → pays back on day 10
    const chart = chartView(simulate(round(), { schedule: true }));
    expect(chart.sides).toEqual(["self"]);
    expect(chart.points).toHaveLength(30);
    expect(chart.points[0]).toMatchObject({ day: 1, date: "2024-01-01", self: -684, selfRevenue: 100, selfCost: 24, btcPrice: 100 });
    expect(chart.points[9]?.self).toBe(0);
    expect(chart.outlay).toEqual({ self: 760 });
    expect(chart.markers).toEqual([
      { day: 10, date: "2024-01-10", kind: "break-even", side: "self", label: "Self-run pays back", short: "Day 10" },
    ]);
  });

  it("marks the halving and the first day switched off", () => {
    // height 209,280 = 210,000 − 5 × 144: day 6 (index 5) is the first at 25 BTC a block, so 0.5 BTC a day;
    // at 3 per kWh power is 72 a day: 100 > 72 before, 50 < 72 after → switched off from day 6
    const chart = chartView(simulate(round({ startHeight: "209280", electricityPrice: "3" }), { schedule: true }));
    expect(chart.markers.map((m) => [m.kind, m.day])).toEqual([
      ["halving", 6],
      ["shutdown", 6],
    ]);
    expect(chart.points[5]).toMatchObject({ day: 6, selfRevenue: 0, selfCost: 0 });
  });

  it("draws both sides in compare mode", () => {
    const chart = chartView(simulate(round({ mode: "compare", hostingPricePerKwh: "2" }), { schedule: true }));
    expect(chart.sides).toEqual(["self", "hosted"]);
    // hosted: power 24 kWh × 2 = 48 a day → profit 52; −760 + 52 = −708
    expect(chart.points[0]).toMatchObject({ self: -684, hosted: -708, hostedCost: 48 });
    expect(chart.table.columns).toEqual([
      "Day",
      "Date",
      "BTC price",
      "Self-run position",
      "Self-run revenue a day",
      "Self-run costs a day",
      "Hosted position",
      "Hosted revenue a day",
      "Hosted costs a day",
    ]);
  });

  it("carries the projection beside a history replay, and the China ban as a shaded span", () => {
    const s = scenario("v=1&preset=s9-2018-replay&days=1825");
    const plain = scenario("v=1&preset=s9-2018-huaqiangbei&days=1825");
    const chart = chartView(simulate(s, { schedule: true }), simulate(plain, { schedule: true }));
    expect(chart.hasProjection).toBe(true);
    expect(chart.points.every((p) => typeof p.projected === "number")).toBe(true);
    // 2021-05-21 is 1222 days after 2018-01-15 → day 1223; 2021-07-31 → day 1294
    expect(chart.spans).toEqual([{ from: 1223, to: 1294, label: "China bans mining" }]);
    expect(chartView(simulate(plain, { schedule: true })).spans).toEqual([]);
  });

  it("gives screen readers a row every 30 days and the last day, in the scenario's currency", () => {
    const chart = chartView(simulate(round({ horizonDays: "61" }), { schedule: true }));
    expect(chart.table.rows.map((r) => r.day)).toEqual([1, 31, 61]);
    expect(chart.table.rows[0]?.cells).toEqual(["$100", "−$684", "$100.00", "$24.00"]);
    // day 61: −760 + 61 × 76 = 3876
    expect(chart.table.rows[2]?.cells[1]).toBe("$3,876");
  });
});

describe("axis ticks", () => {
  it("puts three years on January and July, with the start labelled", () => {
    expect(monthTicks("2018-01-15", 1095)).toEqual([
      { day: 1, label: "Jan 2018" },
      { day: 168, label: "Jul 2018" }, // 2018-07-01 is 167 days after 2018-01-15
      { day: 352, label: "Jan 2019" },
      { day: 533, label: "Jul 2019" },
      { day: 717, label: "Jan 2020" },
      { day: 899, label: "Jul 2020" },
      { day: 1083, label: "Jan 2021" },
    ]);
  });

  it("labels years when the horizon is long", () => {
    const ticks = monthTicks("2018-01-15", 3650);
    expect(ticks.map((t) => t.label)).toEqual(["2018", "2020", "2022", "2024", "2026", "2028"]);
  });

  it("never gives more than seven boundaries and always at least the start", () => {
    for (const days of [1, 10, 45, 200, 400, 800, 2000, 3650]) {
      const ticks = monthTicks("2026-02-07", days);
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.length).toBeLessThanOrEqual(8);
      expect(ticks.every((t) => t.day >= 1 && t.day <= days)).toBe(true);
    }
  });
});

describe("round axis ticks, a zero line always", () => {
  it("steps by ten thousand over a compare chart's span", () => {
    // span 58,608 / 6 gaps = 9,768 → magnitude 1,000; steps 1k, 2k, 2.5k, 5k need 60, 30, 24, 13 ticks;
    // 10k needs −3 … 3 = 7
    expect(niceTicks(-30000, 28608)).toEqual([-30000, -20000, -10000, 0, 10000, 20000, 30000]);
  });

  it("never writes −1,350: a step of 500 where smaller steps need too many ticks", () => {
    // span 1,390 / 6 = 231.7 → magnitude 100; 100, 200 and 250 need 16, 9 and 8 ticks; 500 needs −3 … 1 = 5
    expect(niceTicks(-1350, 40)).toEqual([-1500, -1000, -500, 0, 500]);
  });

  it("draws zero for a line that never reaches it, above or below", () => {
    // a loss all along: −5,000 … −4,100 still shows 0 at the top (step 1,000: −5 … 0)
    expect(niceTicks(-5000, -4100)).toEqual([-5000, -4000, -3000, -2000, -1000, 0]);
    // revenue of 20 … 160 a day starts at 0 (span 160 / 5 = 32 → step 50: 0 … 4)
    expect(niceTicks(20, 160, 6)).toEqual([0, 50, 100, 150, 200]);
    // nothing to draw: 0 … 1 (span 1 / 6 = 0.167 → step 0.1 needs 11 ticks, 0.2 needs 6)
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it("keeps small steps exact (no 0.30000000000000004)", () => {
    // span 0.7 / 6 = 0.117 → magnitude 0.1: step 0.1 needs 8, 0.2 needs 5 (0 … 0.8)
    expect(niceTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("covers the data with at most the ticks asked (property)", () => {
    fc.assert(
      fc.property(
        // amounts in cents, as the charts draw them
        fc.integer({ min: -1e14, max: 1e14 }).map((c) => c / 100),
        fc.integer({ min: -1e14, max: 1e14 }).map((c) => c / 100),
        fc.integer({ min: 3, max: 9 }),
        (a, b, count) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const ticks = niceTicks(lo, hi, count);
          const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
          expect(ticks).toContain(0);
          // covered to within a billionth of a step (float noise is not a tick of its own)
          expect(ticks[0]).toBeLessThanOrEqual(Math.min(lo, 0) + 1e-9 * step);
          expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(hi, 0) - 1e-9 * step);
          expect(ticks.length).toBeLessThanOrEqual(count + 1);
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 2.5, 5, 10].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("puts both charts' ticks in the view, zero among them", () => {
    // ROUND: −684 on day 1 to +1,520 on day 30: step 500 (span 2,204 / 6 = 367 → 100, 200, 250 too many)
    const chart = chartView(simulate(round(), { schedule: true }));
    expect(chart.positionTicks).toEqual([-1000, -500, 0, 500, 1000, 1500, 2000]);
    // revenue 100, costs 24 a day: 0 … 100 by 20 (span 100 / 5 = 20 → step 20: 6 ticks)
    expect(chart.dailyTicks).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

describe("lines that would hide each other", () => {
  it("finds two series the same at every point", () => {
    const points = [
      { day: 1, date: "2024-01-01", btcPrice: 1, selfRevenue: 100, hostedRevenue: 100 },
      { day: 2, date: "2024-01-02", btcPrice: 1, selfRevenue: 50, hostedRevenue: 50 + 1e-12 },
    ];
    expect(sameSeries(points, "selfRevenue", "hostedRevenue")).toBe(true);
    expect(
      sameSeries(
        [...points, { day: 3, date: "2024-01-03", btcPrice: 1, selfRevenue: 40, hostedRevenue: 0 }],
        "selfRevenue",
        "hostedRevenue",
      ),
    ).toBe(false);
  });

  it("draws compare mode's revenue once when the host takes no share, twice when it does", () => {
    const same = chartView(simulate(round({ mode: "compare", hostingPricePerKwh: "2" }), { schedule: true }));
    expect(same.sharedRevenue).toBe(true);
    const shared = chartView(simulate(round({ mode: "compare", hostingPricePerKwh: "2", revenueSharePct: "10" }), { schedule: true }));
    expect(shared.sharedRevenue).toBe(false);
  });

  it("labels a marked day only when it stands clear of the last label", () => {
    // 120 is (120 − 100) / 1095 = 1.8 % of the width after 100: left to the list; 600 is 45.7 % after
    expect(spacedLabels([100, 120, 600], 1095)).toEqual([true, false, true]);
    // a gap of exactly 10 % is enough
    expect(spacedLabels([100, 200], 1000)).toEqual([true, true]);
    expect(spacedLabels([], 1000)).toEqual([]);
  });
});
