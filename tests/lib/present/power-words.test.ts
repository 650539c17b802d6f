/**
 * The power a site pays, in words (lib/present/power-words.ts), on /rigs and in the link preview:
 * the schedule as the engine uses it, in both languages.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Dec, linkPreview, ogCardText, simulate } from "../../../lib/server";
import { monthRuns, outageWords, powerWords } from "../../../lib/present/power-words";
import { siteFigures } from "../../../lib/present/rigs-site";
import { scenarioFromQuery } from "../../support/scenarios";

/** Sichuan's wet and dry seasons: ¥0.25 January–April and November–December, ¥0.15 May–October. */
const WET_DRY = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
/** The wet/dry schedule with a peak of ¥0.40 from 8 to 11 and from 18 to 22 (7 hours a day); kwh=0.3 is replaced by the months. */
const SICHUAN = `v=1&preset=s21&cur=CNY&kwh=0.3&kwhm=${WET_DRY}&kwhp=0.4&peak=18-22,8-11`;

const decs = (text: string) => text.split(",").map((t) => new Dec(t));

describe("a year of prices as runs of months", () => {
  it("reads round the year: the dry season runs from November into April", () => {
    const runs = monthRuns(decs(WET_DRY)).map((r) => [r.first, r.last, r.price.toFixed()]);
    expect(runs).toEqual([
      [5, 10, "0.15"],
      [11, 4, "0.25"],
    ]);
  });

  it("gives no runs for twelve equal prices (one price, all year)", () => {
    expect(monthRuns(decs("0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3"))).toEqual([]);
  });
});

