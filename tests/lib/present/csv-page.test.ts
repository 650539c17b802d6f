import { describe, expect, it } from "vitest";
import { pageScheduleCsv, scheduleCsv, scheduleFileName, simulate } from "../../../lib/server";
import { csvColumnName } from "../../../lib/present/csv-page";
import { scenarioFromQuery as scenario } from "../../support/scenarios";

describe("the page's CSV", () => {
  const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&mode=compare&days=10"), { schedule: true });

  it("opens cleanly in a spreadsheet: no comment rows, a byte order mark, CRLF, the command line's cells", () => {
    const text = pageScheduleCsv(sim, "en");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.filter((l) => l.startsWith("#"))).toEqual([]);
    // the same day rows as the command line's CSV (3 lines of header there, 1 here)
    const cli = scheduleCsv(sim).trimEnd().split("\n");
    expect(lines.slice(1, -1)).toEqual(cli.slice(3));
    expect(lines).toHaveLength(1 + 10 + 1);
  });

  it("names every column in the page's language, the currency in each money column", () => {
    const header = pageScheduleCsv(sim, "en").slice(1).split("\r\n")[0]?.split(",");
    expect(header).toEqual([
      "Day",
      "Date",
      "Block height",
      "Subsidy per block (BTC)",
      "Difficulty",
      "BTC price (CNY)",
      "Self-run: BTC mined",
      "Self-run: revenue (CNY)",
      "Self-run: power cost (CNY)",
      "Self-run: fixed costs (CNY)",
      "Self-run: profit (CNY)",
      "Self-run: cumulative position (CNY)",
      "Self-run: on (1) or off (0)",
      "Hosted: BTC mined",
      "Hosted: revenue (CNY)",
      "Hosted: power cost (CNY)",
      "Hosted: fixed costs (CNY)",
      "Hosted: profit (CNY)",
      "Hosted: cumulative position (CNY)",
      "Hosted: on (1) or off (0)",
    ]);
    const zh = pageScheduleCsv(sim, "zh").slice(1).split("\r\n")[0]?.split(",");
    expect(zh?.slice(0, 8)).toEqual([
      "天",
      "日期",
      "区块高度",
      "每区块补贴（BTC）",
      "全网难度",
      "BTC 价格（CNY）",
      "自营的产出（BTC）",
      "自营的收入（CNY）",
    ]);
    expect(csvColumnName("hosted_policy_position", "USD", "en")).toBe("Hosted: position with the coins' policy (USD)");
    // every column the command line writes has a name in both languages
    const cliHeader =
      scheduleCsv(simulate(scenario("v=1&preset=s21&mode=compare&sell=hold&days=3"), { schedule: true }))
        .split("\n")[2]
        ?.split(",") ?? [];
    for (const locale of ["en", "zh"] as const) for (const c of cliHeader) expect(csvColumnName(c, "USD", locale), c).not.toBe(c);
  });

  it("keeps the file name of before", () => {
    expect(scheduleFileName(sim)).toBe("rig-payback-s9-2018-huaqiangbei-2018-01-15.csv");
  });
});
