import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../../../lib/core/decimal";
import {
  entryRole,
  formatEntryValue,
  shortEntryValue,
  groupLongNumbers,
  readNumberEntry,
  type EntryRead,
  type EntryRole,
} from "../../../lib/present/number-entry";

const value = (r: EntryRead) => (r.kind === "number" ? r.value : r.kind === "refused" ? `refused:${r.refusal.why}` : "unread");
const read = (text: string, role: EntryRole = "plain", currency: "CNY" | "USD" = "USD") => value(readNumberEntry(text, role, currency));

describe("units as miners type them", () => {
  it("reads a hashrate in TH/s and a power in W, whatever unit was typed", () => {
    expect(read("13.5T", "hashrate")).toBe("13.5");
    expect(read("13.5 TH/s", "hashrate")).toBe("13.5");
    expect(read("13.5 th/s", "hashrate")).toBe("13.5");
    expect(read("200T/s", "hashrate")).toBe("200");
    // 0.2 PH/s = 0.2 × 1,000 TH/s; 1 EH/s = 1,000,000 TH/s; 500 GH/s = 0.5 TH/s
    expect(read("0.2 PH/s", "hashrate")).toBe("200");
    expect(read("1E", "hashrate")).toBe("1000000");
    expect(read("500 GH/s", "hashrate")).toBe("0.5");
    expect(read("1400W", "power")).toBe("1400");
    // 1.4 kW = 1.4 × 1,000 W
    expect(read("1.4kW", "power")).toBe("1400");
    expect(read("1.4 kw", "power")).toBe("1400");
    expect(read("3,500 W", "power")).toBe("3500");
    expect(read("1.4千瓦", "power")).toBe("1400");
  });

  it("refuses a unit that is not the field's", () => {
    expect(read("13.5T", "power")).toBe("refused:multiplier");
    expect(read("1400W", "hashrate")).toBe("unread");
    expect(read("1.4kT", "hashrate")).toBe("refused:multiplier");
    expect(entryRole("hashrateThs")).toBe("hashrate");
    expect(entryRole("powerWatts")).toBe("power");
  });
});

