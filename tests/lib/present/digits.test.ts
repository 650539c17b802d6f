import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { enLongDate, enPlaces, enSignificant } from "../../../lib/present/digits";

// The outside answer: the locale data these functions stand in for (Node carries the full set).
const intlPlaces = (n: number, min: number, max: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max }).format(n);
const intlSignificant = (n: number, count: number) =>
  new Intl.NumberFormat("en-US", { minimumSignificantDigits: count, maximumSignificantDigits: count }).format(n);

/** Numbers of every size a page writes out (below 10^15 it writes digits; tables keep every digit above). */
const anyNumber = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ min: -1e22, max: 1e22, noNaN: true }),
  // amounts as typed: cents and half-cents, the ties a rounding rule shows
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((c) => c / 1000),
  fc.integer({ min: -100_000, max: 100_000 }).map((c) => c / 8),
  fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 0.125, 0.135, 9.995, 99.995, 999.9996, 1e21, 1.5e-7),
);

describe("numbers written as en-US writes them", () => {
  it("matches Intl.NumberFormat with fixed places and with at most so many places", () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 0, max: 8 }), fc.boolean(), (n, places, exact) => {
        const min = exact ? places : 0;
        expect(enPlaces(n, min, places)).toBe(intlPlaces(n, min, places));
      }),
      { numRuns: 5000 },
    );
  });

  it("matches Intl.NumberFormat with four significant digits", () => {
    fc.assert(
      fc.property(anyNumber, fc.integer({ min: 1, max: 8 }), (n, count) => {
        expect(enSignificant(n, count)).toBe(intlSignificant(n, count));
      }),
      { numRuns: 5000 },
    );
  });

  it("rounds the number's shortest decimal half away from zero, as a reader does", () => {
    // 1.005 is stored as 1.00499999999999989…; written it is 1.005, and a reader rounds that to 1.01
    expect(enPlaces(1.005, 2, 2)).toBe("1.01");
    expect(enPlaces(2.5, 0, 0)).toBe("3");
    expect(enPlaces(-2.5, 0, 0)).toBe("-3");
    // 999.9996 to three places carries into a new digit: 1,000.000
    expect(enPlaces(999.9996, 3, 3)).toBe("1,000.000");
    expect(enPlaces(1234567.891, 0, 2)).toBe("1,234,567.89");
    // a negative amount that rounds to nothing keeps its minus, as Intl does (callers drop it)
    expect(enPlaces(-0.001, 2, 2)).toBe("-0.00");
    // 10^21, past what toFixed writes out, in full
    expect(enPlaces(1e21, 0, 2)).toBe("1,000,000,000,000,000,000,000");
    // 0.000012345 to four significant digits: 0.00001235; 9.9996 carries to 10.00
    expect(enSignificant(0.000012345, 4)).toBe("0.00001235");
    expect(enSignificant(9.9996, 4)).toBe("10.00");
    expect(enSignificant(123456789, 4)).toBe("123,500,000");
  });

  it("writes the long date as en-GB does", () => {
    expect(enLongDate(2018, 9, 16)).toBe("16 September 2018");
    fc.assert(
      fc.property(fc.date({ min: new Date("2009-01-03T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const intl = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
        expect(enLongDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(intl);
      }),
      { numRuns: 500 },
    );
  });
});
