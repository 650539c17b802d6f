import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  flatMonths,
  hoursText,
  joinMonths,
  matchingTemplate,
  monthBands,
  monthCellsValid,
  outageDaysWithin,
  outageIssues,
  outagesText,
  peakHourCount,
  peakHourFlags,
  readOutages,
  readPeakHours,
  splitMonths,
  templateMonths,
  toggleHour,
  convertMoneyTexts,
  powerFieldSet,
  monthTiers,
  withoutSide,
  checkForm,
  presetScenario,
  scenarioTexts,
  serializeScenario,
} from "../../../lib/server";

const SICHUAN_CNY = "0.28,0.28,0.28,0.28,0.08,0.08,0.08,0.08,0.08,0.08,0.28,0.28";

describe("the twelve month cells", () => {
  it("split a schedule at commas and pad it to twelve", () => {
    expect(splitMonths("0.08, 0.28")).toEqual(["0.08", "0.28", "", "", "", "", "", "", "", "", "", ""]);
    expect(splitMonths("")).toHaveLength(12);
    // a thirteenth price is kept, so that the refusal can be seen
    expect(splitMonths(Array.from({ length: 13 }, () => "1").join(","))).toHaveLength(13);
  });

  it("join back trimmed, and a flat price copies into all twelve", () => {
    expect(joinMonths([" 1", "2 "])).toBe("1,2");
    expect(flatMonths(" 0.35 ")).toBe(Array.from({ length: 12 }, () => "0.35").join(","));
  });

  it("are checked one by one against the flat price's bounds", () => {
    expect(monthCellsValid(["0.3", "abc", "", "-1001", "1000"], { min: "-1000", max: "1000" })).toEqual([true, false, false, false, true]);
  });
});

describe("the price templates", () => {
  const base = { flat: "0.35", currency: "CNY" as const, cnyPerUsd: "6.4574" };

  it("flat copies the flat price", () => {
    expect(templateMonths({ ...base, id: "flat", side: "self" })).toBe(flatMonths("0.35"));
    expect(templateMonths({ ...base, id: "flat", side: "self", flat: "abc" })).toBeNull();
  });

  it("Sichuan gives ¥0.08 in the wet season, May to October, and ¥0.28 in the dry season", () => {
    expect(templateMonths({ ...base, id: "sichuan", side: "self" })).toBe(SICHUAN_CNY);
  });

  it("the migration gives Sichuan's ¥0.08 in the wet season and Xinjiang's ¥0.22 in the dry", () => {
    expect(templateMonths({ ...base, id: "migration", side: "self" })).toBe("0.22,0.22,0.22,0.22,0.08,0.08,0.08,0.08,0.08,0.08,0.22,0.22");
  });

  it("in dollars at the rate, to four places", () => {
    // 0.28 / 6.4574 = 0.043361… → 0.0434; 0.08 / 6.4574 = 0.012389… → 0.0124
    const usd = templateMonths({ ...base, id: "sichuan", side: "self", currency: "USD" });
    expect(usd).toBe("0.0434,0.0434,0.0434,0.0434,0.0124,0.0124,0.0124,0.0124,0.0124,0.0124,0.0434,0.0434");
    expect(templateMonths({ ...base, id: "sichuan", side: "self", currency: "USD", cnyPerUsd: "x" })).toBeNull();
  });

  it("for a host: its flat price in the dear months, the cheaper power passed on in the others", () => {
    // wet: 1.2 − (0.28 − 0.08) = 1; migration: 1.2 − (0.22 − 0.08) = 1.06
    expect(templateMonths({ ...base, id: "sichuan", side: "hosted", flat: "1.2" })).toBe("1.2,1.2,1.2,1.2,1,1,1,1,1,1,1.2,1.2");
    expect(templateMonths({ ...base, id: "migration", side: "hosted", flat: "1.2" })).toBe(
      "1.2,1.2,1.2,1.2,1.06,1.06,1.06,1.06,1.06,1.06,1.2,1.2",
    );
    // dollars: 0.2 / 7.1 = 0.028169… → 0.0282; 0.075 − 0.0282 = 0.0468
    expect(templateMonths({ id: "sichuan", side: "hosted", flat: "0.075", currency: "USD", cnyPerUsd: "7.1" })).toBe(
      "0.075,0.075,0.075,0.075,0.0468,0.0468,0.0468,0.0468,0.0468,0.0468,0.075,0.075",
    );
  });

  it("are recognised in a schedule, whatever its spacing", () => {
    expect(matchingTemplate(SICHUAN_CNY.replaceAll(",", ", "), { ...base, side: "self" })).toBe("sichuan");
    expect(matchingTemplate(flatMonths("0.35"), { ...base, side: "self" })).toBe("flat");
    expect(matchingTemplate("0.1,0.28,0.28,0.28,0.08,0.08,0.08,0.08,0.08,0.08,0.28,0.28", { ...base, side: "self" })).toBeNull();
    expect(matchingTemplate("", { ...base, side: "self" })).toBeNull();
  });
});

