import { describe, expect, it } from "vitest";
import { addDays, daySubsidy, Dec, parseQuery, resultJson, simulate, type Scenario } from "../../../lib/index";
import { btcUsdOn, cnyPerUsdFor, difficultyOn, heightOn, HISTORY_SPAN } from "../../../lib/history/tables";
import { scenarioFromQuery as scenario } from "../../support/scenarios";
import { nth } from "../../support/reference";

/** Spec §6 read literally, one day at a time, straight from the tables: the reference. */
function naiveReplay(s: Scenario) {
  const k = new Dec(s.rigCount).times(s.hashrateThs).times("1e12").times(86400).div(new Dec(2).pow(32));
  const energy = new Dec(s.rigCount).times(s.powerWatts).div(1000).times(24).times(s.uptimePct).div(100);
  const variable = energy.times(s.electricityPrice ?? "0");
  const capex = new Dec(s.rigCount).times(s.rigPrice);
  let cum = new Dec(0);
  let btc = new Dec(0);
  let breakEvenDay: number | null = null;
  for (let d = 0; d < s.horizonDays; d++) {
    const date = addDays(s.startDate, d);
    if (date > HISTORY_SPAN.to) throw new Error("the reference covers recorded days only");
    const difficulty = d === 0 ? new Dec(s.difficulty) : new Dec(difficultyOn(date) ?? "NaN");
    const usd = btcUsdOn(date) ?? "NaN";
    const price = d === 0 ? new Dec(s.btcPrice) : new Dec(usd).times(s.currency === "CNY" ? cnyPerUsdFor(date).rate : "1");
    const height = d === 0 ? s.startHeight : heightOn(date);
    const mined = k.times(daySubsidy(height).plus(s.feesPerBlockBtc)).div(difficulty);
    const revenue = mined.times(price);
    if (s.shutdownWhenUnprofitable && revenue.lt(variable)) continue;
    btc = btc.plus(mined);
    cum = cum.plus(revenue.minus(variable));
    if (breakEvenDay === null && cum.gte(capex)) breakEvenDay = d + 1;
  }
  return { btc, netProfit: cum.minus(capex), breakEvenDay };
}

describe("what actually happened", () => {
  it("takes the start date's difficulty, price and height from the tables", () => {
    const s = scenario("v=1&preset=s9-2018-replay");
    // the tables on 2018-01-15: difficulty 2172089832110.7317 (rounded to 2 places), US$12,979.92
    // × 6.4233 CNY/US$ (January 2018) = ¥83,373.920136 → 83373.92; height 504,400
    expect(s.difficulty).toBe("2172089832110.73");
    expect(s.btcPrice).toBe("83373.92");
    expect(s.startHeight).toBe(504400);
    const first = simulate(s).self?.firstDay;
    // 13.5e12 × 86400 × (12.5 + 3.39) / (2172089832110.73 × 2^32) = 0.00198670673626 BTC; × 83373.92 = ¥165.64
    expect(first?.btc.toFixed(14)).toBe("0.00198670673626");
    expect(first?.revenue.toFixed(2)).toBe("165.64");
  });

  it("the ¥30,000 S9 of January 2018 never paid back within three years; at ¥10,000 it did", () => {
    const expensive = scenario("v=1&preset=s9-2018-replay");
    const cheap = scenario("v=1&preset=s9-2018-factory-replay");
    const a = simulate(expensive);
    const b = simulate(cheap);
    const refA = naiveReplay(expensive);
    const refB = naiveReplay(cheap);
    expect(a.self?.breakEvenDay).toBeNull();
    expect(refA.breakEvenDay).toBeNull();
    expect(a.self?.netProfit.minus(refA.netProfit).abs().lt("1e-12")).toBe(true);
    expect(a.self?.totalBtc.minus(refA.btc).abs().lt("1e-20")).toBe(true);
    // same rig, same coins: only the price paid differs, by ¥20,000
    expect(b.self?.totalBtc.eq(a.self?.totalBtc ?? 0)).toBe(true);
    expect(b.self?.netProfit.minus(a.self?.netProfit ?? 0).toFixed(2)).toBe("20000.00");
    expect(b.self?.breakEvenDay).toBe(refB.breakEvenDay);
    expect(b.self?.breakEvenDay).not.toBeNull();
    // the same ¥30,000 in BTC on day 1: 30000 / 83373.92 = 0.35982475 BTC
    expect(resultJson(a).self?.btcIfBoughtInstead).toBe("0.35982475");
    expect(resultJson(a).history).toEqual({ from: "2018-01-15", to: "2021-01-13" });
  });

  it("puts the May 2020 halving on its real day", () => {
    const sim = simulate(scenario("v=1&preset=s9-2018-replay&days=1000"), { schedule: true });
    const day = (date: string) => sim.schedule?.find((r) => r.date === date);
    // block 630,000 was mined on 2020-05-11: that day is all 6.25, the day before all 12.5
    expect(day("2020-05-10")?.subsidyBtc.toString()).toBe("12.5");
    expect(day("2020-05-11")?.subsidyBtc.toString()).toBe("6.25");
    expect(day("2020-05-11")?.height).toBe(630000);
  });

  it("refuses a start date outside the tables, naming date and the covered span", () => {
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&hist=1&date=2026-06-01");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.key).toBe("date");
    expect(parsed.issues[0]?.message).toContain(`${HISTORY_SPAN.from} to ${HISTORY_SPAN.to}`);
  });

  it("says when CNY rates past the end of their table are carried forward", () => {
    const parsed = parseQuery("v=1&preset=s9-2018-huaqiangbei&hist=1&date=2025-12-20&days=30");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings.join(" ")).toContain("2025-11");
  });

  it("continues with the growth rates after the last recorded day", () => {
    // recorded to 2026-02-07, then the projection: 2026-01-01 + 100 days runs past it
    const s = scenario("v=1&preset=s21&hist=1&date=2026-01-01&days=100&dg=5");
    const sim = simulate(s, { schedule: true });
    expect(sim.history).toEqual({ from: "2026-01-01", to: HISTORY_SPAN.to });
    const rows = sim.schedule ?? [];
    const last = rows.findIndex((r) => r.date === HISTORY_SPAN.to);
    // the first projected period (days last+1 … last+14) keeps the last recorded difficulty;
    // the next one steps by (1.05)^(14/30.4375)
    const difficulty = (d: number) => nth(rows, d, "schedule row").difficulty;
    expect(difficulty(last + 1).eq(difficulty(last))).toBe(true);
    expect(difficulty(last + 14).eq(difficulty(last))).toBe(true);
    const step = new Dec("1.05").pow(new Dec(14).div("30.4375"));
    expect(
      difficulty(last + 15)
        .div(difficulty(last))
        .minus(step)
        .abs()
        .lt("1e-25"),
    ).toBe(true);
  });
});
