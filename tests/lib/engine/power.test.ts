/**
 * Power as miners buy it (issue 16, spec §9): prices by the month, peak and off-peak hours, outages,
 * demand response, hosting terms. Hand cases on the ROUND network of tests/support/scenarios.ts:
 * one rig mines exactly 1 BTC a day, BTC at 100, so the fleet's revenue R is 100 a day; it draws
 * 1 kW, E = 24 kWh a day; the rig costs 760. Then properties against the naive reference.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec, parseQuery, scheduleCsv, simulate, type RawScenario, type SideSummary } from "../../../lib/server";
import { crossCheckRaw, decimalIn, peakHoursArb } from "../../support/arbitraries";
import { R } from "../../support/reference";
import { powerReference } from "../../support/power-reference";
import { round, scenarioOf } from "../../support/scenarios";

function eq(actual: Dec | null | undefined, expected: string): void {
  expect(actual?.toString()).toBe(new Dec(expected).toString());
}
/** Equal to 1e-20 (a sum of thirds, 17/24 of a day, is not exact in 34 digits). */
function near(actual: Dec | null | undefined, expected: string): void {
  if (actual === null || actual === undefined) throw new Error("expected a figure");
  expect(actual.minus(expected).abs().lt("1e-20"), `${actual.toString()} vs ${expected}`).toBe(true);
}
function side(s: ReturnType<typeof round>, name: "self" | "hosted" = "self"): SideSummary {
  const x = simulate(s)[name];
  if (!x) throw new Error(`no ${name} side`);
  return x;
}

// dry January–April and November–December at 5 per kWh (24 × 5 = 120 a day > R = 100: not worth running),
// wet May–October at 3 (24 × 3 = 72 a day); 2021 has 120 + 61 = 181 dry days and 184 wet ones
const WET_DRY = "5,5,5,5,3,3,3,3,3,3,5,5";
const YEAR_2021 = { startDate: "2021-01-01", horizonDays: "365", electricityPrice: undefined, electricityPriceByMonth: WET_DRY };

