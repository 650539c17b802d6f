/**
 * The codecs of the power lists (kwhm, hkwhm, peak, out): each writes values its parser reads back
 * to the same values and the same text, and the parsed lists a run receives come from them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../../lib/core/decimal";
import {
  formatMonthlyPrices,
  formatOutages,
  formatPeakHours,
  hoursOf,
  parseMonthlyPrices,
  parseOutages,
  parsePeakHours,
  readHourSpan,
  type HourSpan,
} from "../../../lib/scenario/power";
import { NO_POWER_LISTS, powerTermsOf } from "../../../lib/scenario/power-terms";
import { parseQuery } from "../../../lib/server";

describe("the power lists' codecs", () => {
  it("read back the twelve prices they write (a property)", () => {
    const price = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Dec(n).div(1000));
    fc.assert(
      fc.property(fc.array(price, { minLength: 12, maxLength: 12 }), (prices) => {
        const read = parseMonthlyPrices(formatMonthlyPrices(prices));
        expect(read.ok && read.value.map(String)).toEqual(prices.map(String));
        expect(read.ok && read.text).toBe(formatMonthlyPrices(prices));
      }),
    );
  });

  it("refuse a month past the one bound of the lists", () => {
    // 1000.5 > 1000, the highest price a month may have
    expect(parseMonthlyPrices(["1000.5", ...Array<string>(11).fill("0")]).ok).toBe(false);
  });

  it("read back the peak hours they write (a property)", () => {
    const hours = fc.array(fc.boolean(), { minLength: 24, maxLength: 24 });
    fc.assert(
      fc.property(hours, (flags) => {
        // the spans of the hours that are on, as runs from an hour that is off (or the whole day)
        const spans: HourSpan[] = [];
        if (flags.every((f) => f)) spans.push({ start: 0, end: 24 });
        else if (flags.some((f) => f)) {
          const first = flags.findIndex((f) => !f);
          let start: number | null = null;
          for (let i = 1; i <= 24; i++) {
            const h = (first + i) % 24;
            if (flags[h] && start === null) start = h;
            if (!flags[h] && start !== null) {
              spans.push({ start, end: h === 0 ? 24 : h });
              start = null;
            }
          }
        }
        if (spans.length === 0) return;
        const read = parsePeakHours(formatPeakHours(spans));
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.text).toBe(formatPeakHours(spans));
        const on = new Set(read.value.flatMap(hoursOf));
        expect(flags.map((_, h) => on.has(h))).toEqual(flags);
      }),
    );
  });

  it("read one span as the page and the link both read it", () => {
    expect(readHourSpan("22-0")).toEqual({ ok: true, span: { start: 22, end: 24 } });
    expect(readHourSpan("8-8")).toEqual({ ok: false, kind: "empty" });
    expect(readHourSpan("25-3")).toEqual({ ok: false, kind: "range" });
    expect(readHourSpan("abc")).toEqual({ ok: false, kind: "format" });
  });

  it("read back the outages they write", () => {
    const text = "2021-06-20_2021-11-30_800,2022-01-01_2022-01-02";
    const read = parseOutages(text);
    expect(read.ok && formatOutages(read.value)).toBe(text);
  });
});

describe("a scenario's parsed power lists", () => {
  it("are none for a scenario of plain prices", () => {
    const s = parseQuery("v=1&preset=s9-2018-huaqiangbei");
    expect(s.ok && powerTermsOf(s.scenario)).toBe(NO_POWER_LISTS);
  });

  it("hold the values of its lists", () => {
    const s = parseQuery("v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=18-22,8-11&out=2018-06-20_2018-07-01_50");
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const lists = powerTermsOf(s.scenario);
    // 8-11 and 18-22: 3 + 4 hours
    expect(lists.peakHoursPerDay).toBe(7);
    expect(lists.outages.map((o) => [o.from, o.to, o.costPerRig.toString()])).toEqual([["2018-06-20", "2018-07-01", "50"]]);
    expect(lists.electricityPriceByMonth).toBeNull();
  });
});
