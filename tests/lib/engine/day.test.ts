import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import {
  blockReward,
  dayProfit,
  energyPerDay,
  fixedCostPerDay,
  fleetBtcFactor,
  fleetBtcPerDay,
  hashpricePerPhDay,
  revenue,
  sideDay,
} from "../../../lib/engine/day";
import { sideSpecsOf as sideSpecs } from "../../../lib/prepare";
import { runsAt, runsFrom } from "../../../lib/engine/one-day";
import type { SideSpec } from "../../../lib/engine/day";

/** The shutdown rule of one-day.ts for a whole day of a side at its day-0 power cost. */
const runs = (side: SideSpec, stop: boolean) => (r: Dec) => runsAt(runsFrom({ stop, keep: side.keep, fullDayPowerCost: side.variable }), r);
import { ONE_BLOCK_PER_THS_DAY, round } from "../../support/scenarios";

const D = new Dec(ONE_BLOCK_PER_THS_DAY);
const eq = (actual: Dec | undefined, expected: Dec | string | number) => expect(actual?.toString()).toBe(new Dec(expected).toString());

describe("one day of one side (spec §2)", () => {
  it("mines (S + fees) × k / D, with k the fleet's hashes a day over 2^32", () => {
    const s = round();
    // 0.02 TH/s at the difficulty where 1 TH/s finds one block a day: k / D = 0.02 blocks a day
    const kOverD = fleetBtcFactor(s).div(D);
    eq(kOverD, "0.02");
    // 50 BTC subsidy + 0 fees: 0.02 × 50 = 1 BTC a day; with 0.5 BTC fees: 0.02 × 50.5 = 1.01
    eq(fleetBtcPerDay({ rewardBtc: blockReward({ subsidyBtc: new Dec(50), feesPerBlockBtc: new Dec(0) }), kOverDifficulty: kOverD }), 1);
    eq(
      fleetBtcPerDay({ rewardBtc: blockReward({ subsidyBtc: new Dec(50), feesPerBlockBtc: new Dec("0.5") }), kOverDifficulty: kOverD }),
      "1.01",
    );
    // pool 2 % and uptime 50 %: 0.02 × 0.98 × 0.5 = 0.0098
    eq(fleetBtcFactor(round({ poolFeePct: "2", uptimePct: "50" })).div(D), "0.0098");
  });

  it("uses n × w / 1000 × 24 × uptime × factor kWh, priced per kWh, plus the monthly fee over 30.4375 days", () => {
    // 1 kW × 24 h = 24 kWh; × pue 1.5 = 36; at 50 % uptime 12
    eq(energyPerDay(round(), "1"), 24);
    eq(energyPerDay(round(), "1.5"), 36);
    eq(energyPerDay(round({ uptimePct: "50" }), "1"), 12);
    // 2 rigs × 30.4375 a month / 30.4375 days = 2 a day
    eq(fixedCostPerDay({ rigCount: new Dec(2), feePerRigPerMonth: "30.4375" }), 2);
    // revenue 1 BTC × 100 = 100; profit 100 − 24 − 2 = 74
    eq(revenue({ btc: new Dec(1), btcPrice: new Dec(100) }), 100);
    eq(dayProfit({ revenue: new Dec(100), energyCost: new Dec(24), fixedCost: new Dec(2) }), 74);
  });

  it("builds each side's fixed figures and day 0 from them", () => {
    const sides = sideSpecs(
      round({ mode: "compare", rigCount: "2", setupCostPerRig: "40", hostingSetupFeePerRig: "10", revenueSharePct: "20", resalePct: "50" }),
    );
    expect(sides.mode).toBe("compare");
    // self-run: 2 rigs × 24 kWh = 48 kWh at 1 = 48; capex 2 × (760 + 40) = 1600; resale 2 × 760 × 50 % = 760
    eq(sides.self?.variable, 48);
    eq(sides.self?.capex, 1600);
    eq(sides.self?.resale, 760);
    // hosted: keeps 80 % of the coins; capex 2 × (760 + 10) = 1540
    eq(sides.hosted?.keep, "0.8");
    eq(sides.hosted?.capex, 1540);
    const hosted = sides.hosted;
    if (!hosted) throw new Error("compare mode has a hosted side");
    // fleet 2 BTC, revenue 200: kept 1.6 BTC and 160; profit 160 − 48 − 0 = 112
    const day = sideDay(hosted, { btc: new Dec(2), revenue: new Dec(200) });
    eq(day.btc, "1.6");
    eq(day.revenue, 160);
    eq(day.profit, 112);
    expect(sideSpecs(round()).hosted).toBeUndefined();
  });

  it("switches the rigs off on a day whose kept revenue is below its power cost, and keeps them on at equality", () => {
    const sides = sideSpecs(round({ mode: "compare", revenueSharePct: "20" }));
    const self = sides.self;
    const hosted = sides.hosted;
    if (!self || !hosted) throw new Error("compare mode has both sides");
    // self-run: V = 24
    expect(runs(self, true)(new Dec("23.99"))).toBe(false);
    expect(runs(self, true)(new Dec(24))).toBe(true);
    // hosted keeps 80 %: fleet revenue 30 keeps 24 = V, 29.99 keeps 23.992 < 24
    expect(runs(hosted, true)(new Dec(30))).toBe(true);
    expect(runs(hosted, true)(new Dec("29.99"))).toBe(false);
    // stop=0: always on
    expect(runs(self, false)(new Dec(0))).toBe(true);
    // a host that keeps every coin: no revenue, so the rigs run only while power costs nothing
    const all = sideSpecs(round({ mode: "hosted", revenueSharePct: "100" })).hosted;
    const free = sideSpecs(round({ mode: "hosted", revenueSharePct: "100", hostingPricePerKwh: "0" })).hosted;
    if (!all || !free) throw new Error("hosted mode has a hosted side");
    expect(runs(all, true)(new Dec(1000))).toBe(false);
    expect(runs(free, true)(new Dec(0))).toBe(true);
  });

  it("prices a PH/s a day at the day's reward, difficulty and BTC price", () => {
    // 1 PH/s = 1000 TH/s finds 1000 blocks a day at this difficulty: 1000 × 50 BTC × 100 = 5,000,000
    eq(hashpricePerPhDay({ rewardBtc: new Dec(50), difficulty: D, btcPrice: new Dec(100) }), 5_000_000);
  });
});
