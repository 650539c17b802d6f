import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daySubsidy, Dec, parseQuery, resultJson, simulate, type Scenario } from "../../../lib/server";
import { btcUsdOn, cnyPerUsdFor, difficultyOn, heightOn, HISTORY_SPAN } from "../../../lib/history/tables";
import { feesPerDayOn } from "../../../lib/history/fees";
import { scenarioFromQuery as scenario } from "../../support/scenarios";
import { decimalIn, magnitude } from "../../support/arbitraries";
import { nth } from "../../support/reference";

/**
 * Spec §6–§7 read literally, one day at a time, straight from the tables: the reference. Fees per
 * block on a recorded day are the day's recorded fees (the fee table, linear between its points)
 * over the blocks the recorded heights give that day, heightOn(next day) − heightOn(day); past the
 * fee table's last day the scenario's `fees`. Pool fee and uptime scale the coins mined.
 * `recordedFees: false` holds the scenario's `fees` on every day, as the replay did before spec §7.
 */
function naiveReplay(s: Scenario, { recordedFees = true } = {}) {
  const k = new Dec(s.rigCount)
    .times(s.hashrateThs)
    .times("1e12")
    .times(86400)
    .div(new Dec(2).pow(32))
    .times(new Dec(1).minus(new Dec(s.poolFeePct).div(100)))
    .times(new Dec(s.uptimePct).div(100));
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
    const feesOfDay = feesPerDayOn(date);
    const fees =
      feesOfDay === null || !recordedFees
        ? new Dec(s.feesPerBlockBtc)
        : new Dec(feesOfDay).div(heightOn(addDays(date, 1)) - heightOn(date));
    const mined = k.times(daySubsidy(height).plus(fees)).div(difficulty);
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
    // recorded fees of 2018-01-15: 491.32446483 + (656.89753535 − 491.32446483) / 4 = 532.71773246 BTC that day,
    // over 504,548 − 504,400 = 148 blocks = 3.5994441382432… BTC a block (the preset's own fees play no part);
    // 13.5e12 × 86400 × (12.5 + 3.5994441382432) / (2172089832110.73 × 2^32) × (1 − 4 % pool) = 0.00193237754278 BTC;
    // × ¥83,373.92 = ¥161.11; power 1.4 kW × 24 h × ¥0.35 = ¥11.76
    expect(first?.btc.toFixed(14)).toBe("0.00193237754278");
    expect(first?.revenue.toFixed(2)).toBe("161.11");
    expect(first?.energyCost.toFixed(2)).toBe("11.76");
  });

  it("the ¥30,000 S9 of January 2018 never paid back by 31 December 2021, even without the ban; at ¥10,000 it did", () => {
    // out= takes the ban's outage away: the naive replay knows no outage
    const expensive = scenario("v=1&preset=s9-2018-replay&out=");
    const cheap = scenario("v=1&preset=s9-2018-factory-replay&out=");
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
    // 1447 days from 2018-01-15 end on 2021-12-31 (2018-01-15 + 1446 days), all inside the fee table
    expect(resultJson(a).history).toEqual({ from: "2018-01-15", to: "2021-12-31", fees: { from: "2018-01-15", to: "2021-12-31" } });
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
    // a start after the fee table's end (2025-05-01): no day uses recorded fees
    expect(sim.history).toEqual({ from: "2026-01-01", to: HISTORY_SPAN.to, fees: null });
    const rows = sim.schedule ?? [];
    const last = rows.findIndex((r) => r.date === HISTORY_SPAN.to);
    // the difficulty steps on the chain's retargets (spec §2, amended 2026-12): the last recorded day
    // begins at height 935,424 = 464 × 2016, on a retarget, so the next one is block 937,440 =
    // 935,424 + 14 × 144, the first block of day last + 14. Days last+1 … last+13 keep the last
    // recorded difficulty; day last+14 steps by (1.05)^(14/30.4375), and again 14 days later.
    // (Before the amendment the steps were counted from the first projected day: last + 15.)
    const difficulty = (d: number) => nth(rows, d, "schedule row").difficulty;
    expect(nth(rows, last, "schedule row").height).toBe(935_424);
    expect(nth(rows, last + 14, "schedule row").height).toBe(937_440);
    expect(difficulty(last + 1).eq(difficulty(last))).toBe(true);
    expect(difficulty(last + 13).eq(difficulty(last))).toBe(true);
    const step = new Dec("1.05").pow(new Dec(14).div("30.4375"));
    expect(difficulty(last + 27).eq(difficulty(last + 14))).toBe(true);
    expect(
      difficulty(last + 28)
        .div(difficulty(last + 14))
        .minus(step)
        .abs()
        .lt("1e-25"),
    ).toBe(true);
    expect(
      difficulty(last + 14)
        .div(difficulty(last))
        .minus(step)
        .abs()
        .lt("1e-25"),
    ).toBe(true);
  });
});

