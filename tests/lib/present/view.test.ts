import { describe, expect, it } from "vitest";
import {
  compareView,
  Dec,
  formatMoneyCompact,
  formatMonth,
  formatShortDate,
  historyLine,
  resultJson,
  scenarioLine,
  sideView,
  simulate,
} from "../../../lib/server";
import { round, SALESPERSON_S9, scenarioFromQuery as scenario } from "../../support/scenarios";

describe("the headline of a side", () => {
  it("says the day and the date, and carries the exact figures of the result object", () => {
    // the salesperson's S9: the engine's golden case, day 189 = 2018-01-15 + 188 days = 22 July 2018
    const sim = simulate(scenario(SALESPERSON_S9));
    const json = resultJson(sim);
    const v = sideView("self", sim.self!, sim.scenario, sim.finalBtcPrice);
    expect(v.headline).toBe("Pays back on day 189, 22 July 2018");
    expect(v.headlineParts.join("")).toBe(v.headline);
    expect(v.short).toBe("day 189 (22 Jul 2018)");
    expect(v.breakEvenDay).toBe(json.self?.breakEvenDay);
    expect(v.roiPct).toBe(json.self?.roiPct);
    expect(v.netProfit).toBe(json.self?.netProfit);
    expect(v.loss).toBe(false);
    expect(v.figures.map((f) => f.id)).toEqual([
      "btc-mined",
      "cost-per-btc",
      "outlay",
      "revenue",
      "shutdown",
      "hashprice",
      "break-even-power",
      "btc-instead",
      "first-day",
      // spec §8
      "fair-price",
      "shutdown-price",
      "npv",
    ]);
  });

  it("says when it never pays back, within the horizon", () => {
    const sim = simulate(scenario("v=1&preset=s21"));
    const v = sideView("self", sim.self!, sim.scenario, sim.finalBtcPrice);
    expect(v.headline).toBe("Does not pay back within 3 years");
    expect(v.headlineParts).toEqual(["Does not pay back", " ", "within 3 years"]);
    expect(v.breakEvenDay).toBeNull();
    expect(v.loss).toBe(true);
    expect(v.netProfitText.startsWith("−$")).toBe(true);
  });

  it("formats the ROUND scenario's figures", () => {
    // 30 days × 76 − 760 = 1520 net; ROI 1520 / 760 = 200 %
    const sim = simulate(round());
    const v = sideView("self", sim.self!, sim.scenario, sim.finalBtcPrice);
    expect(v.netProfit).toBe("1520.00");
    expect(v.netProfitText).toBe("$1,520");
    expect(v.roiPct).toBe("200.00");
    // a card shows BTC to four significant digits and ROI in whole per cent
    expect(v.figures.find((f) => f.id === "btc-mined")?.value).toBe("30.00 BTC");
    expect(v.roiText).toBe("200 %");
  });
});

describe("compare mode", () => {
  it("puts the crossover price in one sentence", () => {
    const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60"));
    const view = compareView(sim);
    expect(view?.crossoverPrice).toBe(resultJson(sim).crossoverElectricityPrice);
    expect(view?.crossover).toMatch(
      /^Running the rigs yourself beats this hosting offer while your electricity costs less than ¥1\.\d{3} per kWh\.$/,
    );
  });

  it("with a price for each month, says the crossover as the amount every month's price may rise, and means it", () => {
    // Sichuan: ¥0.45 in the dry months, ¥0.30 in the wet ones (May–October)
    const months = "0.45,0.45,0.45,0.45,0.3,0.3,0.3,0.3,0.3,0.3,0.45,0.45";
    const sim = simulate(scenario(`v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60&kwhm=${months}`));
    const view = compareView(sim);
    const x = resultJson(sim).crossoverElectricityPrice;
    expect(view?.crossoverPrice).toBe(x);
    expect(view?.crossover).toMatch(
      /^Running the rigs yourself beats this hosting offer unless every month's electricity price rises by ¥\d\.\d{3} per kWh or more\.$/,
    );
    expect(compareView(sim, "zh")?.crossover).toMatch(/^只要每个月的电价上涨不到每 kWh ¥\d\.\d{3}，自营就优于这份托管报价。$/);
    // the sentence holds: every month raised by that amount, the two sides end level (to within the
    // rounding of the amount to six places: 1e-6 per kWh × 33.6 kWh a day × 1,095 days ≈ ¥0.04)
    const shifted = months
      .split(",")
      .map((p) => new Dec(p).plus(x ?? "0").toFixed())
      .join(",");
    const level = simulate(scenario(`v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60&kwhm=${shifted}`));
    expect(
      level.self?.netProfit
        .minus(level.hosted?.netProfit ?? 0)
        .abs()
        .toNumber(),
    ).toBeLessThan(0.05);
  });

  it("says which side wins and by how much, first, in plain words", () => {
    const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&mode=compare&dg=6&hfee=60"));
    // self-run nets ¥28,338, hosted ¥1,434 (the cards): self-run ahead by ¥26,904 over 3 years
    const gap = sim.self && sim.hosted ? sim.self.netProfit.minus(sim.hosted.netProfit).toDecimalPlaces(0).toFixed() : null;
    expect(gap).toBe("26904");
    expect(compareView(sim)?.winner).toBe("Running the rigs yourself wins: ¥26,904 more over 3 years.");
    expect(compareView(sim, "zh")?.winner).toBe("自营胜出：3 年内多赚 ¥26,904。");
    // a hosting offer at ¥0.20 per kWh and no fee beats ¥0.35 at home
    const cheapHost = compareView(simulate(scenario("v=1&preset=s9-2018-huaqiangbei&mode=compare&hkwh=0.2&hfee=0")));
    expect(cheapHost?.winner).toMatch(/^Hosting wins: ¥[\d,]+ more over 3 years\.$/);
  });

  it("is absent outside compare mode", () => {
    expect(compareView(simulate(round()))).toBeNull();
  });
});

