import { describe, expect, it } from "vitest";
import "../../../lib/history/load";
import { addDays } from "../../../lib/core/dates";
import { TABLES, type HistoryReader } from "../../../lib/history/bootstrap";
import { driftPctPerYear, fitMargin, marginOn, marginSampler, MARGIN_DEFAULTS } from "../../../lib/history/margin";
import { eraRig, frontierJPerTh } from "../../../lib/history/eras";
import { BACKTEST_CONFIGS, backtestScenario, futuresOf } from "../../../lib/backtest/run";
import { BACKTEST_MODELS } from "../../../lib/backtest/candidates";

const BASE = BACKTEST_CONFIGS[0];
if (BASE === undefined) throw new Error("a base configuration");

/** The recorded tables before `start`; on and after it, `after` (poison), and every day read noted. */
function poisoned(start: string, after: (date: string) => number | null, seen: string[]): HistoryReader {
  const pick = (read: (d: string) => number | null) => (date: string) => {
    seen.push(date);
    return date < start ? read(date) : after(date);
  };
  return { difficulty: pick(TABLES.difficulty), price: pick(TABLES.price), feeRatio: pick(TABLES.feeRatio) };
}

describe("the futures are strictly out of sample", () => {
  for (const start of ["2015-06-01", "2018-01-01", "2021-03-01"]) {
    it(`futures from ${start} read no day on or after it, and poisoning those days changes nothing`, () => {
      const s = backtestScenario(BASE, start);
      if (s === null) throw new Error("a scenario");
      for (const m of BACKTEST_MODELS.slice(0, 2)) {
        const clean: string[] = [];
        const base = futuresOf(s, "self", m, { runs: 50, seed: 4, reader: poisoned(start, (d) => TABLES.price(d), clean) });
        const seen: string[] = [];
        const wild = futuresOf(s, "self", m, { runs: 50, seed: 4, reader: poisoned(start, () => 1e12, seen) });
        expect(base).not.toBeNull();
        expect(wild?.nets).toEqual(base?.nets);
        expect(wild?.paid).toBe(base?.paid);
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.filter((d) => d >= start)).toEqual([]);
      }
    });
  }
});

describe("the margin model on a hand-made history", () => {
  // 2017-01-01 … 2018-12-30 (no halving: subsidy 12.5 BTC), fees 0, e the newest rigs' J/TH on the day.
  // Price doubles every 52 periods of 14 days: ln P rises 0.0133 a period. Difficulty answers the
  // margin x = ln(P × 12.5 / D / e): ln(D₁/D₀) = −0.5 + 0.05 x exactly, so the fit finds κ = 0.05.
  const from = "2017-01-01";
  const periods = 52;
  const mu = Math.log(2) / periods;
  const days = new Map<string, { d: number; p: number }>();
  let d = 1e11;
  let p = 600;
  for (let i = 0; i <= periods; i++) {
    const date = addDays(from, 14 * i);
    days.set(date, { d, p });
    const x = Math.log((p * 12.5) / d / (frontierJPerTh(date) ?? NaN));
    d *= Math.exp(-0.5 + 0.05 * x);
    p *= Math.exp(mu);
  }
  const reader: HistoryReader = {
    difficulty: (date) => days.get(date)?.d ?? null,
    price: (date) => days.get(date)?.p ?? null,
    feeRatio: (date) => (days.has(date) ? 0 : null),
  };
  const window = { from, to: addDays(from, 14 * periods) };

  it("finds the response and the drift it was made with", () => {
    const fit = fitMargin(window, MARGIN_DEFAULTS, reader);
    if (fit === null) throw new Error("a fit");
    expect(fit.n).toBe(periods);
    expect(fit.kappa).toBeCloseTo(0.05, 9);
    expect(fit.a).toBeCloseTo(-0.5, 9);
    expect(fit.mu).toBeCloseTo(mu, 12);
    expect(fit.sigma).toBeCloseTo(0, 9);
    // doubling a year (52 periods of 14 days = 728 days): exp(μ × 365.25 / 14) − 1 = 2^(365.25/728) − 1 ≈ 41.6 %
    expect(driftPctPerYear(fit)).toBeCloseTo((2 ** (365.25 / 728) - 1) * 100, 9);
    // the rigs' trend: ln(e at the end ÷ e at the start) ÷ 52 periods
    const e0 = frontierJPerTh(from) ?? NaN;
    expect(fit.efficiencyTrend).toBeCloseTo(Math.log((frontierJPerTh(window.to) ?? NaN) / e0) / periods, 12);
    expect(marginOn(from, reader)).toBeCloseTo(Math.log((600 * 12.5) / 1e11 / e0), 12);
  });

  it("continues the difficulty's answer to the margin in its futures, the same for the same seed", () => {
    const fit = fitMargin(window, { ...MARGIN_DEFAULTS, drift: "window" }, reader);
    if (fit === null) throw new Error("a fit");
    const sample = marginSampler(fit, 1, 4, 500_000);
    const path = sample(0);
    // no surprises in this history: period 1's difficulty factor is exp(a + κ x₀), x₀ the margin on the window's last day
    const x0 = fit.margin0;
    expect(path.difficulty[1]).toBeCloseTo(Math.exp(-0.5 + 0.05 * x0), 9);
    expect(path.price[1]).toBeCloseTo(Math.exp(mu), 12);
    // the margin moves by the price's change, less the difficulty's, plus the rigs' gain in efficiency
    const x1 = x0 + mu - (-0.5 + 0.05 * x0) - fit.efficiencyTrend;
    expect(path.difficulty[2]).toBeCloseTo(Math.exp(-0.5 + 0.05 * x1), 9);
    expect(Array.from(marginSampler(fit, 1, 4, 500_000)(0).difficulty)).toEqual(Array.from(path.difficulty));
  });
});

describe("the rigs of each era", () => {
  it("are those released in a month before the start", () => {
    // S9 released 2016-06: not yet the era's rig on 2016-06-15, but on 2016-07-01
    expect(eraRig("2016-06-15")?.id).toBe("antminer-s7");
    expect(eraRig("2016-07-01")?.id).toBe("s9");
    // the S7: 1,210 W ÷ 4.73 TH/s = 255.8 ≈ 256 J/TH (the Bitcoin Wiki's table: 4,730 GH/s, 3,909 MH/J)
    expect(frontierJPerTh("2016-01-15")).toBe(256);
    // the S3 of June 2014 is the frontier from July 2014: 340 W ÷ 0.441 TH/s = 771 J/TH
    expect(frontierJPerTh("2014-07-01")).toBe(771);
    expect(frontierJPerTh("2012-01-01")).toBeNull();
  });
});
