/**
 * A price typed in a rig's row of /rigs (lib/present/rigs-row.ts): read as the calculator's form reads
 * its rig price, and the row worked out again exactly as the calculator works out the row's link
 * (GET /api/payback is parseQuery → simulate → resultJson, app/server/heavy/tasks.ts).
 */
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PRESET_ID,
  NETWORK_SNAPSHOT,
  Dec,
  parseQuery,
  parseRankingLenient,
  readRowPrice,
  resultJson,
  rigRowAtPrice,
  rigsPageView,
  rowPricePath,
  simulate,
  type RigRowView,
} from "../../../lib/server";

/** Sichuan's wet/dry season with a peak from 8 to 11 and from 18 to 22, in yuan: the ranking's link. */
const SICHUAN =
  "v=1&preset=s21&cur=CNY&kwhm=0.28,0.28,0.28,0.28,0.08,0.08,0.08,0.08,0.08,0.08,0.28,0.28&kwhp=0.4&peak=8-11,18-22&date=2024-06-01&btc=480000&diff=83000000000000";

function opened(query: string) {
  return parseRankingLenient(query, DEFAULT_PRESET_ID, NETWORK_SNAPSHOT);
}

/** What the calculator (and its API) says for a row's link. */
function calculatorOf(row: RigRowView) {
  const parsed = parseQuery(row.href.slice(2), NETWORK_SNAPSHOT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { scenario: parsed.scenario, json: resultJson(simulate(parsed.scenario)) };
}

describe("a price typed in a row is read as the calculator's form reads the rig price", () => {
  it("takes what a buyer types: grouping, the currency's sign, 万", () => {
    expect(readRowPrice("25000", "CNY", "en")).toEqual({ kind: "price", amount: "25000" });
    expect(readRowPrice(" ¥25,000 ", "CNY", "en")).toEqual({ kind: "price", amount: "25000" });
    // 2.5万 = 2.5 × 10⁴ = 25000
    expect(readRowPrice("2.5万", "CNY", "zh")).toEqual({ kind: "price", amount: "25000" });
    expect(readRowPrice("   ", "CNY", "en")).toEqual({ kind: "empty" });
  });

  it("refuses what is not a rig price, naming the field and what is allowed, in the reader's language", () => {
    expect(readRowPrice("-5", "CNY", "en")).toEqual({
      kind: "refused",
      message: "Rig price must be a number from 0 to 1,000,000,000; “-5” is not.",
    });
    expect(readRowPrice("abc", "USD", "en")).toEqual({
      kind: "refused",
      message: "Rig price: “abc” is not a number; it must be a number from 0 to 1,000,000,000.",
    });
    const dollars = readRowPrice("$3000", "CNY", "en");
    expect(dollars.kind === "refused" && dollars.message).toMatch(/^Rig price: “\$3000” is in US dollars, but this scenario is in yuan/);
    const zh = readRowPrice("abc", "CNY", "zh");
    expect(zh.kind === "refused" && zh.message).toMatch(/^矿机价格/);
    expect(zh.kind === "refused" && zh.message).toContain("1,000,000,000");
  });
});

describe("a row worked out again at a typed price", () => {
  it("has the calculator's figures for its link, which carries the typed price", () => {
    const o = opened(SICHUAN);
    const row = rigRowAtPrice(o.scenario, { rigId: "s19-pro", amount: "18500" }, "en");
    if (!row) throw new Error("no row");
    expect(row.href).toMatch(/[?&]rig=s19-pro(&|$)/);
    expect(row.href).toMatch(/[?&]price=18500(&|$)/);
    const { scenario, json } = calculatorOf(row);
    expect(scenario.rigPrice).toBe("18500");
    const cells = row.sides.self;
    if (!cells || !json.self) throw new Error("no self-run side");
    expect(cells.price.sort).toBe("18500");
    expect(cells.price.text).toBe("¥18,500");
    expect(cells.netProfit.sort).toBe(json.self.netProfit);
    expect(cells.roiPct.sort).toBe(json.self.roiPct);
    expect(cells.breakEvenDay.sort).toBe(json.self.breakEvenDay === null ? null : String(json.self.breakEvenDay));
    expect(row.priceNote).toBe("your price");
  });

  it("moves the net profit by the price's change less the resale share: ¥1,000 more costs ¥1,000 × (1 − resale %)", () => {
    const o = opened(`${SICHUAN}&resale=20`);
    const at = (amount: string) => {
      const row = rigRowAtPrice(o.scenario, { rigId: "s21", amount }, "en");
      return new Dec(row?.sides.self?.netProfit.sort ?? "NaN");
    };
    // capex rises by 1,000, the resale at the end (20 % of the price) by 200: the net profit falls by 800
    expect(at("20000").minus(at("21000")).toFixed()).toBe("800");
  });

  it("is the ranking's own row when the typed price is the catalogue's (only the note says whose price it is)", () => {
    const o = opened(SICHUAN);
    const view = rigsPageView(o.scenario, "en", { own: o.own, goal: o.goal });
    const ranked = view.rows.find((r) => r.id === "s19-pro");
    const amount = ranked?.sides.self?.price.sort;
    if (!ranked || !amount) throw new Error("the S19 Pro has no price on 1 June 2024");
    const typed = rigRowAtPrice(o.scenario, { rigId: "s19-pro", amount }, "en");
    for (const key of ["netProfit", "roiPct", "breakEvenDay", "fairRigPrice", "shutdownBtcPrice", "breakEvenElectricityPrice"] as const)
      expect(typed?.sides.self?.[key].sort, key).toBe(ranked.sides.self?.[key].sort);
  });

  it("works out the fleet a budget buys at the typed price: ¥1,000,000 ÷ ¥25,000 = 40 rigs", () => {
    const o = opened(`${SICHUAN}&budget=1000000`);
    const row = rigRowAtPrice(o.scenario, { rigId: "s21", amount: "25000", goal: o.goal }, "en");
    expect(row?.sides.self?.fleetCount.sort).toBe("40");
    expect(row?.sides.self?.fleetOutlay.sort).toBe("1000000.00");
  });

  it("works out each side in compare mode, and a replay of the record, as the calculator does", () => {
    const o = opened("v=1&preset=s9-2018-replay&mode=compare&hkwh=0.45&days=730");
    expect(o.scenario.useHistory).toBe(true);
    const row = rigRowAtPrice(o.scenario, { rigId: "s9", amount: "9000" }, "zh");
    if (!row) throw new Error("no row");
    const { json } = calculatorOf(row);
    expect(row.sides.self?.netProfit.sort).toBe(json.self?.netProfit);
    expect(row.sides.hosted?.netProfit.sort).toBe(json.hosted?.netProfit);
    expect(row.sides.hosted?.breakEvenDay.sort).toBe(json.hosted?.breakEvenDay == null ? null : String(json.hosted.breakEvenDay));
    expect(row.priceNote).toBe("你的价格");
  });

  it("has no row for a rig the catalogue does not have", () => {
    expect(rigRowAtPrice(opened(SICHUAN).scenario, { rigId: "no-such-rig", amount: "1" }, "en")).toBeNull();
  });
});

describe("the address of one row at a typed price", () => {
  it("keeps the ranking's keys and adds the row's own, replacing any the link had", () => {
    expect(rowPricePath("v=1&preset=s21&cur=CNY&row=s9&at=1", "s19-pro", "18,500")).toBe(
      "/rigs/row?v=1&preset=s21&cur=CNY&row=s19-pro&at=18%2C500",
    );
    expect(rowPricePath("", "s21", "2.5万")).toBe("/rigs/row?row=s21&at=2.5%E4%B8%87");
  });
});
