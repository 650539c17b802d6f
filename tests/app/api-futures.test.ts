/** The odds through the API and the command line (spec §10). */
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/payback/route";
import { runPayback } from "../../scripts/cli";

async function get(query: string) {
  const res = await GET(new Request(`http://localhost/api/payback?${query}`));
  return { status: res.status, body: await res.json() };
}

describe("futures=history (spec §10)", () => {
  it("adds the futures object for the first side, the same for the same query", async () => {
    const query = "v=1&preset=s9-2018-huaqiangbei&futures=history&runs=300&seed=4";
    const a = await get(query);
    const b = await get(query);
    expect(a.status).toBe(200);
    expect(a.body.futures).toEqual(b.body.futures);
    expect(Object.keys(a.body.futures)).toEqual([
      "model",
      "runs",
      "seed",
      "window",
      "payBackPct",
      "medianBreakEvenDay",
      "netProfitP10",
      "netProfitP50",
      "netProfitP90",
      "calibration",
    ]);
    // the four years before 2018-01-15: 1461 days back, to the day before
    expect(a.body.futures).toMatchObject({ model: "history", runs: 300, seed: 4, window: { from: "2014-01-15", to: "2018-01-14" } });
    expect(a.body.futures.payBackPct).toMatch(/^\d{1,3}\.\d\d$/);
    expect(Number(a.body.futures.netProfitP10)).toBeLessThanOrEqual(Number(a.body.futures.netProfitP50));
    expect(Number(a.body.futures.netProfitP50)).toBeLessThanOrEqual(Number(a.body.futures.netProfitP90));
    expect(a.body.warnings).toEqual([]);
  });

  it("leaves the result as it was without the futures key", async () => {
    const plain = await get("v=1&preset=s9-2018-huaqiangbei");
    const withSeed = await get("v=1&preset=s9-2018-huaqiangbei&seed=4&runs=300");
    expect(plain.body.futures).toBeUndefined();
    expect(withSeed.body).toEqual(plain.body);
  });

  it("answers 400 naming each bad futures key", async () => {
    const { status, body } = await get("v=1&preset=s21&futures=history&runs=5&seed=x&fwin=2020");
    expect(status).toBe(400);
    expect(body.issues.map((i: { key: string }) => i.key)).toEqual(["runs", "seed", "fwin"]);
    const short = await get("v=1&preset=s21&futures=history&fwin=2020-01-01..2020-03-01");
    expect(short.status).toBe(400);
    expect(short.body.issues[0].key).toBe("fwin");
  });

  it("draws from all recorded history before the start date when asked, never after it", async () => {
    // the January 2018 S9: every recorded day from the tables' first, 2012-12-28, to the day before 2018-01-15
    const { body } = await get("v=1&preset=s9-2018-huaqiangbei&futures=history&runs=50&fwin=all");
    expect(body.futures.window).toEqual({ from: "2012-12-28", to: "2018-01-14" });
    expect(body.futures.hindsight).toBeUndefined();
  });

  it("marks a span reaching past the start date as hindsight", async () => {
    const { body } = await get("v=1&preset=s9-2018-huaqiangbei&futures=history&runs=50&fwin=2018-01-01..2021-12-31");
    expect(body.futures.window).toEqual({ from: "2018-01-01", to: "2021-12-31" });
    expect(body.futures.hindsight).toBe(true);
  });
});