describe("a side's power in words", () => {
  it("says the months, the peak price and its hours, not the flat price they replace", () => {
    const s = scenarioFromQuery(SICHUAN);
    expect(powerWords(s, "self", "en")).toBe("¥0.15/kWh May–Oct, ¥0.25 Nov–Apr; ¥0.40 from 08:00 to 11:00 and 18:00 to 22:00");
    expect(powerWords(s, "self", "zh")).toBe("5–10月 ¥0.15/kWh，11–4月 ¥0.25；峰时段 08:00–11:00、18:00–22:00 ¥0.40");
  });

  it("names every run of a price that comes back in the year", () => {
    // ¥0.25 Jan–Mar and Jul–Aug, ¥0.15 Apr–Jun and Sep–Dec
    const s = scenarioFromQuery("v=1&preset=s21&kwhm=0.25,0.25,0.25,0.15,0.15,0.15,0.25,0.25,0.15,0.15,0.15,0.15");
    expect(powerWords(s, "self", "en")).toBe("$0.25/kWh Jan–Mar and Jul–Aug, $0.15 Apr–Jun and Sep–Dec");
    expect(powerWords(s, "self", "zh")).toBe("1–3月、7–8月 $0.25/kWh，4–6月、9–12月 $0.15");
  });

  it("leaves out what the engine ignores: peak hours without a peak price; keeps a price's own places", () => {
    const s = scenarioFromQuery("v=1&preset=s21&kwh=0.0725&peak=8-11");
    expect(powerWords(s, "self", "en")).toBe("$0.0725/kWh");
    // a peak of 0-24 is the whole day: the other price is never paid
    const allDay = scenarioFromQuery("v=1&preset=s21&kwh=0.05&kwhp=0.08&peak=0-24");
    expect(powerWords(allDay, "self", "en")).toBe("$0.08/kWh all day");
  });

  it("says the hours curtailed for the grid and what they are paid", () => {
    const paid = scenarioFromQuery("v=1&preset=s21&kwh=0.05&kwhp=0.09&peak=17-21&dr=0.2&drh=30");
    expect(powerWords(paid, "self", "en")).toBe(
      "$0.05/kWh; $0.09 from 17:00 to 21:00; off 30 hours a month for the grid, peak hours first, paid $0.20 per kWh not drawn",
    );
    expect(powerWords(paid, "self", "zh")).toBe(
      "$0.05/kWh；峰时段 17:00–21:00 $0.09；每月限电 30 小时（先限峰时段），限电补偿 $0.20/kWh（削减电量）",
    );
    const unpaid = scenarioFromQuery("v=1&preset=s21&kwh=0.05&drh=12.5");
    expect(powerWords(unpaid, "self", "en")).toBe("$0.05/kWh; off 12.5 hours a month for the grid, unpaid");
  });

  it("says a host's whole offer: its prices, fee, share, yearly change, uptime, term and deposit", () => {
    const s = scenarioFromQuery(
      "v=1&preset=s21&mode=hosted&hkwh=0.07&hfee=12.5&hshare=5&hesc=-3&hup=95&hmin=12&hexit=150&hdep=2&hdr=0.03&hdrh=20",
    );
    expect(powerWords(s, "hosted", "en")).toBe(
      "$0.07/kWh; off 20 hours a month for the grid, paid $0.03 per kWh not drawn; + $12.50 a month per rig; host keeps 5 % of the BTC; falling 3 % a year; host's uptime 95 %; minimum term 12 months, $150 a rig to leave earlier; a deposit of 2 months' bill, returned at the end",
    );
    expect(powerWords(s, "hosted", "zh")).toBe(
      "$0.07/kWh；每月限电 20 小时，限电补偿 $0.03/kWh（削减电量）；另加管理费 $12.50/台/月；托管分成 5%；每年下调 3%；托管承诺在线率 95%；最短托管期 12 个月，提前解约费每台 $150；押金 2 个月托管费用，期末退还",
    );
    // the 2018 offer: a monthly fee with the power included reads as the fee, not as ¥0.00/kWh
    const feeOnly = scenarioFromQuery("v=1&preset=s9-2018-huaqiangbei&mode=hosted&hkwh=0&hfee=350");
    expect(powerWords(feeOnly, "hosted", "en")).toBe("¥350 a month per rig, power included");
  });

  it("says the outages within the horizon and leaves out those outside it", () => {
    // the S21 preset starts on its network's date and runs 1095 days
    const s = scenarioFromQuery("v=1&preset=s21&kwh=0.05&date=2026-02-01&out=2026-06-20_2026-11-30_800,2030-01-01_2030-01-05");
    expect(outageWords(s, "en")).toBe("20 Jun 2026 to 30 Nov 2026, $800 a rig");
    expect(outageWords(s, "zh")).toBe("2026年6月20日至2026年11月30日，每台 $800");
    expect(outageWords(scenarioFromQuery("v=1&preset=s21&kwh=0.05&date=2026-02-01&out=2030-01-01_2030-01-05"), "en")).toBeNull();
  });

  it("are the prices the engine charges: a January and a July day of the Sichuan link cost their month's and the peak's mix", () => {
    // no switching off, so every part of the day runs: the day's energy cost ÷ its kWh is its average price
    const sim = simulate(scenarioFromQuery(`${SICHUAN}&stop=0&date=2026-01-10&days=200`), { schedule: true, irr: false });
    const day = (date: string) => {
      const row = sim.schedule?.find((r) => r.date === date)?.self;
      if (!row) throw new Error(`no ${date}`);
      return row.energyCost.div(row.energyKwh).toDecimalPlaces(12).toFixed();
    };
    // January, dry: (17 h × 0.25 + 7 h × 0.40) / 24 = (4.25 + 2.8) / 24 = 7.05 / 24 = 0.29375
    expect(day("2026-01-20")).toBe("0.29375");
    // July, wet: (17 h × 0.15 + 7 h × 0.40) / 24 = (2.55 + 2.8) / 24 = 5.35 / 24 = 0.222916666667 (12 places)
    expect(day("2026-07-20")).toBe("0.222916666667");
  });
});

