import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  hoursInWords,
  kwhPrice,
  TIME_OF_USE_CHOICES,
  timeOfUseChoiceOf,
  timeOfUseOf,
  timeOfUseText,
  timeOfUseForm,
  peakHoursADay,
} from "../../../lib/present/time-of-use";
import { parseQuery } from "../../../lib/server";
import { parsePeakHours } from "../../../lib/scenario/power";
import { Dec } from "../../../lib/core/decimal";
import { clockHour } from "../../../lib/present/format";
import { scenarioFromQuery } from "../../support/scenarios";

describe("time of use in words", () => {
  it("says the peak price, its hours and the price of the other hours", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.3&kwhp=0.5&peak=19-23,7-11");
    const t = timeOfUseOf(s, "self");
    expect(t).not.toBeNull();
    if (t === null) return;
    expect(timeOfUseText(t, "en")).toBe("¥0.50/kWh from 07:00 to 11:00 and 19:00 to 23:00, ¥0.30/kWh the other hours.");
    expect(timeOfUseText(t, "zh")).toBe("07:00–11:00、19:00–23:00 ¥0.50/kWh，其余时段 ¥0.30/kWh。");
    // 4 + 4 hours a day
    expect(peakHoursADay(t.spans)).toBe(8);
  });

  it("says the month's price when the other hours pay prices by the month, and the host's own prices", () => {
    const months = "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25";
    const s = scenarioFromQuery(`v=1&preset=s21&cur=USD&mode=compare&kwhm=${months}&kwhp=0.4&hkwh=0.06&hkwhp=0.085&peak=8-22`);
    const self = timeOfUseOf(s, "self");
    const hosted = timeOfUseOf(s, "hosted");
    expect(self && timeOfUseText(self, "en")).toBe("$0.40/kWh from 08:00 to 22:00, that month's price the other hours.");
    expect(self && timeOfUseText(self, "zh")).toBe("08:00–22:00 $0.40/kWh，其余时段按当月电价。");
    // the host's price keeps its three typed places
    expect(hosted && timeOfUseText(hosted, "en")).toBe("$0.085/kWh from 08:00 to 22:00, $0.06/kWh the other hours.");
  });

  it("says a weekday-only peak: its hours on weekdays, the other price the other hours", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.3&kwhp=0.5&peak=16-21&peakdays=weekdays");
    const t = timeOfUseOf(s, "self");
    expect(t?.weekdays).toBe(true);
    if (t === null) return;
    expect(timeOfUseText(t, "en")).toBe("¥0.50/kWh from 16:00 to 21:00 on weekdays, ¥0.30/kWh the other hours.");
    expect(timeOfUseText(t, "zh")).toBe("工作日 16:00–21:00 ¥0.50/kWh，其余时段 ¥0.30/kWh。");
    const hosted = timeOfUseOf(
      scenarioFromQuery("v=1&preset=s21&mode=hosted&hkwh=0.06&hkwhp=0.085&peak=16-19&peakdays=weekdays"),
      "hosted",
    );
    expect(hosted && timeOfUseText(hosted, "en")).toBe("$0.085/kWh from 16:00 to 19:00 on weekdays, $0.06/kWh the other hours.");
  });

  it("reads the form's texts of a weekday peak: the sentence, the hours with their days, the choice", () => {
    const texts = { peakHours: "16-19", peakDays: "weekdays", peak: "0.3", flat: "0.3", months: "", currency: "USD" };
    const view = timeOfUseForm(texts, "en");
    expect(view.sentence).toBe("$0.30/kWh from 16:00 to 19:00 on weekdays, $0.30/kWh the other hours.");
    expect(view.hours).toBe("16:00 to 19:00 on weekdays");
    expect(view.choice).toBe("weekdays");
    expect(view.samePrices).toBe(true);
    expect(timeOfUseForm(texts, "zh").hours).toBe("工作日 16:00–19:00");
    // the same hours every day are no one-tap choice
    expect(timeOfUseForm({ ...texts, peakDays: "" }, "en").choice).toBeNull();
  });

  it("has none without a peak price", () => {
    const s = scenarioFromQuery("v=1&preset=s21&cur=CNY&kwh=0.3&peak=7-23");
    expect(timeOfUseOf(s, "self")).toBeNull();
    expect(timeOfUseOf(scenarioFromQuery("v=1&preset=s21&kwh=0.3"), "self")).toBeNull();
  });

  it("writes a span across midnight and the day's end as a clock does", () => {
    expect(hoursInWords([{ start: 23, end: 7 }], "en")).toBe("23:00 to 07:00");
    expect(hoursInWords([{ start: 0, end: 24 }], "zh")).toBe("00:00–24:00");
    expect(
      hoursInWords(
        [
          { start: 1, end: 2 },
          { start: 5, end: 6 },
          { start: 9, end: 10 },
        ],
        "en",
      ),
    ).toBe("01:00 to 02:00, 05:00 to 06:00 and 09:00 to 10:00");
    expect(clockHour(7)).toBe("07:00");
  });

  it("writes a price with at least two places and as many as typed, up to six", () => {
    expect(kwhPrice(new Dec("0.3"), "CNY", "en")).toBe("¥0.30/kWh");
    expect(kwhPrice(new Dec("0.285"), "CNY", "en")).toBe("¥0.285/kWh");
    expect(kwhPrice(new Dec("0.1234567"), "USD", "en")).toBe("$0.123457/kWh");
    expect(kwhPrice(new Dec("-0.02"), "USD", "en")).toBe("−$0.02/kWh");
  });

  it("knows its one-tap choices in any order of spans, and they are valid peak hours", () => {
    expect(timeOfUseChoiceOf("19-23, 7-11")).toBe("peaks");
    expect(timeOfUseChoiceOf("7-23")).toBe("nights");
    expect(timeOfUseChoiceOf("16-19", "weekdays")).toBe("weekdays");
    expect(timeOfUseChoiceOf("7-23", "weekdays")).toBeNull();
    expect(timeOfUseChoiceOf("8-11,18-22")).toBeNull();
    expect(timeOfUseChoiceOf("abc")).toBeNull();
    expect(timeOfUseChoiceOf("")).toBeNull();
    for (const choice of Object.values(TIME_OF_USE_CHOICES)) {
      const read = parsePeakHours(choice.peakHours);
      expect(read.ok && read.text).toBe(choice.peakHours);
      // the days' text is one the link accepts
      const days = choice.peakDays === "" ? "" : `&peakdays=${choice.peakDays}`;
      expect(parseQuery(`v=1&preset=s21&kwhp=0.5&peak=${choice.peakHours}${days}`).ok).toBe(true);
    }
  });

  it("names every hour of any valid peak hours once, in order", () => {
    fc.assert(
      fc.property(fc.subarray([...Array(24).keys()], { minLength: 1 }), (hours) => {
        // spans of single hours: "h-(h+1)"
        const spans = hours.map((h) => ({ start: h, end: h + 1 }));
        const words = hoursInWords(spans, "en");
        const starts = [...words.matchAll(/(\d\d):00 to/g)].map((m) => Number(m[1]));
        expect(starts).toEqual(hours);
      }),
    );
  });
});
