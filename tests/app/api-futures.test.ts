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

  it("draws from all recorded history when asked", async () => {
    const { body } = await get("v=1&preset=s21&futures=history&runs=50&fwin=all");
    expect(body.futures.window).toEqual({ from: "2012-12-28", to: "2026-02-07" });
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

  it("refuses bad options by name", () => {
    const cli = runPayback(["v=1&preset=s21", "--futures", "history", "--runs", "0"]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('--runs: runs = "0" is not allowed');
    expect(runPayback(["v=1&preset=s21", "--seed", "3"]).stderr).toContain("--runs, --seed and --window go with --futures history");
    expect(runPayback(["v=1&preset=s21", "--futures"]).code).toBe(2);
  });
});