describe("the ranking's summary and the link preview say the schedule", () => {
  it("/rigs: the electricity price is the schedule, on a line of its own, never the 0.3 it replaces", () => {
    const s = scenarioFromQuery(SICHUAN);
    for (const locale of ["en", "zh"] as const) {
      const power = siteFigures(s, locale)[1];
      expect(power?.wide).toBe(true);
      expect(power?.value).toBe(powerWords(s, "self", locale));
      expect(power?.value).not.toMatch(/0\.30?\b/);
    }
  });

  it("/rigs in compare mode: each side's own schedule, and the outages", () => {
    const s = scenarioFromQuery(`${SICHUAN}&mode=compare&hkwh=0.38&hkwhp=0.5&date=2026-02-01&out=2026-06-20_2026-06-30`);
    const en = siteFigures(s, "en");
    expect(en.find((f) => f.label === "Electricity price")?.value).toMatch(/^¥0\.15\/kWh May–Oct/);
    expect(en.find((f) => f.label === "Hosting price")?.value).toBe("¥0.38/kWh; ¥0.50 from 08:00 to 11:00 and 18:00 to 22:00");
    expect(en.find((f) => f.label === "Outages and moves")?.value).toBe("20 Jun 2026 to 30 Jun 2026");
  });

  it("the preview: the price's span and what it follows on the image, the whole schedule in the description", () => {
    const card = linkPreview(SICHUAN, undefined, "en").card;
    // the lowest price paid is May–Oct's 0.15, the highest the peak's 0.40
    expect(card.figures.find((f) => f.label === "Electricity")).toEqual({
      label: "Electricity",
      value: "¥0.15–¥0.40/kWh",
      hint: "by month, peak 7 h/day",
    });
    expect(card.description).toContain("Electricity: ¥0.15/kWh May–Oct, ¥0.25 Nov–Apr; ¥0.40 from 08:00 to 11:00 and 18:00 to 22:00.");
    expect(card.description).not.toContain("0.30");
    const zh = linkPreview(SICHUAN, undefined, "zh").card;
    expect(zh.figures.find((f) => f.label === "电价")).toMatchObject({ value: "¥0.15–¥0.40/kWh", hint: "分月电价，峰时 7 小时/天" });
    expect(zh.description).toContain("电价：5–10月 ¥0.15/kWh，11–4月 ¥0.25；峰时段 08:00–11:00、18:00–22:00 ¥0.40。");
  });

  it("the Chinese preview of a site with every power term draws only characters the font subset has", () => {
    const chars = new Set([...readFileSync(join(process.cwd(), "app", "og", "fonts", "NotoSansSC-chars.txt"), "utf8").replace(/\n$/, "")]);
    const query =
      `${SICHUAN}&mode=compare&hkwh=0.38&hkwhm=${WET_DRY}&hkwhp=0.5&dr=0.1&drh=20&hdrh=10&hfee=50&hshare=5&hesc=-5&hup=95` +
      "&hmin=12&hexit=300&hdep=1&date=2026-02-01&out=2026-06-20_2026-06-30_100";
    const text = ogCardText(linkPreview(query, undefined, "zh").card);
    expect(text).toContain("停机与搬迁");
    expect([...text].filter((ch) => !chars.has(ch))).toEqual([]);
    // the same site with its peak on weekdays only
    const weekdays = ogCardText(linkPreview(`${query}&peakdays=weekdays`, undefined, "zh").card);
    expect(weekdays).toContain("工作日峰时 7 小时/天");
    expect([...weekdays].filter((ch) => !chars.has(ch))).toEqual([]);
  });

  it("says a weekday-only peak on /rigs and in the preview, in both languages", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.3&kwhp=0.5&peak=16-19&peakdays=weekdays");
    expect(powerWords(s, "self", "en")).toBe("¥0.30/kWh; ¥0.50 from 16:00 to 19:00 on weekdays");
    expect(powerWords(s, "self", "zh")).toBe("¥0.30/kWh；工作日峰时段 16:00–19:00 ¥0.50");
    // a peak all day on weekdays: the other price is still paid at weekends, so it is said
    const allDay = scenarioFromQuery("v=1&preset=s21&kwh=0.05&kwhp=0.08&peak=0-24&peakdays=weekdays");
    expect(powerWords(allDay, "self", "en")).toBe("$0.05/kWh; $0.08 all day on weekdays");
    expect(powerWords(allDay, "self", "zh")).toBe("$0.05/kWh；工作日全天峰时 $0.08");
    const card = linkPreview("v=1&preset=s21&cur=CNY&kwh=0.3&kwhp=0.5&peak=16-19&peakdays=weekdays", undefined, "en").card;
    expect(card.figures.find((f) => f.label === "Electricity")).toEqual({
      label: "Electricity",
      value: "¥0.30–¥0.50/kWh",
      hint: "peak 3 h/day on weekdays",
    });
    expect(card.description).toContain("Electricity: ¥0.30/kWh; ¥0.50 from 16:00 to 19:00 on weekdays.");
  });
});