describe("prices by the month (spec §9)", () => {
  it("a wet/dry year by hand: the rigs switch off in the dry months and pay back in the wet ones", () => {
    const x = side(round({ ...YEAR_2021, shutdownWhenUnprofitable: "1" }));
    expect(x.shutdownDay).toBe(1); // 1 January: 100 < 120
    expect(x.daysOff).toBe(181); // 31 + 28 + 31 + 30 + 30 + 31
    eq(x.totalRevenue, "18400"); // 184 wet days × 100
    eq(x.totalEnergyCost, "13248"); // 184 × 24 × 3
    eq(x.netProfit, "4392"); // 18400 − 13248 − 760
    // from 1 May (day 121) +28 a day: ⌈760 / 28⌉ = 28 days, so day 120 + 28 = 148, 28 May
    expect(x.breakEvenDay).toBe(148);
    expect(x.breakEvenDate).toBe("2021-05-28");
    // a day-0 figure: (R_0 − F_0) / E_0 = 100 / 24, whatever the months
    near(x.breakEvenElectricityPrice, new Dec(100).div(24).toString());
    eq(x.firstDay.energyCost, "120"); // January's price, before the shutdown rule
  });

  it("a wet/dry year by hand with every day running (stop=0)", () => {
    const x = side(round({ ...YEAR_2021, shutdownWhenUnprofitable: "0" }));
    eq(x.totalRevenue, "36500"); // 365 × 100
    eq(x.totalEnergyCost, "34968"); // 181 × 120 + 184 × 72 = 21720 + 13248
    eq(x.netProfit, "772"); // 36500 − 34968 − 760
  });

  it("shows each day's price in the schedule and the CSV: April's last day at 5, May's first at 3", () => {
    const sim = simulate(round({ ...YEAR_2021 }), { schedule: true });
    const april30 = sim.schedule?.[119];
    const may1 = sim.schedule?.[120];
    expect(april30?.date).toBe("2021-04-30");
    eq(april30?.self?.pricePerKwh, "5");
    eq(may1?.self?.pricePerKwh, "3");
    expect(april30?.self?.running).toBe(false);
    expect(may1?.self?.running).toBe(true);
    const csv = scheduleCsv(sim).trimEnd().split("\n");
    expect(csv[2]).toMatch(/,self_price_kwh,self_hours_run,self_energy_kwh,self_credit,self_one_off,self_outage$/);
    expect(csv[3 + 120]).toMatch(/^121,2021-05-01,.*,1,3\.0+,24,24,0\.00,0\.00,0$/);
  });

  it("twelve equal prices give exactly the flat answer (any scenario)", () => {
    fc.assert(
      fc.property(crossCheckRaw, fc.constantFrom("2024-01-01", "2023-11-17", "2020-02-29"), (raw, startDate) => {
        const flat = scenarioOf({ ...raw, startDate });
        const monthly: RawScenario = { ...raw, startDate, electricityPrice: undefined, hostingPricePerKwh: undefined };
        if (raw.mode !== "hosted") monthly.electricityPriceByMonth = Array(12).fill(raw.electricityPrice).join(",");
        if (raw.mode !== "self") monthly.hostingPriceByMonth = Array(12).fill(raw.hostingPricePerKwh).join(",");
        const a = simulate(flat);
        const b = simulate(scenarioOf(monthly));
        expect(b.self).toEqual(a.self);
        expect(b.hosted).toEqual(a.hosted);
        if (raw.mode !== "compare") return;
        // with kwhm the crossover is the shift added to every month: the flat crossover − kwh, searched in −10 … 10 too
        const kwh = new Dec(String(raw.electricityPrice));
        const flatX = a.crossoverElectricityPrice ?? null;
        const shiftX = b.crossoverElectricityPrice ?? null;
        if (flatX !== null && shiftX !== null) expect(shiftX.minus(flatX.minus(kwh)).abs().lte("1e-6")).toBe(true);
        else if (flatX !== null) expect(flatX.minus(kwh).abs().gte("9.999999")).toBe(true);
        else if (shiftX !== null) expect(shiftX.plus(kwh).abs().gte("9.999999")).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("says in compare mode that the crossover is a shift of every month", () => {
    const q = "v=1&preset=s9-2018-hosted&kwhm=0.3,0.3,0.3,0.3,0.2,0.2,0.2,0.2,0.2,0.2,0.3,0.3";
    const parsed = parseQuery(q);
    if (!parsed.ok) throw new Error("refused");
    expect(parsed.warnings.join(" ")).toMatch(/crossoverElectricityPrice is the amount added to every month's self-run price/);
  });
});

describe("peak and off-peak hours", () => {
  const PEAK = { electricityPrice: "3", peakElectricityPrice: "5", peakHours: "8-11,18-22" }; // 3 + 4 = 7 peak hours

  it("runs only the off-peak hours on a day the peak price does not pay", () => {
    // peak: 100 < 24 × 5 = 120, off; off-peak: 100 ≥ 72, on; 17 hours a day
    const s = round({ ...PEAK, shutdownWhenUnprofitable: "1" });
    const sim = simulate(s, { schedule: true });
    const x = sim.self;
    if (!x) throw new Error("no self side");
    near(x.totalRevenue, "2125"); // 30 × 100 × 17/24
    near(x.totalBtc, "21.25"); // 30 × 17/24
    near(x.totalEnergyCost, "1530"); // 30 × 17 kWh × 3
    near(x.totalEnergyKwh, "510"); // 30 × 17
    near(x.netProfit, "-165"); // 2125 − 1530 − 760
    expect(x.daysOff).toBe(0); // the rigs ran every day, part of it
    expect(x.shutdownDay).toBeNull();
    const day = sim.schedule?.[0]?.self;
    eq(day?.hoursRun, "17");
    expect(day?.running).toBe(true);
  });

  it("runs every hour with stop=0, paying the peak price in the peak hours", () => {
    const x = side(round({ ...PEAK, shutdownWhenUnprofitable: "0" }));
    eq(x.totalRevenue, "3000"); // 30 × 100
    near(x.totalEnergyCost, "2580"); // 30 × (17 × 3 + 7 × 5)
    near(x.netProfit, "-340"); // 3000 − 2580 − 760
  });

  it("runs both tiers when both pay, and wraps midnight", () => {
    // peak 22-6 (8 hours) at 4: 96 ≤ 100, on; 16 hours at 3: cost 8 × 4 + 16 × 3 = 80 a day
    const x = side(round({ electricityPrice: "3", peakElectricityPrice: "4", peakHours: "22-6", shutdownWhenUnprofitable: "1" }));
    near(x.totalEnergyCost, "2400"); // 30 × 80
    near(x.netProfit, "-160"); // 3000 − 2400 − 760
  });
});

describe("a weekday-only peak (peakdays=weekdays)", () => {
  // Wednesday 3 January 2024 for 7 days: Wed, Thu, Fri, Sat 6, Sun 7, Mon 8, Tue 9 — 5 weekdays, 2 weekend days
  const WEEK = {
    startDate: "2024-01-03",
    horizonDays: "7",
    electricityPrice: "3",
    peakElectricityPrice: "5",
    peakHours: "8-11,18-22",
    peakDays: "weekdays",
  };

  it("pays the peak price on weekdays only, every hour running (stop=0)", () => {
    const x = side(round({ ...WEEK, shutdownWhenUnprofitable: "0" }));
    eq(x.totalRevenue, "700"); // 7 × 100
    // weekday: 17 h × 3 + 7 h × 5 = 51 + 35 = 86; Saturday and Sunday: 24 × 3 = 72; 5 × 86 + 2 × 72 = 430 + 144
    near(x.totalEnergyCost, "574");
    near(x.netProfit, "-634"); // 700 − 574 − 760
    // every day at the peak: 7 × 86 = 602, so the weekly rule saves 2 × (86 − 72) = 28
    near(side(round({ ...WEEK, peakDays: undefined, shutdownWhenUnprofitable: "0" })).totalEnergyCost, "602");
  });

  it("switches the weekday peak off and runs the weekend all day (stop=1)", () => {
    const sim = simulate(round({ ...WEEK, shutdownWhenUnprofitable: "1" }), { schedule: true });
    const x = sim.self;
    if (!x) throw new Error("no self side");
    // weekday peak: 100 < 24 × 5 = 120, off; the other 17 h: 100 ≥ 72, on. Weekend: 24 h at 3, on
    near(x.totalRevenue, new Dec(100).times(17).div(24).times(5).plus(200).toString()); // 5 × 100 × 17/24 + 2 × 100 = 554.1666…
    near(x.totalEnergyKwh, "133"); // 5 × 17 + 2 × 24
    near(x.totalEnergyCost, "399"); // 5 × 17 × 3 + 2 × 24 × 3 = 255 + 144
    expect(sim.schedule?.map((d) => d.date)).toEqual([
      "2024-01-03",
      "2024-01-04",
      "2024-01-05",
      "2024-01-06",
      "2024-01-07",
      "2024-01-08",
      "2024-01-09",
    ]);
    expect(sim.schedule?.map((d) => d.self?.hoursRun.toString())).toEqual(["17", "17", "17", "24", "24", "17", "17"]);
  });

  it("applies to the host's peak price too (compare mode, stop=0)", () => {
    const sim = simulate(
      round({ ...WEEK, mode: "compare", hostingPricePerKwh: "3", peakHostingPrice: "5", shutdownWhenUnprofitable: "0" }),
    );
    near(sim.hosted?.totalEnergyCost, "574"); // the same week as self-run: 5 × 86 + 2 × 72
    near(sim.self?.totalEnergyCost, "574");
  });

  it("takes the day-0 price of a weekend start for the host's deposit", () => {
    // Saturday 6 January 2024: no peak that day, so a month's deposit is 30.4375 × 24 kWh × 3 = 2191.5
    const sat = simulate(
      round({
        ...WEEK,
        startDate: "2024-01-06",
        mode: "hosted",
        hostingPricePerKwh: "3",
        peakHostingPrice: "5",
        hostingDepositMonths: "1",
      }),
    );
    near(sat.hosted?.capex, "2951.5"); // 760 + 2191.5
    // a Monday start pays day 0's blended price: 30.4375 × (17 × 3 + 7 × 5) = 30.4375 × 86 = 2617.625
    const mon = simulate(
      round({
        ...WEEK,
        startDate: "2024-01-08",
        mode: "hosted",
        hostingPricePerKwh: "3",
        peakHostingPrice: "5",
        hostingDepositMonths: "1",
      }),
    );
    near(mon.hosted?.capex, "3377.625"); // 760 + 2617.625
  });

  it("is refused without peak hours, naming the key, and the rest of the link is kept", () => {
    const refused = parseQuery("v=1&preset=s9-2018-huaqiangbei&peakdays=weekdays");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues.map((i) => i.message).join(" ")).toMatch(/^peakdays = weekdays is allowed only with peak: the peak hours/);
    const wrong = parseQuery("v=1&preset=s9-2018-huaqiangbei&peak=16-21&kwhp=0.5&peakdays=mon");
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.issues.map((i) => i.message).join(" ")).toMatch(/^peakdays = "mon" is not allowed: must be weekdays/);
  });
});

describe("outages", () => {
  // two rigs: R = 200, E = 48 kWh at 1, opex 30.4375 a rig a month = 2 a day; off 11–20 January 2024, 50 a rig
  const base = { rigCount: "2", horizonDays: "60", fixedCostPerRigPerMonth: "30.4375", shutdownWhenUnprofitable: "0" };

  it("mines and draws nothing on the outage days, still pays the fees, and pays the move on the first day", () => {
    const s = round({ ...base, outages: "2024-01-11_2024-01-20_50" });
    const sim = simulate(s, { schedule: true });
    const x = sim.self;
    if (!x) throw new Error("no self side");
    eq(x.totalRevenue, "10000"); // 50 days × 200
    eq(x.totalEnergyCost, "2400"); // 50 × 48 × 1
    eq(x.totalFixedCost, "120"); // 60 × 2
    eq(x.outageCost, "100"); // 2 rigs × 50
    eq(x.totalCost, "2620"); // 2400 + 120 + 100
    eq(x.netProfit, "5860"); // 10000 − 2620 − 1520
    expect(x.daysOutage).toBe(10);
    expect(x.daysOff).toBe(10);
    expect(x.shutdownDay).toBeNull(); // an outage is not the shutdown rule
    const first = sim.schedule?.[10]?.self;
    eq(first?.oneOff, "100");
    eq(first?.profit, "-102"); // −2 − 100
    expect(first?.outage).toBe(true);
    // without it: 60 × 200 − 60 × 48 − 120 − 1520 = 7480; the outage cost 10 × (200 − 48) + 100 = 1620
    eq(side(round(base)).netProfit.minus(x.netProfit), "1620");
  });

  it("takes an outage that began before the start from day 0, its cost paid on day 0", () => {
    const sim = simulate(round({ ...base, outages: "2023-12-25_2024-01-02_50" }), { schedule: true });
    expect(sim.self?.daysOutage).toBe(2);
    eq(sim.schedule?.[0]?.self?.oneOff, "100");
  });
});

describe("demand response", () => {
  // 4 peak hours at 5 (18-22), the rest at 3; 182.625 h a month = 6 h a day curtailed: the 4 peak hours, then 2 off-peak; 0.5 per kWh not drawn
  const DR = {
    electricityPrice: "3",
    peakElectricityPrice: "5",
    peakHours: "18-22",
    demandResponseHours: "182.625",
    demandResponseCredit: "0.5",
  };

  it("pays the credit for every curtailed hour when the rigs would have run them (stop=0)", () => {
    const x = side(round({ ...DR, shutdownWhenUnprofitable: "0" }));
    eq(x.totalRevenue, "2250"); // 30 × 100 × 18/24
    eq(x.totalEnergyCost, "1620"); // 30 × 18 × 3
    near(x.totalCredit, "90"); // 30 × 6 kWh × 0.5
    near(x.netProfit, "-40"); // 2250 − 1620 + 90 − 760
  });

  it("pays no credit for hours that would not have run (peak at 5 does not pay)", () => {
    const x = side(round({ ...DR, shutdownWhenUnprofitable: "1" }));
    eq(x.totalCredit, "30"); // 30 × 2 off-peak kWh × 0.5: the 4 peak hours would have been off anyway
    eq(x.netProfit, "-100"); // 2250 − 1620 + 30 − 760
  });
});

describe("hosting terms", () => {
  // hosted at 3 per kWh and 30.4375 a month (1 a day), every day running: 100 − 72 − 1 = 27 a day
  const H = { mode: "hosted", hostingPricePerKwh: "3", hostingFeePerRigPerMonth: "30.4375", shutdownWhenUnprofitable: "0" };

  it("pays the exit fee on the last day when the horizon ends before the minimum term", () => {
    const early = side(round({ ...H, horizonDays: "300", hostingMinimumMonths: "12", hostingExitFeePerRig: "200" }), "hosted");
    eq(early.exitFee, "200"); // 300 < 12 × 30.4375 = 365.25 days
    eq(early.netProfit, "7140"); // 300 × 27 − 760 − 200
    const served = side(round({ ...H, horizonDays: "366", hostingMinimumMonths: "12", hostingExitFeePerRig: "200" }), "hosted");
    eq(served.exitFee, "0");
    eq(served.netProfit, "9122"); // 366 × 27 − 760
  });

  it("raises the price per kWh and the fee at each anniversary", () => {
    const x = side(round({ ...H, horizonDays: "400", hostingEscalationPctPerYear: "10" }), "hosted");
    // days 0–364: 72 + 1; days 365–399: 24 × 3.3 + 1.1 = 80.3
    eq(x.totalEnergyCost, "29052"); // 365 × 72 + 35 × 79.2 = 26280 + 2772
    eq(x.totalFixedCost, "403.5"); // 365 + 35 × 1.1
    eq(x.netProfit, "9784.5"); // 40000 − 29052 − 403.5 − 760
  });

  it("takes the deposit with the rigs and returns it on the last day", () => {
    const x = side(round({ ...H, hostingDepositMonths: "2" }), "hosted");
    // 2 × (30.4375 + 24 × 30.4375 × 3) = 2 × 2221.9375
    eq(x.deposit, "4443.875");
    eq(x.capex, "5203.875"); // 760 + 4443.875
    eq(x.netProfit, "50"); // 30 × 27 − 760: the deposit comes back
    // without it ⌈760 / 27⌉ = 29; with it the position reaches 0 only when it is returned, on day 30
    expect(x.breakEvenDay).toBe(30);
    expect(side(round(H), "hosted").breakEvenDay).toBe(29);
  });

  it("uses the host's uptime for the hosted side only", () => {
    const sim = simulate(round({ ...H, mode: "compare", electricityPrice: "3", hostingUptimePct: "90" }));
    // hosted: 0.9 BTC a day = 90, 21.6 kWh × 3 = 64.8, fee 1: 24.2 a day
    eq(sim.hosted?.totalBtc, "27");
    eq(sim.hosted?.netProfit, "-34"); // 30 × 24.2 − 760
    eq(sim.self?.totalBtc, "30"); // self-run keeps up = 100
  });
});

/** Power scenarios for the reference: the cross-check's, with prices by the month, peak hours, outages, credits and terms. */
const powerCase = fc
  .tuple(
    crossCheckRaw,
    fc.record({
      monthly: fc.option(fc.array(fc.integer({ min: 40, max: 160 }), { minLength: 12, maxLength: 12 }), { nil: undefined }),
      peak: fc.option(fc.tuple(peakHoursArb, fc.integer({ min: 60, max: 200 }), fc.boolean()), { nil: undefined }),
      outage: fc.option(fc.tuple(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 90 }), decimalIn("0", "500", 2)), {
        nil: undefined,
      }),
      drh: fc.option(fc.tuple(decimalIn("0", "730.5", 1), decimalIn("0", "2", 3)), { nil: undefined }),
      hesc: fc.option(decimalIn("-50", "100", 1), { nil: undefined }),
      hdep: fc.option(decimalIn("0", "24", 1), { nil: undefined }),
      hmin: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), decimalIn("0", "500", 2)), { nil: undefined }),
      hup: fc.option(decimalIn("0", "100", 1), { nil: undefined }),
    }),
  )
  .map(([raw, p]): RawScenario => {
    const out: RawScenario = { ...raw };
    const kwh = new Dec(String(raw.electricityPrice));
    const hkwh = new Dec(String(raw.hostingPricePerKwh));
    const scaled = (x: Dec, pct: number) =>
      Dec.max(-1000, Dec.min(1000, x.times(pct).div(100)))
        .toSignificantDigits(10)
        .toString();
    if (p.monthly) {
      out.electricityPriceByMonth = p.monthly.map((m) => scaled(kwh, m)).join(",");
      out.hostingPriceByMonth = p.monthly.map((m) => scaled(hkwh, 200 - m)).join(",");
    }
    if (p.peak) {
      out.peakHours = p.peak[0];
      out.peakElectricityPrice = scaled(kwh, p.peak[1]);
      out.peakHostingPrice = scaled(hkwh, p.peak[1]);
      if (p.peak[2]) out.peakDays = "weekdays";
    }
    if (p.outage) {
      const from = new Date(Date.UTC(2024, 0, 1 + p.outage[0])).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2024, 0, 1 + p.outage[0] + p.outage[1])).toISOString().slice(0, 10);
      out.outages = `${from}_${to}_${p.outage[2]}`;
    }
    if (p.drh) {
      out.demandResponseHours = p.drh[0];
      out.demandResponseCredit = p.drh[1];
      out.hostedDemandResponseHours = p.drh[0];
      out.hostedDemandResponseCredit = p.drh[1];
    }
    if (p.hesc) out.hostingEscalationPctPerYear = p.hesc;
    if (p.hdep) out.hostingDepositMonths = p.hdep;
    if (p.hmin) {
      out.hostingMinimumMonths = String(p.hmin[0]);
      out.hostingExitFeePerRig = p.hmin[1];
    }
    if (p.hup) out.hostingUptimePct = p.hup;
    return out;
  });