describe("the replay against an independent replay of the shared tables (spec §7)", () => {
  // The issue's worked case: the ¥10,000 S9 of 2018-01-15 with hist=1, ¥0.35/kWh, 1,323 W, no pool
  // fee, three years (1095 days, 2018-01-15 … 2021-01-13).
  const worked = scenario("v=1&preset=s9-2018-factory-replay&w=1323&pool=0&days=1095");

  it("mines about 0.4618 BTC in three years and pays the ¥10,000 S9 back on 2018-12-23", () => {
    const sim = simulate(worked);
    const ref = naiveReplay(worked);
    // the reference, day by day over the tables: Σ BTC = 0.461835… ; Σ profit first ≥ ¥10,000 on day 343
    expect(ref.btc.toFixed(4)).toBe("0.4618");
    expect(ref.breakEvenDay).toBe(343);
    expect(sim.self?.totalBtc.minus(ref.btc).abs().lt("1e-20")).toBe(true);
    expect(sim.self?.netProfit.minus(ref.netProfit).abs().lt("1e-12")).toBe(true);
    expect(resultJson(sim).self?.totalBtc).toBe("0.46183582");
    // day 343 is 2018-01-15 + 342 days: 16 (to 31 Jan) + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 (to 30 Nov) = 319, + 23 = 23 Dec
    expect(sim.self?.breakEvenDay).toBe(343);
    expect(sim.self?.breakEvenDate).toBe("2018-12-23");
  });

  it("is not the replay that held January's 3.39 BTC a block: that one overstates the coins by about 27 %", () => {
    // the same reference with fees held at 3.39 (the salesperson's figure) mines about 0.586 BTC,
    // the issue's figure; 0.586 / 0.4618 = 1.27
    const held = naiveReplay({ ...worked, feesPerBlockBtc: "3.39" }, { recordedFees: false });
    expect(held.btc.toFixed(3)).toBe("0.586");
    const sim = simulate({ ...worked, feesPerBlockBtc: "3.39" });
    expect(sim.self?.totalBtc.toFixed(4)).toBe("0.4618");
  });
});

/** Start dates of a replay whose horizon stays inside the fee table: 2013-01-01 + 0 … 4000 days (to 2023-12-14). */
const insideFeeTable = fc.record({
  offset: fc.integer({ min: 0, max: 4000 }),
  days: fc.integer({ min: 1, max: 400 }),
});

