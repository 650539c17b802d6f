/**
 * What stands in for a refused value of a link, as the page says it: figures grouped as the rest of
 * the page writes them, the horizon with its unit.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PRESET_ID, localizeMessage, parseQueryLenient } from "../../../lib/server";
import { standInValue } from "../../../lib/i18n/notices";

const warningsOf = (query: string) => parseQueryLenient(query, DEFAULT_PRESET_ID).warnings;

describe("a value used instead of a refused one", () => {
  it("groups the digits of a figure from four digits on", () => {
    // 2900 → 2,900; 1095 → 1,095; 1234567.5 → 1,234,567.5 (the fraction untouched); 100 has nothing to group
    expect(standInValue("2900")).toBe("2,900");
    expect(standInValue("1234567.5")).toBe("1,234,567.5");
    expect(standInValue("100")).toBe("100");
    // a negative power price keeps a true minus: −1,000
    expect(standInValue("-1000")).toBe("−1,000");
    // a date or a list stands as it is
    expect(standInValue("2026-02-01")).toBe("2026-02-01");
  });

  it("says the example's rig price grouped and the horizon in days, in English", () => {
    // the S21 example's rig price is 2900; it sets no horizon, so the default 3 years = 3 × 365 = 1095 days stands in
    const en = (q: string) => warningsOf(q).map((m) => localizeMessage(m, "en"));
    expect(en("v=1&preset=s21&price=abc")).toContain("Rig price: 2,900 is used instead (the example's value).");
    expect(en("v=1&preset=s21&days=abc")).toContain("Horizon: 1,095 days is used instead (the default).");
  });

  it("says the same in Chinese", () => {
    const zh = (q: string) => warningsOf(q).map((m) => localizeMessage(m, "zh"));
    expect(zh("v=1&preset=s21&price=abc")).toContain("矿机价格：改用 2,900（示例的取值）。");
    expect(zh("v=1&preset=s21&days=abc")).toContain("计算期：改用 1,095 天（默认值）。");
  });

  it("says the difficulty's bound a link broke in grouped digits, never as 1e21", () => {
    // 10^21: 1 followed by 21 zeros, grouped in 7 threes
    const bound = "1,000,000,000,000,000,000,000";
    const issues = (q: string, locale: "en" | "zh") =>
      parseQueryLenient(q, DEFAULT_PRESET_ID).issues.map((i) => localizeMessage(i.message, locale));
    expect(issues("v=1&preset=s21&diff=2e21", "en")).toContain(
      `Network difficulty in the link, “2e21”, cannot be used: it must be a number > 0 and ≤ ${bound} (126T, 126 T, 1.26e14 and 126,000,000,000,000 all work).`,
    );
    expect(issues("v=1&preset=s21&diff=2e21", "zh").join("\n")).toContain(`不超过 ${bound} 的数`);
  });
});
