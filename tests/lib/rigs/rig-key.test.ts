/**
 * `rig=<id>`: a rig fills only its own fields (hashrate, power, reference price in the scenario's
 * currency); the site's figures stay; keys given beside it override; an unknown id is refused by name.
 */
import { describe, expect, it } from "vitest";
import {
  findRig,
  parseQuery,
  parseQueryLenient,
  rigPriceIn,
  serializeScenario,
  sortRigRows,
  rigsPageView,
  checkForm,
  scenarioTexts,
} from "../../../lib/server";

function open(query: string) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("; "));
  return parsed.scenario;
}

const SITE = "v=1&preset=s21&cur=CNY&kwh=0.2843&pool=2&up=95&days=730";

describe("rig=<id>", () => {
  it("fills the rig's fields and keeps the site's", () => {
    const s = open(`${SITE}&rig=m21s`);
    expect([s.hashrateThs, s.powerWatts, s.rig]).toEqual(["56", "3360", "m21s"]);
    expect([s.currency, s.electricityPrice, s.poolFeePct, s.uptimePct, s.horizonDays]).toEqual(["CNY", "0.2843", "2", "95", 730]);
  });

  it("converts a US$ reference price to yuan at its month's rate", () => {
    // the S21's US$2,800 (2023-10-11) × 7.3071 CNY per US$ (October 2023, FRED EXCHUS) = ¥20,459.88
    const rig = findRig("s21");
    if (!rig) throw new Error("no s21");
    expect(rigPriceIn(rig, "CNY")).toMatchObject({ amount: "20459.88", rate: "7.3071" });
    expect(open(`${SITE}&rig=s21`).rigPrice).toBe("20459.88");
    // and stays in dollars in a dollar scenario
    expect(open("v=1&preset=s9-2018-huaqiangbei&cur=USD&rig=s21").rigPrice).toBe("2800");
  });

  it("leaves the price alone for a rig the catalogue has no price for", () => {
    expect(open(`${SITE}&price=15000&rig=m21s`).rigPrice).toBe("15000");
    expect(open("v=1&preset=s21&rig=a16").rigPrice).toBe("2900");
  });

  it("lets keys given beside it override its fields", () => {
    const s = open(`${SITE}&rig=s21&ths=190&price=18000`);
    expect([s.hashrateThs, s.powerWatts, s.rigPrice]).toEqual(["190", "3500", "18000"]);
  });

  it("refuses an unknown id by name and keeps the rest of the link", () => {
    const strict = parseQuery(`${SITE}&rig=s99`);
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.issues.map((i) => i.key)).toEqual(["rig"]);
      expect(strict.issues[0]?.message).toContain('rig = "s99" is not allowed');
    }
    const lenient = parseQueryLenient(`${SITE}&rig=s99`, "s9-2018-huaqiangbei");
    expect(lenient.issues.map((i) => i.key)).toEqual(["rig"]);
    expect([lenient.scenario.electricityPrice, lenient.scenario.poolFeePct, lenient.scenario.rig]).toEqual(["0.2843", "2", undefined]);
  });

  it("writes the shortest link: the rig's own figures are not repeated", () => {
    const query = "v=1&preset=s9-2018-huaqiangbei&rig=s21";
    expect(serializeScenario(open(query))).toBe(query);
    const custom = open(`${SITE}&rig=s21&w=3400`);
    expect(open(serializeScenario(custom))).toEqual(custom);
    expect(serializeScenario(custom)).toContain("w=3400");
  });

  it("is dropped by the form when the hashrate or power is edited: a custom rig", () => {
    const texts = scenarioTexts(open(`${SITE}&rig=s21`));
    expect(checkForm(texts, "s21").scenario?.rig).toBe("s21");
    const edited = checkForm({ ...texts, hashrateThs: "190" }, "s21").scenario;
    expect([edited?.rig, edited?.hashrateThs]).toEqual([undefined, "190"]);
  });
});

describe("the ranking's rows", () => {
  const view = rigsPageView(open(SITE), "en");

  it("sort exactly, with rigs that need a price or never pay back last either way", () => {
    const byJ = sortRigRows(view.rows, "self", "jPerTh", "asc");
    expect(byJ[0]?.id).toBe("a16-xp"); // 3850 W ÷ 300 TH/s = 12.8 J/TH, the catalogue's lowest
    expect(byJ.at(-1)?.id).toBe("s9"); // 98.0 J/TH
    // on 2021-01-01 the price index has a figure only for rigs over 68 J/TH (5 November 2020): the S9
    // is priced, the rest need a price
    const early = rigsPageView(open(`${SITE}&date=2021-01-01`), "en");
    for (const dir of ["asc", "desc"] as const) {
      const rows = sortRigRows(early.rows, "self", "netProfit", dir);
      const firstEmpty = rows.findIndex((r) => r.sides.self?.netProfit.sort === null);
      expect(firstEmpty).toBeGreaterThan(0);
      expect(rows.slice(firstEmpty).every((r) => r.sides.self?.netProfit.sort === null)).toBe(true);
    }
  });

  it("link each rig to the calculator with the same site figures", () => {
    const row = view.rows.find((r) => r.id === "m21s");
    // its price is the index's estimate: 38–68 J/TH at US$10.23 per TH on 2022-12-25, × 6.9717 CNY per
    // US$ (December 2022) = ¥71.320491 per TH × 56 TH/s = ¥3,993.947496 → ¥3,993.95
    expect(row?.href).toBe("/?v=1&preset=s21&cur=CNY&price=3993.95&pool=2&up=95&days=730&kwh=0.2843&rig=m21s");
  });
});
