import { describe, expect, it } from "vitest";
import { linkWarningsForRanking, siteFigures } from "../../../lib/present/rigs-site";
import { parseQueryLenient } from "../../../lib/open/query";
import { NETWORK_SNAPSHOT } from "../../../data/network";
import { scenarioFromQuery } from "../../support/scenarios";

describe("the ranking's summary of the site's figures", () => {
  it("names the coins' policy in words, in the reader's language, not by its link value", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.2843&pool=2&up=95");
    const en = siteFigures(s, "en").find((f) => f.label === "Mined coins");
    expect(en?.value).toBe("Sell daily");
    const zh = siteFigures(s, "zh").find((f) => f.label === "挖出的币");
    expect(zh?.value).not.toBe("daily");
    expect(zh?.value).toMatch(/[\u4e00-\u9fff]/);
  });

  it("writes the pool fee and the uptime as shares beside their labels, not with the form's help unit", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.2843&pool=2.5&up=95");
    const value = (locale: "en" | "zh", label: string) => siteFigures(s, locale).find((f) => f.label === label)?.value;
    // once "2.5 % of the reward" and, in Chinese, "2.5 奖励的 %" / "95 时间的 %"
    expect(value("en", "Pool fee")).toBe("2.5 %");
    expect(value("en", "Uptime")).toBe("95 %");
    expect(value("zh", "矿池费率")).toBe("2.5%");
    expect(value("zh", "在线率")).toBe("95%");
    // the horizon in years, as the calculator's headline says it, the days beside: 1095 = 3 × 365
    expect(value("en", "Horizon")).toBe("3 years (1,095 days)");
    expect(value("zh", "计算期")).toBe("3 年（1,095 天）");
  });

  it("says the start date's BTC price and an example's amounts taken unconverted, so a ranking where every rig loses says why", () => {
    // the S21 example in dollars with cur=CNY: its $80,527.06 BTC price is read as ¥80,527.06
    const opened = parseQueryLenient("v=1&preset=s21&cur=CNY&kwh=0.3", "s9-2018-huaqiangbei", NETWORK_SNAPSHOT);
    expect(siteFigures(opened.scenario, "en").find((f) => f.label.startsWith("BTC price"))?.value).toBe("¥80,527");
    const [warning, ...rest] = linkWarningsForRanking(opened.warnings, "en");
    expect(rest).toEqual([]);
    expect(warning).toMatch(/unconverted/);
    expect(warning).not.toMatch(/\bbtc\b|\bkwh\b/);
    // in Chinese, in Chinese
    expect(linkWarningsForRanking(opened.warnings, "zh")[0]).toMatch(/[\u4e00-\u9fff]/);
    // a link in its example's own currency warns of nothing
    expect(linkWarningsForRanking(parseQueryLenient("v=1&preset=s21&kwh=0.05", "s9-2018-huaqiangbei").warnings, "en")).toEqual([]);
  });
});
