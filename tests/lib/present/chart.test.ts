import { describe, expect, it } from "vitest";
import { CHART_POINTS, chartView, downsample, monthTicks, simulate } from "../../../lib/index";
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