describe("the peak hours", () => {
  it("read spans, end excluded, wrapping midnight", () => {
    expect(readPeakHours("8-11,18-22")).toEqual({
      spans: [
        { start: 8, end: 11 },
        { start: 18, end: 22 },
      ],
      issues: [],
    });
    // 22, 23, 0 … 5 = 8 hours
    expect(peakHourCount("22-6")).toBe(8);
    expect(peakHourCount("0-24")).toBe(24);
    expect(peakHourCount("")).toBe(0);
  });

  it("name both spans that overlap, and the first hour they share", () => {
    expect(readPeakHours("8-12,10-14").issues).toEqual([{ kind: "overlap", a: "8-12", b: "10-14", hour: 10 }]);
    // 22-6 holds hour 0, as does 0-3
    expect(readPeakHours("22-6, 0-3").issues).toEqual([{ kind: "overlap", a: "22-6", b: "0-3", hour: 0 }]);
  });

  it("name a piece that is not a span and a span with no hours", () => {
    expect(readPeakHours("8-11,abc,25-3,8-8").issues).toEqual([
      { kind: "format", piece: "abc" },
      { kind: "format", piece: "25-3" },
      { kind: "empty", piece: "8-8" },
    ]);
  });

  it("write the shortest spans for a set of hours", () => {
    const flags = peakHourFlags([
      { start: 22, end: 2 },
      { start: 8, end: 11 },
    ]);
    expect(hoursText(flags)).toBe("8-11,22-2");
    expect(hoursText(Array.from({ length: 24 }, () => true))).toBe("0-24");
    expect(hoursText(Array.from({ length: 24 }, () => false))).toBe("");
  });

  it("follow a click on the strip", () => {
    expect(toggleHour("8-11", 11)).toBe("8-12");
    expect(toggleHour("8-11", 9)).toBe("8-9,10-11");
    expect(toggleHour("23-24", 0)).toBe("23-1");
    expect(toggleHour("", 7)).toBe("7-8");
  });

  it("read back every set of hours they write (a property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (flags) => {
        const read = readPeakHours(hoursText(flags));
        expect(read.issues).toEqual([]);
        expect(peakHourFlags(read.spans)).toEqual(flags);
      }),
    );
  });
});

describe("the outage list", () => {
  it("reads and writes the link's spans, a cost left out when empty", () => {
    expect(readOutages("2021-06-20_2021-11-30_800,2022-01-01_2022-01-02")).toEqual([
      { from: "2021-06-20", to: "2021-11-30", cost: "800" },
      { from: "2022-01-01", to: "2022-01-02", cost: "" },
    ]);
    expect(
      outagesText([
        { from: "2021-06-20", to: "2021-11-30", cost: "800" },
        { from: "", to: "", cost: "" },
        { from: "2022-01-01", to: "2022-01-02", cost: " " },
      ]),
    ).toBe("2021-06-20_2021-11-30_800,2022-01-01_2022-01-02");
    expect(readOutages("")).toEqual([]);
  });

  it("refuses a span that ends before it starts, a day that is not a date and a negative cost", () => {
    expect(
      outageIssues([
        { from: "2021-06-20", to: "2021-06-01", cost: "" },
        { from: "2021-02-30", to: "2021-03-01", cost: "" },
        { from: "2021-03-01", to: "soon", cost: "" },
        { from: "2022-03-01", to: "2022-03-01", cost: "-5" },
        { from: "", to: "", cost: "" },
      ]),
    ).toEqual([{ kind: "order" }, { kind: "from" }, { kind: "to" }, { kind: "cost" }, null]);
  });

  it("names the earlier row a span shares a day with (both days are included)", () => {
    const a = { from: "2021-06-20", to: "2021-11-30", cost: "800" };
    expect(outageIssues([a, { from: "2021-11-30", to: "2021-12-05", cost: "" }])).toEqual([null, { kind: "overlap", other: 0 }]);
    expect(outageIssues([a, { from: "2021-12-01", to: "2021-12-05", cost: "" }])).toEqual([null, null]);
  });

  it("counts the days off inside the horizon", () => {
    const ban = [{ from: "2021-06-20", to: "2021-11-30", cost: "800" }];
    // June 20–30: 11, July 31, August 31, September 30, October 31, November 30 = 164
    expect(outageDaysWithin(ban, "2021-01-01", 365)).toBe(164);
    // a horizon of July only: 31
    expect(outageDaysWithin(ban, "2021-07-01", 31)).toBe(31);
    expect(outageDaysWithin([{ from: "2021-06-20", to: "2021-06-01", cost: "" }], "2021-01-01", 365)).toBe(0);
  });

  it("writes back every list it reads (a property)", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const row = fc.record({ from: day, to: day, cost: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 5000 }).map(String)) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        expect(readOutages(outagesText(rows))).toEqual(rows);
      }),
    );
  });
});

