/**
 * The /rigs page's rows for the buyer's market (issue 25): estimates marked, the network it used
 * said in plain words, the fleet's columns for a capacity, January 2018 with the S9 alone.
 */
import { describe, expect, it } from "vitest";
import { NETWORK_SNAPSHOT, parseRankingLenient, rigsPageView, sortRigRows, DEFAULT_PRESET_ID } from "../../../lib/server";

function view(query: string, locale: "en" | "zh" = "en") {
  const opened = parseRankingLenient(query, DEFAULT_PRESET_ID, NETWORK_SNAPSHOT);
  return { opened, view: rigsPageView(opened.scenario, locale, { own: opened.own, goal: opened.goal, network: opened.network }) };
}

describe("the ranking page's rows", () => {
  it("open January 2018 on the S9 alone, at the link's ¥30,000, with the replay switch", () => {
    const { view: v } = view("v=1&preset=s9-2018-huaqiangbei");
    expect(v.rows.map((r) => r.id)).toEqual(["s9"]);
    expect(v.rows[0]?.sides.self?.price.text).toBe("¥30,000");
    expect(v.rows[0]?.priceNote).toBe("your price");
    expect(v.notices).toContain("1 rig of the catalogue on the market by 15 Jan 2018: rigs released later are left out.");
    expect(v.replay).toEqual({ available: true, on: false });
    const replay = view("v=1&preset=s9-2018-huaqiangbei&hist=1").view;
    expect(replay.replay.on).toBe(true);
    // what it really did: 1,095 days from 2018-01-15 and never paid back
    expect(replay.rows[0]?.sides.self?.breakEvenDay.text).toBe("never");
  });

  it("say in plain words which network a link without one was given, and mark estimates", () => {
    const { view: v } = view("v=1&cur=USD&date=2024-01-01&kwh=0.05&pool=2");
    expect(v.notices[0]).toMatch(/^Your link gives no network figures: the recorded difficulty, BTC price and fees of .+ are used\.$/);
    const xp = v.rows.find((r) => r.id === "s19-xp");
    expect(xp?.sides.self?.price).toMatchObject({ text: "≈\u00a0$2,800", estimate: true });
    expect(xp?.sides.self?.netProfit.estimate).toBe(true);
    expect(xp?.priceNote).toBe("estimate: $20.00/TH (under 25 J/TH), CoinDesk, 26 Jul 2023 (159 days old)");
    expect(v.hasEstimates).toBe(true);
    // a deal is a deal, dated
    expect(v.rows.find((r) => r.id === "s21")?.priceNote).toMatch(/^deal quoted /);
    expect(view("v=1&cur=USD&date=2024-01-01&kwh=0.05&pool=2", "zh").view.notices[0]).toMatch(/^链接没有给出全网数据/);
  });

  it("show the fleet's columns for a capacity and sort by profit per MW", () => {
    const { view: v } = view("v=1&preset=s21&cur=CNY&kwh=0.3&cap=1000");
    expect(v.columns).toEqual([
      "name",
      "jPerTh",
      "price",
      "fleetCount",
      "fleetOutlay",
      "fleetNetProfit",
      "breakEvenDay",
      "profitPerMwYear",
      "fairRigPrice",
    ]);
    expect(v.goalText).toBe("Fleets for 1 MW at the wall.");
    // 1,000 kW ÷ 3.5 kW = 285.7 → 285 S21s
    expect(v.rows.find((r) => r.id === "s21")?.sides.self?.fleetCount.text).toBe("285");
    const sorted = sortRigRows(v.rows, "self", "profitPerMwYear", "desc");
    const values = sorted.map((r) => r.sides.self?.profitPerMwYear.sort).filter((x): x is string => x !== null && x !== undefined);
    for (let i = 1; i < values.length; i++) expect(Number(values[i - 1])).toBeGreaterThanOrEqual(Number(values[i]));
  });
});
