import { describe, expect, it } from "vitest";
import { convertMoneyTexts, defaultCnyPerUsd, efficiencyJPerTh, parseRate, rateError } from "../../../lib/server";

describe("the default exchange rate", () => {
  it("is the rate quoted with the Huaqiangbei figures for the January 2018 presets", () => {
    const r = defaultCnyPerUsd("2018-01-15");
    expect(r.rate).toBe("6.4574");
    expect(r.extrapolated).toBe(false);
    expect(r.source).toContain("Huaqiangbei");
  });

  it("is the month's FRED average on other days", () => {
    // usd-cny-monthly: 2018-03 = 6.3174
    expect(defaultCnyPerUsd("2018-03-01")).toMatchObject({ rate: "6.3174", extrapolated: false });
  });

  it("is the last month on record, about 7.1, for the February 2026 modern presets, and says so", () => {
    const r = defaultCnyPerUsd("2026-02-07");
    expect(r).toMatchObject({ rate: "7.1069", extrapolated: true });
    expect(r.source).toContain("nearest month");
  });
});

describe("switching currency", () => {
  it("converts every money field at the rate, to cents (and 4 places per kWh)", () => {
    // 30000 / 6.4574 = 4645.833… → 4645.83; 0.35 / 6.4574 = 0.05420… → 0.0542; 87800 / 6.4574 = 13596.80…
    const out = convertMoneyTexts(
      { rigPrice: "30000", electricityPrice: "0.35", btcPrice: "87800", hostingFeePerRigPerMonth: "1162", rigCount: "100" },
      "CNY",
      "USD",
      "6.4574",
    );
    expect(out).toEqual({
      rigPrice: "4645.83",
      electricityPrice: "0.0542",
      btcPrice: "13596.8",
      hostingFeePerRigPerMonth: "179.95",
      rigCount: "100",
    });
  });

  it("multiplies going back to CNY, and keeps a negative power price negative", () => {
    // 2900 × 7.1069 = 20610.01; −0.01 × 7.1069 = −0.071069 → −0.0711
    expect(convertMoneyTexts({ rigPrice: "2900", electricityPrice: "-0.01" }, "USD", "CNY", "7.1069")).toEqual({
      rigPrice: "20610.01",
      electricityPrice: "-0.0711",
    });
  });

  it("leaves a refused text as typed, and converts nothing at a refused rate", () => {
    expect(convertMoneyTexts({ rigPrice: "abc", btcPrice: "100" }, "USD", "CNY", "7")).toEqual({ rigPrice: "abc", btcPrice: "700" });
    expect(convertMoneyTexts({ rigPrice: "100" }, "USD", "CNY", "0")).toEqual({ rigPrice: "100" });
    expect(convertMoneyTexts({ rigPrice: "100" }, "USD", "USD", "7")).toEqual({ rigPrice: "100" });
  });

  it("reads a typed rate", () => {
    expect(parseRate(" 7.10 ")).toBe("7.1");
    expect(parseRate(".5")).toBe("0.5");
    for (const bad of ["", "0", "-7", "abc", "7,1", "1e3", "1001"]) expect(parseRate(bad)).toBeNull();
    expect(rateError("7.1")).toBeNull();
    expect(rateError("0")).toMatch(/positive number/);
  });
});

describe("efficiency", () => {
  it("is watts per TH/s, to one place", () => {
    // 1323 W / 13.5 TH/s = 98 J/TH; 3500 / 200 = 17.5
    expect(efficiencyJPerTh("1323", "13.5")).toBe("98.0");
    // typed as miners type them (the form echoes "Read as 1,400 W" and "Read as 13.5 TH/s"): 1400 / 13.5 = 103.7
    expect(efficiencyJPerTh("1.4kW", "13.5T")).toBe("103.7");
    expect(efficiencyJPerTh("1400W", "13.5 TH/s")).toBe("103.7");
    expect(efficiencyJPerTh("3500", "200")).toBe("17.5");
    expect(efficiencyJPerTh("3500", "0")).toBeNull();
    expect(efficiencyJPerTh("abc", "200")).toBeNull();
  });
});
