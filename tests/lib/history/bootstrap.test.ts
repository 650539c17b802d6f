import { describe, expect, it } from "vitest";
import {
  drawIndexes,
  futuresWindow,
  historyPath,
  historyPeriods,
  historySampler,
  MEAN_BLOCK_PERIODS,
  nextPeriod,
  TABLES,
  trendSpread,
  type HistoryReader,
} from "../../../lib/history/bootstrap";
import { dayNumber } from "../../../lib/core/dates";
import { btcUsdOn, difficultyOn, heightOn } from "../../../lib/history/tables";
import { feesPerBlockOn } from "../../../lib/history/fees";
import { blockSubsidy } from "../../../lib/engine/subsidy";
import { historyGrowthHeatMap, historyOdds } from "../../../lib/run";
import { scenarioFromQuery } from "../../support/scenarios";

/**
 * A hand-made history of 43 days from 2020-01-01: price 100 → 200 → 100 → 150 and difficulty
 * 10 → 11 → 11 → 22 on days 0, 14, 28, 42 (linear between, never read there), fees a tenth of the
 * subsidy on day 14, a fifth on 28, none on 42. Three periods:
 *   0: price 2, difficulty 1.1, fees 0.1;  1: price 0.5, difficulty 1, fees 0.2;  2: price 1.5, difficulty 2, fees 0.
 */
const KNOTS: Record<string, [number, number, number]> = {
  "2020-01-01": [100, 10, 0],
  "2020-01-15": [200, 11, 0.1],
  "2020-01-29": [100, 11, 0.2],
  "2020-02-12": [150, 22, 0],
};
const TINY: HistoryReader = {
  price: (d) => KNOTS[d]?.[0] ?? null,
  difficulty: (d) => KNOTS[d]?.[1] ?? null,
  feeRatio: (d) => KNOTS[d]?.[2] ?? null,
};
const TINY_WINDOW = { from: "2020-01-01", to: "2020-02-12" };

