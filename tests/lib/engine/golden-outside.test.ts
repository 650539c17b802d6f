/**
 * Golden cases from outside the project: figures that someone else computed and published, with
 * their inputs, run through the engine. Each case names its source (address, date where the page
 * gives one, the figure quoted) and a tolerance, justified beside it by how the source rounded.
 * A date in brackets is inferred from the figures (the subsidy, the difficulty), not printed.
 *
 * The engine's day-0 figures are §2 and §8: firstDay.btc = n·ths·1e12·86400·(S + fees)/(D·2³²)·…,
 * firstDay.energyCost = n·w/1000·24·kwh, hashpricePerPhDay = 1e15·86400·(S + fees)/(D·2³²)·P,
 * shutdownBtcPrice = V₀ / B₀. Without `h`, the start height comes from the date (§2.1), which
 * places the day in the subsidy epoch the source used (50, 25, 12.5, 6.25 or 3.125 BTC).
 *
 * Not found: a multi-period calculator's published one-year total with all its inputs. The
 * Bitcoin mining profitability calculator at https://jblevins.org/btcmpc steps the difficulty 5 %
 * at regular intervals, and its stored page shows a one-year S9 output (0.03927609 BTC a year at
 * the day's difficulty, final difficulty 5.61E+13, 356 % growth) but not the starting difficulty or
 * interval it used, so it cannot be reproduced here.
 */
import { describe, expect, it } from "vitest";
import { Dec, simulate, type RawScenario, type SideSummary } from "../../../lib/server";
import { scenarioOf } from "../../support/scenarios";

const TWO_POW_32 = new Dec(2).pow(32);

/** One rig, one day, self-run, no outlay: the day-0 figures of a published example. */
function dayZero(raw: RawScenario): SideSummary {
  const side = simulate(scenarioOf({ rigPrice: "0", horizonDays: "1", ...raw })).self;
  if (!side) throw new Error("a self-run scenario has a self-run side");
  return side;
}

/** |actual / expected − 1| ≤ tolerance, reported with both values. */
function expectWithin(actual: Dec | null | undefined, expected: Dec | string | number, tolerance: number): void {
  expect(actual).toBeDefined();
  expect(actual).not.toBeNull();
  const a = actual as Dec;
  const e = new Dec(expected);
  const off = a.div(e).minus(1).abs();
  if (off.gt(tolerance))
    expect.fail(
      `expected ${a.toString()} within ${tolerance} (relative) of ${e.toString()}: off by ${off.toSignificantDigits(3).toString()}`,
    );
}

describe("pools' shutdown prices (ViaBTC, August 2020)", () => {
  // Source: ViaBTC's article on the shutdown price, as reposted at
  // https://bitcoingarden.org/forum/index.php?topic=107490.0 — "from statistics on August 26 [2020],
  // the latest BTC mining difficulty … and the weekly average miner fee/block reward are 17.62T …
  // and 1.3%": "daily mining profit = (95*24*60*60/17.62/2³²)*(6.25+6.25*1.3%) = 0.00068685 BTC",
  // "Shutdown price = 0.077*3.25*24/0.00068685 = $8744.27" (Antminer S19: 95 TH/s, 3,250 W, $0.077/kWh);
  // Whatsminer M30S+ (100 TH/s, 3,400 W): "0.000723 BTC".
  // Fees 1.3 % of 6.25 = 0.08125 BTC a block. Their own formula with these inputs gives
  // 95e12 · 86400 · 6.33125 / (17.62e12 · 2³²) = 0.000686690…, 2.3 × 10⁻⁴ below their printed
  // 0.00068685 (their arithmetic, not a rounding of it): the tolerance is 3 × 10⁻⁴ for the S19's
  // figures; 0.000723 has three significant digits, ± 0.0000005 / 0.000723 = 6.9 × 10⁻⁴.
  const base: RawScenario = {
    startDate: "2020-08-26",
    difficulty: "17.62e12",
    feesPerBlockBtc: "0.08125",
    btcPrice: "11000",
    electricityPrice: "0.077",
  };

  it("an Antminer S19 mines 0.00068685 BTC a day at difficulty 17.62 T with fees 1.3 % of the subsidy", () => {
    const s19 = dayZero({ ...base, hashrateThs: "95", powerWatts: "3250" });
    expectWithin(s19.firstDay.btc, "0.00068685", 3e-4);
    // and exactly the formula: 95e12 · 86400 · 6.33125 / (17.62e12 · 2³²)
    expectWithin(s19.firstDay.btc, new Dec("95e12").times(86400).times("6.33125").div(new Dec("17.62e12").times(TWO_POW_32)), 1e-30);
  });

  it("an Antminer S19 at $0.077 per kWh shuts down below $8,744.27 a BTC", () => {
    // V₀ = 3.25 kW × 24 h × 0.077 = $6.006; shutdown = V₀ / B₀ = 6.006 / 0.000686690… = $8,746.30
    const s19 = dayZero({ ...base, hashrateThs: "95", powerWatts: "3250" });
    expectWithin(s19.firstDay.energyCost, "6.006", 1e-30);
    expectWithin(s19.shutdownBtcPrice, "8744.27", 3e-4);
  });

  it("a Whatsminer M30S+ mines 0.000723 BTC a day on the same day", () => {
    // 100e12 · 86400 · 6.33125 / (17.62e12 · 2³²) = 0.000722832…
    const m30 = dayZero({ ...base, hashrateThs: "100", powerWatts: "3400" });
    expectWithin(m30.firstDay.btc, "0.000723", 6.9e-4);
  });
});