describe("futures=margin (the odds' model, README: the odds' models)", () => {
  it("answers with its model, the pooled track record of the backtest, and is seeded", async () => {
    const query = "v=1&preset=s9-2018-huaqiangbei&futures=margin&runs=300&seed=4";
    const a = await get(query);
    expect(a.status).toBe(200);
    expect((await get(query)).body.futures).toEqual(a.body.futures);
    expect(a.body.futures).toMatchObject({ model: "margin", runs: 300, seed: 4, window: { from: "2014-01-15", to: "2018-01-14" } });
    const c = a.body.futures.calibration;
    expect(Object.keys(c)).toEqual([
      "from",
      "to",
      "passesBacktest",
      "startDates",
      "insideBandPct",
      "aboveP90Pct",
      "belowP10Pct",
      "brier",
      "baseRateBrier",
      "backtestDate",
    ]);
    expect(c.from).toBe("2014-01-01");
    expect(c.passesBacktest).toBe(true);
    // the three shares of the band add up to 100 %
    expect(Number(c.insideBandPct) + Number(c.aboveP90Pct) + Number(c.belowP10Pct)).toBeCloseTo(100, 1);
    // the backtest's targets, pooled: 70–90 % inside, at most 15 % in each tail, Brier within 0.02 of the base rate's
    expect(Number(c.insideBandPct)).toBeGreaterThanOrEqual(70);
    expect(Number(c.insideBandPct)).toBeLessThanOrEqual(90);
    expect(Number(c.aboveP90Pct)).toBeLessThanOrEqual(15);
    expect(Number(c.belowP10Pct)).toBeLessThanOrEqual(15);
    expect(Number(c.brier)).toBeLessThanOrEqual(Number(c.baseRateBrier) + 0.02);
    expect(c.backtestDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("gives the hosted side's odds too in compare mode", async () => {
    const { status, body } = await get("v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.5&futures=margin&runs=200");
    expect(status).toBe(200);
    expect(Object.keys(body.futures.hosted)).toEqual(["payBackPct", "medianBreakEvenDay", "netProfitP10", "netProfitP50", "netProfitP90"]);
    // the self-run side first (spec §10), the hosted side apart: a different power price, different odds
    const hosted = await get("v=1&preset=s9-2018-huaqiangbei&mode=hosted&hkwh=0.5&futures=margin&runs=200");
    expect(body.futures.hosted.payBackPct).toBe(hosted.body.futures.payBackPct);
    expect(body.futures.hosted.netProfitP50).toBe(hosted.body.futures.netProfitP50);
  });

  it("refuses an unknown model by name", async () => {
    const { status, body } = await get("v=1&preset=s21&futures=guess");
    expect(status).toBe(400);
    expect(body.issues[0]).toMatchObject({ key: "futures" });
    expect(body.issues[0].message).toContain("margin or history");
  });
});

describe("the command line's --futures", () => {
  it("prints the same futures object as the API with --json", async () => {
    const cli = runPayback(["v=1&preset=s9-2018-factory", "--futures", "history", "--runs", "300", "--seed=4", "--json"]);
    expect(cli.code).toBe(0);
    const api = await get("v=1&preset=s9-2018-factory&futures=history&runs=300&seed=4");
    expect(JSON.parse(cli.stdout).futures).toEqual(api.body.futures);
  });

  it("says the odds in the readable summary", () => {
    const cli = runPayback(["v=1&preset=s9-2018-factory", "--futures", "history", "--runs", "300"]);
    expect(cli.stdout).toMatch(
      /Odds \(self-run, futures from the recorded history\): Pays back in \d+ % of 300 futures drawn from Jan 2014 – Jan 2018; median day \d+/,
    );
  });

  it("prints the margin model's futures and track record with --futures margin", async () => {
    const cli = runPayback(["v=1&preset=s9-2018-factory", "--futures", "margin", "--runs", "200", "--json"]);
    expect(cli.code).toBe(0);
    const api = await get("v=1&preset=s9-2018-factory&futures=margin&runs=200");
    expect(JSON.parse(cli.stdout).futures).toEqual(api.body.futures);
    expect(JSON.parse(cli.stdout).futures.calibration.startDates).toBeGreaterThan(0);
  });

  it("refuses bad options by name", () => {
    const cli = runPayback(["v=1&preset=s21", "--futures", "history", "--runs", "0"]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('--runs: runs = "0" is not allowed');
    expect(runPayback(["v=1&preset=s21", "--seed", "3"]).stderr).toContain("--runs, --seed and --window go with --futures history");
    expect(runPayback(["v=1&preset=s21", "--futures"]).code).toBe(2);
  });
});