describe("the periods of a hand-made history", () => {
  it("cuts the window into 14-day periods with the factors taken together", () => {
    const periods = historyPeriods(TINY_WINDOW, TINY);
    expect(periods.map((p) => [p.from, p.to, p.price, p.difficulty, p.feeRatio])).toEqual([
      ["2020-01-01", "2020-01-15", 2, 1.1, 0.1], // 200 / 100, 11 / 10
      ["2020-01-15", "2020-01-29", 0.5, 1, 0.2], // 100 / 200, 11 / 11
      ["2020-01-29", "2020-02-12", 1.5, 2, 0], // 150 / 100, 22 / 11
    ]);
  });

  it("a stationary bootstrap step continues with the next period, or jumps with probability 1/6", () => {
    // u ≥ 1/6 continues: 0 → 1, 2 → 0 (round the window); u < 1/6 jumps to floor(v × 3)
    expect(nextPeriod(0, 3, 0.5, 0.9)).toBe(1);
    expect(nextPeriod(2, 3, 0.5, 0.9)).toBe(0);
    expect(nextPeriod(0, 3, 0.1, 0.9)).toBe(2);
    expect(nextPeriod(1, 3, 0.1, 0)).toBe(0);
    expect(MEAN_BLOCK_PERIODS).toBe(6);
  });

  it("two-period futures over three periods are the 9 enumerable paths, with the bootstrap's frequencies", () => {
    // P(first = i) = 1/3; P(second = first + 1 mod 3) = 5/6 + 1/6 × 1/3 = 8/9; any other: 1/18 each
    const periods = historyPeriods(TINY_WINDOW, TINY);
    const counts = new Map<string, number>();
    const runs = 9000;
    for (let i = 0; i < runs; i++) {
      const idx = drawIndexes({ n: periods.length, seed: 3, index: i, length: 3 });
      const key = `${idx[1]}${idx[2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const all = ["00", "01", "02", "10", "11", "12", "20", "21", "22"];
    expect([...counts.keys()].sort()).toEqual(all);
    for (const key of all) {
      const [a, b] = [Number(key[0]), Number(key[1])];
      const expected = (1 / 3) * (b === (a + 1) % 3 ? 8 / 9 : 1 / 18);
      // binomial standard deviation at 9,000 draws is at most 0.005: 4 of them
      expect(Math.abs((counts.get(key) ?? 0) / runs - expected)).toBeLessThan(0.02);
    }
  });

  it("a path carries its periods' three figures together", () => {
    const periods = historyPeriods(TINY_WINDOW, TINY);
    const path = historyPath(periods, 3, 0, 3);
    const idx = drawIndexes({ n: 3, seed: 3, index: 0, length: 3 });
    for (const t of [1, 2]) {
      const period = periods[idx[t] ?? -1];
      expect([path.price[t], path.difficulty[t], path.feeRatio[t]]).toEqual([period?.price, period?.difficulty, period?.feeRatio]);
    }
    expect([path.price[0], path.difficulty[0]]).toEqual([1, 1]);
  });
});

describe("the tables read in floats", () => {
  it("agree with the exact lookups within 1e-12 relative", () => {
    for (const date of ["2013-06-01", "2016-07-09", "2018-01-14", "2018-01-15", "2021-05-19", "2024-04-21"]) {
      const d = Number(difficultyOn(date));
      const p = Number(btcUsdOn(date));
      // fees per block over the subsidy of the day's first block
      const f = Number(feesPerBlockOn(date)) / blockSubsidy(heightOn(date)).toNumber();
      expect(Math.abs((TABLES.difficulty(date) ?? 0) / d - 1)).toBeLessThan(1e-12);
      expect(Math.abs((TABLES.price(date) ?? 0) / p - 1)).toBeLessThan(1e-12);
      expect(Math.abs((TABLES.feeRatio(date) ?? 0) / f - 1)).toBeLessThan(1e-12);
    }
  });
});

describe("the window", () => {
  it("by default is the four years before the start date, ending the day before it", () => {
    // 2018-01-15 − round(4 × 365.25) = 1461 days = 2014-01-15
    expect(futuresWindow("2018-01-15", { kind: "before" })).toEqual({ from: "2014-01-15", to: "2018-01-14" });
  });

  it("a window ending before the start date never reads a later day", () => {
    const start = "2018-01-15";
    const read: string[] = [];
    const spy: HistoryReader = {
      price: (d) => (read.push(d), TABLES.price(d)),
      difficulty: (d) => (read.push(d), TABLES.difficulty(d)),
      feeRatio: (d) => (read.push(d), TABLES.feeRatio(d)),
    };
    const periods = historyPeriods(futuresWindow(start, { kind: "before" }), spy);
    // 1460 days / 14 = 104 whole periods
    expect(periods.length).toBe(104);
    expect(read.length).toBeGreaterThan(300);
    const latest = read.reduce((a, b) => (a > b ? a : b));
    expect(latest < start).toBe(true);
    expect(dayNumber(latest)).toBeLessThanOrEqual((dayNumber(start) ?? 0) - 1);
  });
});

describe("the odds", () => {
  const request = { runs: 400, seed: 1, window: { kind: "before" } as const };

  it("the same seed gives the same figures; another seed other figures", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei");
    const a = historyOdds(s, request);
    const b = historyOdds(s, request);
    const c = historyOdds(s, { ...request, seed: 2 });
    expect(a).toEqual(b);
    expect(a.ok && c.ok && a.odds.netProfitP50 !== c.odds.netProfitP50).toBe(true);
  });

  it("the fast sampler draws exactly the paths of historyPath", () => {
    const periods = historyPeriods(futuresWindow("2018-01-15", { kind: "before" }));
    const draw = historySampler(periods, 9, 79);
    for (const i of [0, 1, 500]) expect(draw(i)).toEqual(historyPath(periods, 9, i, 79));
  });

  it("future i's path does not depend on how many futures are drawn", () => {
    const periods = historyPeriods(futuresWindow("2018-01-15", { kind: "before" }));
    const alone = historyPath(periods, 5, 123, 79);
    for (let i = 0; i < 10; i++) historyPath(periods, 5, i, 79);
    expect(historyPath(periods, 5, 123, 79)).toEqual(alone);
  });

  it("the ¥10,000 rig pays back in at least as many futures as the ¥30,000 one", () => {
    const dear = historyOdds(scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei"), request);
    const cheap = historyOdds(scenarioFromQuery("v=1&preset=s9-2018-factory"), request);
    expect(dear.ok && cheap.ok).toBe(true);
    if (!dear.ok || !cheap.ok) return;
    expect(cheap.odds.paidBack).toBeGreaterThanOrEqual(dear.odds.paidBack);
    expect(cheap.odds.paidBack).toBeGreaterThan(0);
  });

  it("a window too short to draw from is refused by its key", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei");
    const r = historyOdds(s, { ...request, window: { kind: "span", from: "2017-01-01", to: "2017-03-01" } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.key).toBe("fwin");
  });
});

describe("the growth heat map's axes from history", () => {
  it("span the 10th–90th percentile of the window's 12-month trends and hold the scenario's own rates", () => {
    const s = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&dg=4&bg=1");
    const spread = trendSpread(futuresWindow(s.startDate, { kind: "before" }));
    expect(spread).not.toBeNull();
    if (!spread) return;
    // 2014-01-15 … 2018-01-14: the first span ends a year in, then one every 14 days: floor((1460 − 365) / 14) + 1 = 79
    expect(spread.spans).toBe(79);
    const { map } = historyGrowthHeatMap(s, 15);
    const xs = map.x.values.map(Number);
    const ys = map.y.values.map(Number);
    expect(xs[0]).toBeLessThanOrEqual(spread.price[0]);
    expect(xs.at(-1)).toBeGreaterThanOrEqual(spread.price[1]);
    expect(ys[0]).toBeLessThanOrEqual(Math.min(spread.difficulty[0], 4));
    expect(ys.at(-1)).toBeGreaterThanOrEqual(spread.difficulty[1]);
    expect(map.x.values).toContain("1");
    expect(map.y.values).toContain("4");
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("reads no day outside the window", () => {
    const read: string[] = [];
    const spy: HistoryReader = {
      price: (d) => (read.push(d), TABLES.price(d)),
      difficulty: (d) => (read.push(d), TABLES.difficulty(d)),
      feeRatio: (d) => (read.push(d), TABLES.feeRatio(d)),
    };
    trendSpread({ from: "2014-01-15", to: "2018-01-14" }, spy);
    expect(read.every((d) => d >= "2014-01-15" && d <= "2018-01-14")).toBe(true);
  });
});