describe("a miner's shutdown point on the Bitcoin forum [2011]", () => {
  // Source: Bitcoin forum thread "What's your shutdown point?" (topic 47796), page 4, stored at
  // https://bitcointalksearch.org/topic/whats-your-shutdown-point-47796/4-page.html —
  // "Current difficulty 7,255,634,282,020,860 hashes per block" (= difficulty × 2³², so difficulty
  // 1,689,334 [October 2011], 50 BTC a block), "2MH/watt … = 1007 kWh per block. 9 cents per kWh =
  // $90.63 per block. $90.63 / 50 = ~$1.80 per coin"; and for ~3,120 MH/s drawing ~1,550 W at
  // $0.149/kWh: "646 hours … 1,001 kWh per block … $149 … $149/50 = $2.98".
  const difficulty = new Dec("7255634282020860").div(TWO_POW_32).toString(); // 1689333.99999999906867742538…

  it("2 MH/s per watt at 9 cents per kWh costs $90.63 a block, about $1.80 a coin", () => {
    // 1 kW drawing 2,000 MH/s: a block every 7,255,634,282,020,860 / 2e9 s = 1,007.73 h, 1,007.73 kWh,
    // × 0.09 = $90.70 a block; the post truncates to 1,007 kWh ($90.63), 0.07 % less: tolerance 0.1 %.
    // Per coin: 90.70 / 50 = $1.8139, quoted "~$1.80" (truncated, and "~"): tolerance 1 %.
    const rig = dayZero({
      hashrateThs: "0.002",
      powerWatts: "1000",
      startDate: "2011-10-01",
      difficulty,
      btcPrice: "3",
      electricityPrice: "0.09",
    });
    const perBlock = rig.shutdownBtcPrice?.times(50);
    expectWithin(perBlock, "90.63", 1e-3);
    expectWithin(rig.shutdownBtcPrice, "1.80", 1e-2);
  });

  it("3,120 MH/s at 1,550 W and $0.149 per kWh takes 646 hours a block and shuts down below $2.98 a coin", () => {
    // hours a block = 24 × 50 / (BTC a day) = 7,255,634,282,020,860 / 3.12e9 / 3600 = 645.98 (quoted 646,
    // rounded to the hour: tolerance 0.5 / 646 = 7.7 × 10⁻⁴); shutdown = 1.55 × 24 × 0.149 / B₀
    // = $2.9838 (quoted $2.98 from the rounded 1,001 kWh and $149: tolerance 0.2 %).
    const rig = dayZero({
      hashrateThs: "0.00312",
      powerWatts: "1550",
      startDate: "2011-10-01",
      difficulty,
      btcPrice: "3",
      electricityPrice: "0.149",
    });
    expectWithin(new Dec(24).times(50).div(rig.firstDay.btc), "646", 7.7e-4);
    expectWithin(rig.shutdownBtcPrice, "2.98", 2e-3);
  });
});