describe("forgiving number entry", () => {
  it("reads the forms people type", () => {
    // the issue's list, each with the number meant
    expect(read("1,000.5")).toBe("1000.5");
    expect(read("0,05")).toBe("0.05");
    expect(read("95%", "percent")).toBe("95");
    expect(read("$0.05", "money", "USD")).toBe("0.05");
    expect(read("¥0.3", "money", "CNY")).toBe("0.3");
    expect(read("￥0.3", "money", "CNY")).toBe("0.3");
    // tera = 10^12: 126 × 10^12
    expect(read("126T", "difficulty")).toBe("126000000000000");
    expect(read("126 T", "difficulty")).toBe("126000000000000");
    expect(read("126t", "difficulty")).toBe("126000000000000");
    expect(read("1.26e14", "difficulty")).toBe("126000000000000");
    expect(read("1.26×10¹⁴", "difficulty")).toBe("126000000000000");
    // peta 10^15, exa 10^18
    expect(read("0.5P", "difficulty")).toBe("500000000000000");
    expect(read("1E", "difficulty")).toBe("1000000000000000000");
    // 万亿 = 10^4 × 10^8 = 10^12: 126.27 × 10^12
    expect(read("126.27万亿", "difficulty")).toBe("126270000000000");
    expect(read("３０００")).toBe("3000");
    expect(read("０．０５")).toBe("0.05");
    expect(read("１，０００")).toBe("1000");
    expect(read("0。05")).toBe("0.05");
    expect(read("９５％", "percent")).toBe("95");
    expect(read("  3000  ")).toBe("3000");
    // ¥3万 = 3 × 10^4
    expect(read("¥3万", "money", "CNY")).toBe("30000");
    expect(read("3万元", "money", "CNY")).toBe("30000");
    expect(read("$3k", "money", "USD")).toBe("3000");
    expect(read("US$ 3,000", "money", "USD")).toBe("3000");
    expect(read("-$0.05", "money", "USD")).toBe("-0.05");
    expect(read("−0.05", "money", "USD")).toBe("-0.05");
  });

  it("follows the separator rules, and refuses what could mean two things", () => {
    expect(read("1,000")).toBe("1000"); // a thousand: three digits after the one comma
    expect(read("1,5")).toBe("1.5");
    expect(read("1,0000")).toBe("1"); // four digits after it: a decimal comma
    expect(read("0,125")).toBe("0.125"); // a group of thousands never starts with 0
    expect(read("12,345,678")).toBe("12345678");
    expect(read("1.000")).toBe("1"); // a point alone is always the decimal point
    expect(read("1.000.000")).toBe("1000000");
    expect(read("1.000,5")).toBe("1000.5");
    expect(read("1 000 000")).toBe("1000000");
    expect(read("3 000,5")).toBe("3000.5");
    expect(read("1,000,5")).toBe("refused:ambiguous");
    expect(read("1,000.000,5")).toBe("refused:ambiguous");
    expect(read("1.00.0")).toBe("refused:ambiguous");
    expect(read("12,34,567")).toBe("refused:ambiguous");
  });

  it("refuses a sign, a % or a multiplier the field does not take, and the other currency", () => {
    expect(read("$0.05", "money", "CNY")).toBe("refused:currency");
    expect(read("¥0.3", "money", "USD")).toBe("refused:currency");
    expect(read("$5", "percent")).toBe("refused:currencySign");
    expect(read("95%", "money")).toBe("refused:percent");
    expect(read("126T", "money")).toBe("refused:multiplier");
    expect(read("3k", "percent")).toBe("refused:multiplier");
    // half-way to 1e14 in a price: "e" alone is an exa, which only the difficulty takes
    expect(read("1e", "money")).toBe("refused:multiplier");
  });

  it("leaves what is not a number to the schema", () => {
    for (const t of ["abc", "", "-", "1,", "--5", "5 5", "1'000", "0x10", "Infinity", "NaN", "1e1000"]) expect(read(t), t).toBe("unread");
  });

  it("marks a plain number as plain, so no note is shown for it", () => {
    expect(readNumberEntry("0.050", "plain", "USD")).toEqual({ kind: "number", value: "0.05", plain: true });
    expect(readNumberEntry("3,000", "plain", "USD")).toEqual({ kind: "number", value: "3000", plain: false });
  });

  it("gives each field its role from the field table", () => {
    expect(entryRole("difficulty")).toBe("difficulty");
    expect(entryRole("rigPrice")).toBe("money");
    expect(entryRole("electricityPrice")).toBe("money");
    expect(entryRole("uptimePct")).toBe("percent");
    expect(entryRole("rigCount")).toBe("plain");
  });

  it("writes read values with every digit and groups of three", () => {
    expect(formatEntryValue("126000000000000")).toBe("126,000,000,000,000");
    expect(formatEntryValue("-1000.125")).toBe("−1,000.125");
    expect(formatEntryValue("0.05")).toBe("0.05");
  });

  it("shortens a read value of more than 21 digits before the point to its leading digits × a power of ten", () => {
    // a 1 and 400 zeros: 401 digits, 10^400
    expect(shortEntryValue(`1${"0".repeat(400)}`)).toEqual({ short: "1 × 10⁴⁰⁰", wholeDigits: 401 });
    // 22 digits, 1234 then 18 zeros: 1.234 × 10^21 (nothing left out, no ≈)
    expect(shortEntryValue(`1234${"0".repeat(18)}`)).toEqual({ short: "1.234 × 10²¹", wholeDigits: 22 });
    // −12345678 then 20 zeros: 28 digits, six kept (1.23456), the 7 and 8 left out: ≈
    expect(shortEntryValue(`-12345678${"0".repeat(20)}`)).toEqual({ short: "≈ −1.23456 × 10²⁷", wholeDigits: 28 });
    // a fraction after 22 digits counts among the digits left out
    expect(shortEntryValue(`1${"0".repeat(21)}.5`)).toEqual({ short: "≈ 1 × 10²¹", wholeDigits: 22 });
    // 21 digits or fewer: written out by formatEntryValue instead
    expect(shortEntryValue(`1${"0".repeat(20)}`)).toBeNull();
    expect(shortEntryValue("0.05")).toBeNull();
    expect(groupLongNumbers("a number from 0 to 1000000000")).toBe("a number from 0 to 1,000,000,000");
    expect(groupLongNumbers("from 2009-01-03 to 2199-12-31; 1e21; 1.00001")).toBe("from 2009-01-03 to 2199-12-31; 1e21; 1.00001");
  });
});

