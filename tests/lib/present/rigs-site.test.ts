import { describe, expect, it } from "vitest";
import { siteFigures } from "../../../lib/present/rigs-site";
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
});
