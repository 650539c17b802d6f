/**
 * Fair against market (issue 25): beside "Fair price at these figures", the price index's estimate for
 * a rig of the scenario's efficiency on its start date, or that the index has none that early.
 */
import { describe, expect, it } from "vitest";
import { moneyView, parseQuery, type Scenario } from "../../../lib/server";

function open(query: string): Scenario {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("; "));
  return parsed.scenario;
}

describe("the market's estimate beside the fair price", () => {
  it("gives the S21 of the modern preset the index's last figure, with its age", () => {
    const view = moneyView(open("v=1&preset=s21"), "en");
    // 3,500 W ÷ 200 TH/s = 17.5 J/TH, under 25: $20 per TH on 2023-07-26 × 200 = $4,000; 2023-07-26 → 2026-02-01 = 921 days
    expect(view.marketEstimate).toBe("4000.00");
    expect(view.marketSentence).toContain("The price here is $2,900;");
    expect(view.marketSentence).toContain("about $4,000 for a rig of this efficiency (under 25 J/TH)");
    expect(view.marketSentence).toContain("921 days older than the start date: check the day's quotes.");
  });

  it("says the January 2018 S9 has no index figure that early, in both languages", () => {
    const s = open("v=1&preset=s9-2018-huaqiangbei");
    expect(moneyView(s, "en").marketEstimate).toBeNull();
    expect(moneyView(s, "en").marketSentence).toMatch(/has no figure for a rig of this efficiency on or before/);
    expect(moneyView(s, "zh").marketSentence).toMatch(/没有这一能效矿机的数据/);
  });

  it("puts a 2018 S9 bought in spring beside the Huaqiangbei spot price of 12 March 2018", () => {
    // 1,400 W ÷ 13.5 TH/s = 103.7 J/TH, over 68: ¥1,074.07 per TH × 13.5 = ¥14,499.945 → ¥14,499.95 (the ¥14,500 reported)
    const view = moneyView(open("v=1&preset=s9-2018-huaqiangbei&date=2018-04-01"), "zh");
    expect(view.marketEstimate).toBe("14499.95");
    expect(view.marketSentence).toContain("这里的价格是 ¥30,000；");
    expect(view.marketSentence).toContain("高于 68 J/TH");
    expect(view.marketSentence).toContain("早 20 天");
  });
});