describe("worked examples of the standard formula", () => {
  it("20 TH/s at difficulty 47,427,554,950.648 and 25 BTC a block mines 6.99542703277 BTC in 30 days", () => {
    // Source: https://pastebin.com/QZns9pjD — "H = 21,990,232,555,520 h/s (~= 20TH/s), D = 47,427,554,950.648,
    // B = 25, N = 30 … print (30*21990232555520*25*86400)/(47427554950.648*2**32) … 6.99542703277".
    // A 30-day run at a flat difficulty is the same product; Python's float printed 12 significant
    // digits: tolerance 1e-11. [25 BTC and this difficulty: early 2015.]
    const s = scenarioOf({
      rigPrice: "0",
      hashrateThs: "21.99023255552",
      powerWatts: "1",
      startDate: "2015-03-01",
      difficulty: "47427554950.648",
      btcPrice: "250",
      electricityPrice: "0",
      horizonDays: "30",
    });
    expectWithin(simulate(s).self?.totalBtc, "6.99542703277", 1e-11);
  });

  it("a hashprice of about $62.81 per PH/s a day at difficulty 10¹⁴, $100,000 and 3.125 BTC", () => {
    // Source: https://elektronics.dev/docs/hashprice — "Given: Difficulty = 100 trillion (10^14), BTC Price
    // = $100,000, Block Reward = 3.125 BTC … E_blocks = 8.64 × 10^19 / (10^14 × 4.295 × 10^9) ≈ 0.000201
    // blocks/day … 0.000201 × 3.125 × 100000 ≈ $62.81 per PH/s per day". Exactly:
    // 8.64e19 · 3.125 · 1e5 / (1e14 · 2³²) = 62.8642737865…; the page rounds the blocks a day to
    // 0.000201 (0.00020117 exactly, 0.08 % more): tolerance 0.1 %.
    const side = dayZero({
      hashrateThs: "1000",
      powerWatts: "1",
      startDate: "2025-01-01",
      difficulty: "1e14",
      btcPrice: "100000",
      electricityPrice: "0",
    });
    expectWithin(side.hashpricePerPhDay, "62.81", 1e-3);
    expectWithin(side.hashpricePerPhDay, "62.8642737865447998046875", 1e-30);
  });

  it("an S19 of 95 TH/s on a 400 EH/s network mines 0.00021375 BTC and burns ¥23.4 of power a day at ¥0.3", () => {
    // Source: https://localprogutter.com/posts/12660 ("蚂蚁矿机 S19 一天收益") — 95 TH/s, 3,250 W, a network of
    // 400 EH/s, 6.25 BTC a block: "900×2.375×10^-7≈0.00021375 枚"; "3.25kW×24h=78kWh … 电费为 0.3 元
    // /kWh,每日电费支出为 78×0.3=23.4 元". A network of H hashes a second finds a block every 600 s
    // at difficulty D = H · 600 / 2³² = 400e18 · 600 / 2³² = 55,879,354,476,928.7109375 (exact), and
    // then the share of 900 BTC a day is exactly 95e12 / 400e18 · 900 = 0.00021375: tolerance 0.
    const difficulty = new Dec("400e18").times(600).div(TWO_POW_32).toString();
    const s19 = dayZero({
      currency: "CNY",
      hashrateThs: "95",
      powerWatts: "3250",
      startDate: "2021-06-01",
      difficulty,
      btcPrice: "252000",
      electricityPrice: "0.3",
    });
    expect(s19.firstDay.btc.eq("0.00021375")).toBe(true);
    expect(s19.firstDay.energyCost.eq("23.4")).toBe(true);
  });

  it("difficulty 1,590,896,927,258 implies a network of 11.38 EH/s: that hashrate finds 144 blocks a day", () => {
    // Source: Chainalysis, "Bitcoin mining calculations" (https://medium.com/chainalysis/bitcoin-mining-calculations-ff90dc958dba):
    // "Using current example difficulty of 1590896927258, the implied network speed is: 11.38*10¹⁸ hash/s".
    // D · 2³² / 600 = 1.13881e19 H/s. A fleet of 1,000 rigs × 11,380 TH/s = 11.38 EH/s at that difficulty
    // mines 144 blocks × 12.5 BTC × 11.38 / 11.3881 = 1,798.7 BTC a day; the quoted 11.38 has four
    // significant digits (11.3881 → 11.38 is 7 × 10⁻⁴): tolerance 1 × 10⁻³ against 1,800.
    const fleet = dayZero({
      rigCount: "1000",
      hashrateThs: "11380",
      powerWatts: "1",
      startDate: "2017-10-01",
      difficulty: "1590896927258",
      btcPrice: "4000",
      electricityPrice: "0",
    });
    expectWithin(fleet.firstDay.btc, "1800", 1e-3);
  });
});

describe("a weekly mining report's output per TH (14 January 2019)", () => {
  // Source: a weekly report on the Bitcoin network after the difficulty adjustment of 14 January 2019
  // (data from 算力助手), stored at http://jiabeish.com/investor/20190114/20725.html: "计算难度由
  // 7182852313938下降至5883988430955"; "若以螞蟻S9為標準,BTC幣價24158.82元計算 … 難度調整後,每日可挖幣數
  // 0.00059830BTC,日產出約 14.46元 … 單位挖礦產出1.03元 / T/ 天" for the S9 of 14 TH/s, 12.5 BTC a block.
  const s9 = (): SideSummary =>
    dayZero({
      currency: "CNY",
      hashrateThs: "14",
      powerWatts: "1372",
      startDate: "2019-01-14",
      difficulty: "5883988430955",
      btcPrice: "24158.82",
      electricityPrice: "0.4",
    });

  it("an S9 of 14 TH/s mines 0.00059830 BTC a day at difficulty 5,883,988,430,955", () => {
    // 14e12 · 86400 · 12.5 / (5883988430955 · 2³²) = 0.000598301538…; quoted to 8 decimals
    // (± 0.000000005 / 0.0005983 = 8.4 × 10⁻⁶): tolerance 1e-5.
    expectWithin(s9().firstDay.btc, "0.00059830", 1e-5);
  });

  it("earns ¥14.46 a day, ¥1.03 per TH/s, at ¥24,158.82 a BTC", () => {
    // 0.000598301538 × 24158.82 = ¥14.4543, quoted "约 14.46" (0.04 % above: tolerance 1e-3, the report's
    // own rounding of its price or coins); per TH/s 14.4543 / 14 = ¥1.0324, quoted 1.03 (± 0.005 / 1.03
    // = 4.9 × 10⁻³): tolerance 5e-3.
    const side = s9();
    expectWithin(side.firstDay.revenue, "14.46", 1e-3);
    expectWithin(side.firstDay.revenue.div(14), "1.03", 5e-3);
  });
});