describe("replay properties", () => {
  it("never lets `fees` change a replay whose horizon lies inside the fee table", () => {
    fc.assert(
      fc.property(insideFeeTable, fc.tuple(decimalIn("0", "50", 4), decimalIn("0", "50", 4)), ({ offset, days }, [feesA, feesB]) => {
        const date = addDays("2013-01-01", offset);
        // 2013-01-01 + 4000 + 399 days = 2025-01-17 < 2025-05-01
        const base = `v=1&preset=s9-2018-factory-replay&date=${date}&days=${days}`;
        const a = parseQuery(`${base}&fees=${feesA}`);
        const b = parseQuery(`${base}&fees=${feesB}`);
        if (!a.ok || !b.ok) throw new Error("a replay inside the tables parses");
        const ja = resultJson(simulate(a.scenario));
        const jb = resultJson(simulate(b.scenario));
        expect({ ...ja, scenario: undefined }).toEqual({ ...jb, scenario: undefined });
        expect(ja.history?.fees).toEqual({ from: date, to: addDays(date, days - 1) });
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same replay with or without diff and btc, apart from the warnings naming them", () => {
    fc.assert(
      fc.property(insideFeeTable, magnitude(6, 15), decimalIn("1", "100000", 2), ({ offset, days }, diff, btc) => {
        const date = addDays("2013-01-01", offset);
        const base = `v=1&preset=s9-2018-replay&date=${date}&days=${days}`;
        const without = parseQuery(base);
        const withThem = parseQuery(`${base}&diff=${diff}&btc=${btc}`);
        if (!without.ok || !withThem.ok) throw new Error("a replay inside the tables parses");
        expect(withThem.scenario).toEqual(without.scenario);
        expect(resultJson(simulate(withThem.scenario))).toEqual(resultJson(simulate(without.scenario)));
        // the only difference: two warnings, one for each replaced key
        expect(without.warnings).toEqual([]);
        expect(withThem.warnings.map((w) => w.split(" ")[0])).toEqual(["diff", "btc"]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("what a replay says about its figures", () => {
  it("names each key it replaces, with the recorded value used", () => {
    const parsed = parseQuery("v=1&preset=s9-2018-replay&diff=1000&btc=5&h=1");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    // the record of 2018-01-15 (see above): difficulty 2172089832110.73, ¥83,373.92, height 504,400
    expect(parsed.warnings).toEqual([
      "diff = 1000 is replaced with hist=1: the record of 2018-01-15 gives 2172089832110.73",
      "btc = 5 is replaced with hist=1: the record of 2018-01-15 gives 83373.92",
      "h = 1 is replaced with hist=1: the record of 2018-01-15 gives 504400",
    ]);
  });

  it("names the months past 2025-11 whose CNY rate is carried, and the rate", () => {
    // 2025-10-01 + 200 days = 2026-04-19, but the tables end on 2026-02-07: December to February carry November's 7.1069
    const parsed = parseQuery("v=1&preset=s9-2018-replay&date=2025-10-01&days=200");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.warnings).toContain("the CNY/USD rate of 2025-12 … 2026-02 is not in the tables: the 2025-11 rate, 7.1069, is used");
    // in US dollars there is no rate to carry
    const usd = parseQuery("v=1&preset=s9-2018-replay&cur=USD&price=1500&kwh=0.05&date=2025-10-01&days=200");
    if (!usd.ok) throw new Error(JSON.stringify(usd.issues));
    expect(usd.warnings.join(" ")).not.toContain("CNY/USD");
  });

  it("names the end of the recorded fees when the replay runs past 2025-05-01, and the fees used after it", () => {
    // 2025-04-01 + 60 days = 2025-05-30: recorded fees to 2025-05-01, then fees = 0.05 from 2025-05-02
    const parsed = parseQuery("v=1&preset=s21&hist=1&date=2025-04-01&days=60&fees=0.05");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.warnings).toEqual(["recorded fees end on 2025-05-01: from 2025-05-02 the replay uses fees = 0.05 BTC per block"]);
    const sim = simulate(parsed.scenario);
    // days 0 … 30 (2025-04-01 … 2025-05-01) used recorded fees
    expect(sim.history?.fees).toEqual({ from: "2025-04-01", to: "2025-05-01" });
    // a replay that ends on 2025-05-01 says nothing: 2025-04-01 + 31 days − 1 = 2025-05-01
    const inside = parseQuery("v=1&preset=s21&hist=1&date=2025-04-01&days=31");
    expect(inside.ok && inside.warnings).toEqual([]);
  });
});