/** A decimal's parts: sign, whole digits (no leading zeros), fraction digits (no trailing zeros). */
const decimalParts = fc.record({
  negative: fc.boolean(),
  whole: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String),
  frac: fc.stringMatching(/^\d{0,6}$/).map((f) => f.replace(/0+$/, "")),
});
type Parts = { negative: boolean; whole: string; frac: string };

const group = (whole: string, sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Every style the reader accepts for a number, as people write it. */
function styles(p: Parts): string[] {
  const sign = p.negative ? "-" : "";
  const dot = p.frac ? `.${p.frac}` : "";
  const comma = p.frac ? `,${p.frac}` : "";
  const out = [
    `${sign}${p.whole}${dot}`,
    `${sign}${group(p.whole, ",")}${dot}`,
    `${sign}${group(p.whole, " ")}${dot}`,
    ` ${sign}${p.whole}${dot} `,
    fullWidth(`${sign}${group(p.whole, ",")}${dot}`),
    `${sign}${p.whole}${dot}`.replace(".", "。"),
    formatEntryValue(`${sign}${p.whole}${dot}`),
  ];
  // a decimal comma: readable as such unless it looks like a group of thousands (1,234)
  const looksGrouped = p.frac.length === 3 && /^[1-9]\d{0,2}$/.test(p.whole);
  if (p.frac && !looksGrouped) out.push(`${sign}${p.whole}${comma}`);
  // point-grouped with a decimal comma (1.234,5): the comma must be there to say which is which
  if (p.frac && p.whole.length > 3) out.push(`${sign}${group(p.whole, ".")}${comma}`);
  return out;
}

const exact = (p: Parts) => new Dec(`${p.negative ? "-" : ""}${p.whole}${p.frac ? `.${p.frac}` : ""}`);

describe("forgiving number entry, for any number", () => {
  it("reads back the same number from every accepted style", () => {
    fc.assert(
      fc.property(decimalParts, (p) => {
        const want = exact(p);
        for (const text of styles(p)) {
          const r = readNumberEntry(text, "plain", "USD");
          expect(r.kind, text).toBe("number");
          if (r.kind === "number") expect(new Dec(r.value).eq(want), `${text} → ${r.value}`).toBe(true);
        }
      }),
    );
  });

  it("reads money with its symbol, % with its sign and difficulty with its multiplier as the same number", () => {
    fc.assert(
      fc.property(decimalParts, fc.constantFrom(["T", 12], ["P", 15], ["E", 18], ["G", 9], ["万亿", 12], ["亿", 8]), (p, [suffix, exp]) => {
        const want = exact(p);
        const text = `${p.negative ? "-" : ""}${group(p.whole, ",")}${p.frac ? `.${p.frac}` : ""}`;
        const pick = (r: EntryRead) => (r.kind === "number" ? new Dec(r.value) : null);
        expect(pick(readNumberEntry(`$${text}`, "money", "USD"))?.eq(want)).toBe(true);
        expect(pick(readNumberEntry(`${text} 元`, "money", "CNY"))?.eq(want)).toBe(true);
        expect(pick(readNumberEntry(`${text}%`, "percent", "USD"))?.eq(want)).toBe(true);
        expect(pick(readNumberEntry(`${text}${suffix}`, "difficulty", "USD"))?.eq(want.times(new Dec(10).pow(exp)))).toBe(true);
        expect(pick(readNumberEntry(`${text} ${suffix}`, "difficulty", "USD"))?.eq(want.times(new Dec(10).pow(exp)))).toBe(true);
        // the exponent form: mantissa × 10^exp
        expect(pick(readNumberEntry(`${want.toFixed()}e${exp}`, "difficulty", "USD"))?.eq(want.times(new Dec(10).pow(exp)))).toBe(true);
      }),
    );
  });

  it("never throws, and reads any plain decimal exactly as the schema does", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const r = readNumberEntry(text, "difficulty", "CNY");
        if (r.kind === "number") expect(new Dec(r.value).isFinite()).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,12}(\.\d{0,8})?$/), (text) => {
        expect(readNumberEntry(text, "plain", "USD")).toEqual({
          kind: "number",
          value: new Dec(text).isZero() ? "0" : new Dec(text).toFixed(),
          plain: true,
        });
      }),
    );
  });
});
