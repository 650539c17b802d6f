import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../lib/open/query";
import { simulateDays as simulate } from "../../../lib/prepare";
import { Dec } from "../../../lib/core/decimal";
import { sideView } from "../../../lib/present/view";
import { difficultyInT, horizonInYears, pricePerTh, staticPaybackDays } from "../../../lib/present/today";

const s9 = () => {
  const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei");
  if (!parsed.ok) throw new Error("preset");
  const sim = simulate(parsed.scenario);
  if (!sim.self) throw new Error("self");
  return sideView("self", sim.self, sim.scenario, sim.finalBtcPrice, "en");
};

describe("the card's today row: what pool calculators lead with", () => {
  it("static payback is the outlay over today's profit, rounded up to a whole day", () => {
    // ¥30,000 ÷ ¥146.98 a day = 204.1 → 205 days
    expect(staticPaybackDays(new Dec(30000), new Dec("146.98"))).toBe(205);
    expect(staticPaybackDays(new Dec(30000), new Dec(0))).toBeNull();
    expect(staticPaybackDays(new Dec(30000), new Dec(-5))).toBeNull();
  });

  it("a host charging by the month only has no shutdown price: said as none, not as ¥0", () => {
    // hosting at ¥0 per kWh and ¥500 a rig a month: the power cost a day is ¥0, so no BTC price switches the rig off
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&mode=hosted&hkwh=0&hfee=500");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const sim = simulate(parsed.scenario);
    if (!sim.hosted) throw new Error("no hosted side");
    expect(sim.hosted.shutdownBtcPrice?.isZero()).toBe(true);
    const view = sideView("hosted", sim.hosted, sim.scenario, sim.finalBtcPrice, "en");
    expect(view.today.find((t) => t.id === "shutdown-price")?.value).toBe("none: no power cost");
    expect(sideView("hosted", sim.hosted, sim.scenario, sim.finalBtcPrice, "zh").today.find((t) => t.id === "shutdown-price")?.value).toBe(
      "无：没有电费",
    );
  });

  it("price per TH/s is the rig price over its hashrate", () => {
    // ¥30,000 ÷ 13.5 TH/s = ¥2,222.22
    expect(pricePerTh({ rigPrice: "30000", hashrateThs: "13.5" })?.toFixed(2)).toBe("2222.22");
    expect(pricePerTh({ rigPrice: "30000", hashrateThs: "0" })).toBeNull();
  });

  it("the January 2018 S9 by the pool calculators' formula", () => {
    // BTC a day = H·86400·(reward + fees)/(D·2³²) = 13.5e12 × 86400 × (12.5 + 2.95) / (2,227,847,638,503.63 × 2³²)
    //           = 0.00188335 BTC; × ¥87,800 × (1 − 4 % pool fee) = ¥158.74 revenue a day
    // power: 1.4 kW × 24 h × ¥0.35 = ¥11.76 a day; profit ¥146.98 a day; × 30.4375 = ¥4,474 a month
    // shutdown price: ¥11.76 ÷ (0.00188335 × 0.96) BTC = ¥6,504; break-even power: ¥158.74 ÷ 33.6 kWh = ¥4.724
    const today = Object.fromEntries(s9().today.map((t) => [t.id, t.value]));
    expect(today).toEqual({
      "revenue-day": "¥158.74",
      "cost-day": "¥11.76",
      "profit-day": "¥146.98",
      "profit-month": "¥4,474",
      "shutdown-price": "¥6,504",
      "break-even-power": "¥4.725/kWh",
      "price-per-th": "¥2,222/TH/s",
      // ¥30,000 ÷ ¥146.98 = 204.1 → 205
      "static-payback": "205 days",
    });
  });
});

describe("network and horizon as miners read them", () => {
  it("difficulty in T to two places", () => {
    // 2,227,847,638,503.63 ÷ 10¹² = 2.2278 → 2.23 T
    expect(difficultyInT("2227847638503.63")).toBe("2.23 T");
    expect(difficultyInT("126000000000000")).toBe("126.00 T");
    expect(difficultyInT("2.6T")).toBeNull();
  });

  it("the horizon in years", () => {
    expect(horizonInYears("1095")).toBe("3 years");
    // 1,000 ÷ 365 = 2.74 → 2.7
    expect(horizonInYears("1000")).toBe("about 2.7 years");
    expect(horizonInYears("1095", "zh")).toBe("3 年");
    expect(horizonInYears("abc")).toBeNull();
  });
});