describe("the months shaded on the daily chart", () => {
  it("follow Sichuan's wet and dry seasons from a mid-January start", () => {
    // May 1 is 106 days after 15 January 2018 (17 + 28 + 31 + 30), so day 107; 1 November is 184 days later, day 291
    expect(monthBands("2018-01-15", 365, SICHUAN_CNY)).toEqual([
      { from: 1, to: 106, tier: "dear", months: [1, 2, 3, 4] },
      { from: 107, to: 290, tier: "cheap", months: [5, 6, 7, 8, 9, 10] },
      { from: 291, to: 365, tier: "dear", months: [11, 12, 1] },
    ]);
  });

  it("are none for a flat, short or unreadable schedule", () => {
    expect(monthBands("2018-01-15", 365, flatMonths("0.35"))).toEqual([]);
    expect(monthBands("2018-01-15", 365, "0.1,0.2")).toEqual([]);
    expect(monthBands("2018-01-15", 365, "")).toEqual([]);
  });

  it("split a month at the midpoint of the cheapest and dearest price", () => {
    // midpoint of 0.1 and 0.3 is 0.2: February's 0.2 is cheap, March's 0.21 dear
    const bands = monthBands("2018-01-01", 90, "0.1,0.2,0.21,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3");
    expect(bands).toEqual([
      { from: 1, to: 59, tier: "cheap", months: [1, 2] },
      { from: 60, to: 90, tier: "dear", months: [3] },
    ]);
  });
});

describe("switching the power contract's currency", () => {
  it("converts each month price to four places and each outage cost to cents", () => {
    // 0.28 / 6.4574 = 0.043361… → 0.0434; 0.08 / 6.4574 = 0.012389… → 0.0124; 800 / 6.4574 = 123.889… → 123.89
    const out = convertMoneyTexts(
      { electricityPriceByMonth: SICHUAN_CNY, outages: "2021-06-20_2021-11-30_800,2022-01-01_2022-01-02", peakElectricityPrice: "0.5" },
      "CNY",
      "USD",
      "6.4574",
    );
    expect(out.electricityPriceByMonth).toBe("0.0434,0.0434,0.0434,0.0434,0.0124,0.0124,0.0124,0.0124,0.0124,0.0124,0.0434,0.0434");
    expect(out.outages).toBe("2021-06-20_2021-11-30_123.89,2022-01-01_2022-01-02");
    // 0.5 / 6.4574 = 0.077430… → 0.0774
    expect(out.peakElectricityPrice).toBe("0.0774");
  });

  it("leaves a list with a word in it as typed", () => {
    const out = convertMoneyTexts({ hostingPriceByMonth: "1,abc", outages: "2021-06-20_2021-11-30_lots" }, "CNY", "USD", "7");
    expect(out.hostingPriceByMonth).toBe("1,abc");
    expect(out.outages).toBe("2021-06-20_2021-11-30_lots");
  });
});

describe("whether a power field sets something", () => {
  it("is false for an empty text and a default, true otherwise", () => {
    expect(powerFieldSet("demandResponseCredit", "0")).toBe(false);
    expect(powerFieldSet("demandResponseCredit", " ")).toBe(false);
    expect(powerFieldSet("demandResponseCredit", "0.02")).toBe(true);
    expect(powerFieldSet("peakHours", "8-11")).toBe(true);
    expect(powerFieldSet("hostingMinimumMonths", "0")).toBe(false);
    // a refused text is shown open, so its refusal is seen
    expect(powerFieldSet("hostingMinimumMonths", "abc")).toBe(true);
  });
});

describe("the month cells' tiers and the side's help", () => {
  it("mark each month cheap or dear, or nothing for a flat year", () => {
    expect(monthTiers(splitMonths(SICHUAN_CNY))).toEqual([
      "dear",
      "dear",
      "dear",
      "dear",
      "cheap",
      "cheap",
      "cheap",
      "cheap",
      "cheap",
      "cheap",
      "dear",
      "dear",
    ]);
    expect(monthTiers(splitMonths(flatMonths("0.35")))).toBeNull();
    expect(monthTiers(splitMonths("0.1,x"))).toBeNull();
  });

  it("drop the side a help line names inside that side's section", () => {
    expect(withoutSide("Hosted: paid on day 1.")).toBe("Paid on day 1.");
    expect(withoutSide("托管：合同的最短期限。")).toBe("合同的最短期限。");
    expect(withoutSide("Days simulated.")).toBe("Days simulated.");
  });
});

describe("an outage list emptied in the form", () => {
  it("takes the replay preset's 2021 ban away in the link (out=), and leaves a preset without outages alone", () => {
    const replay = presetScenario("s9-2018-replay");
    if (!replay) throw new Error("no replay preset");
    const texts = { ...scenarioTexts(replay), outages: "" };
    const checked = checkForm(texts, "s9-2018-replay");
    expect(checked.scenario?.outages).toBe("");
    expect(serializeScenario(checked.scenario ?? replay)).toMatch(/&out=$|&out=&/);
    const plain = presetScenario("s9-2018-huaqiangbei");
    if (!plain) throw new Error("no preset");
    const kept = checkForm({ ...scenarioTexts(plain), outages: "" }, "s9-2018-huaqiangbei");
    expect(kept.scenario?.outages).toBeUndefined();
    expect(serializeScenario(kept.scenario ?? plain)).not.toContain("out=");
  });
});