describe("lines above the results", () => {
  it("describes the rig, the start and the horizon", () => {
    // the preset's S9 at the wall: 1,400 W / 13.5 TH/s = 103.70 J/TH
    expect(scenarioLine(scenario("v=1&preset=s9-2018-bulk100"))).toBe(
      "100 rigs × 13.5 TH/s · 1,400 W · 103.7 J/TH · from 15 Jan 2018 · 3 years",
    );
  });

  it("says which days of a replay were recorded", () => {
    const s = scenario("v=1&preset=s9-2018-replay&days=3650");
    expect(historyLine({ from: "2018-01-15", to: "2026-02-07" }, s)).toBe(
      "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 7 Feb 2026; after that the growth rates take over.",
    );
    // the replay preset's 1447 days end on 2021-12-31 (2018-01-15 + 1446 days): all recorded, nothing after
    expect(historyLine({ from: "2018-01-15", to: "2021-12-31" }, scenario("v=1&preset=s9-2018-replay"))).toBe(
      "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 31 Dec 2021.",
    );
    // three years of it (to 2021-01-13) end before the preset's horizon: the growth rates take over after
    expect(historyLine({ from: "2018-01-15", to: "2021-01-13" }, scenario("v=1&preset=s9-2018-replay"))).toBe(
      "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 13 Jan 2021; after that the growth rates take over.",
    );
    // with the fees' span (spec §7): fees recorded over the whole span are named with the rest …
    expect(
      historyLine(
        { from: "2018-01-15", to: "2021-12-31", fees: { from: "2018-01-15", to: "2021-12-31" } },
        scenario("v=1&preset=s9-2018-replay"),
      ),
    ).toBe("Recorded difficulty, BTC price, fees and block dates from 15 Jan 2018 to 31 Dec 2021.");
    // … and fees that end first (the fee table stops on 2025-05-01) say so, with the codec's note as a sentence
    expect(
      historyLine({ from: "2018-01-15", to: "2026-02-07", fees: { from: "2018-01-15", to: "2025-05-01" } }, s, [
        "recorded fees end on 2025-05-01",
      ]),
    ).toBe(
      "Recorded difficulty, BTC price and block dates from 15 Jan 2018 to 7 Feb 2026, recorded fees to 1 May 2025; after that the growth rates take over. Recorded fees end on 2025-05-01.",
    );
  });
});

describe("display formats", () => {
  it("never prints two close axis ticks the same", () => {
    const ticks = [-3000, -2500, -2000, -1500, -1000, -500, 0];
    const labels = ticks.map((t) => formatMoneyCompact(t, "USD"));
    expect(labels).toEqual(["−$3k", "−$2.5k", "−$2k", "−$1.5k", "−$1k", "−$500", "$0"]);
    expect(formatMoneyCompact(135000, "CNY")).toBe("¥135k");
    expect(formatMoneyCompact(1_250_000, "CNY")).toBe("¥1.25M");
    expect(formatMoneyCompact(0.35, "USD")).toBe("$0.35");
  });

  it("writes months and short dates the same in every locale", () => {
    expect(formatMonth("2018-09-16")).toBe("Sep 2018");
    expect(formatShortDate("2018-09-06")).toBe("6 Sep 2018");
  });
});

describe("the small things a reader notices (issue 17)", () => {
  it("says at 0 % uptime that nothing runs, not that mining always covers power", () => {
    const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&up=0&mode=compare"));
    const en = sideView("self", sim.self!, sim.scenario, sim.finalBtcPrice).figures.find((f) => f.id === "shutdown");
    expect(en).toMatchObject({ value: "Never runs", hint: "0 % uptime: nothing is mined and no power is drawn" });
    const zh = sideView("self", sim.self!, sim.scenario, sim.finalBtcPrice, "zh").figures.find((f) => f.id === "shutdown");
    expect(zh).toMatchObject({ value: "从不运行", hint: "在线率为 0%：不挖矿，也不耗电" });
    // no energy is drawn, so no crossover price exists: the sentence says why
    expect(compareView(sim)?.crossover).toBe(
      "At 0 % uptime no power is drawn, so no electricity price changes the comparison: there is no crossover price.",
    );
    // at 100 % the S9 at ¥0.5/kWh is never switched off in its first days: the ordinary card
    const on = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&days=30"));
    expect(sideView("self", on.self!, on.scenario, on.finalBtcPrice).figures.find((f) => f.id === "shutdown")?.value).toBe("Never");
  });

  it("says which side stays ahead, in plain words, when no crossover price exists", () => {
    // a host charging ¥100,000 a month per rig: hosted loses far more than self-run does even at ¥10 per kWh,
    // where the rigs are simply switched off (self-run loses the outlay only)
    const sim = simulate(scenario("v=1&preset=s9-2018-huaqiangbei&mode=compare&hfee=100000"));
    expect(sim.crossoverElectricityPrice ?? null).toBeNull();
    expect(compareView(sim)?.crossover).toBe(
      "Running the rigs yourself beats this hosting offer at any power price a site could pay: no price makes them come out even.",
    );
    expect(compareView(sim, "zh")?.crossover).toBe("在任何实际可能的电价下，自营都胜过这份托管报价：没有哪个电价能让两者持平。");
  });
});