describe("the engine against the naive day-by-day reference", () => {
  it("agrees on net profit, BTC, revenue, cost, credit and the break-even day, for random power terms", () => {
    fc.assert(
      fc.property(powerCase, (raw) => {
        const s = scenarioOf(raw);
        const sim = simulate(s);
        for (const name of ["self", "hosted"] as const) {
          const e = sim[name];
          if (!e) continue;
          const r = powerReference(s, name);
          const scale = r.totalRevenue.abs().plus(r.totalCost.abs()).plus(r.capex).plus(1e-30);
          const close = (label: string, a: Dec, b: R, by: R = scale) => {
            const gap = new R(a.toString()).minus(b).abs();
            expect(gap.lte(by.times("1e-20")), `${name}.${label}: engine ${a.toString()} vs reference ${b.toString()}`).toBe(true);
          };
          close("capex", e.capex, r.capex);
          close("totalBtc", e.totalBtc, r.totalBtc, r.totalBtc.abs().plus(1e-30));
          close("totalRevenue", e.totalRevenue, r.totalRevenue);
          close("totalCost", e.totalCost, r.totalCost);
          close("totalCredit", e.totalCredit, r.totalCredit);
          close("netProfit", e.netProfit, r.netProfit);
          expect(e.daysOff, `${name}.daysOff`).toBe(s.horizonDays - r.daysOn);
          expect(e.breakEvenDay, `${name}.breakEvenDay`).toBe(r.breakEvenDay);
        }
        if (sim.mode === "compare" && sim.crossoverElectricityPrice !== null && !s.demandResponseCredit.startsWith("0")) return;
        if (sim.mode === "compare" && sim.crossoverElectricityPrice !== null) {
          // both sides level at the crossover: the reference's self-run at that price (or shift) against its hosted
          const x = new R(sim.crossoverElectricityPrice.toString());
          const shift = s.electricityPriceByMonth !== undefined ? x : x.minus(s.electricityPrice ?? "0");
          const self = powerReference(s, "self", shift);
          const hosted = powerReference(s, "hosted");
          const slope = powerReference(s, "self", shift.minus("1e-6")).netProfit.minus(
            powerReference(s, "self", shift.plus("1e-6")).netProfit,
          );
          expect(self.netProfit.minus(hosted.netProfit).abs().lte(slope.abs().plus(1e-9)), "crossover levels the sides").toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
