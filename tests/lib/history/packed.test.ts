import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { packDays, unpackDays } from "../../../lib/history/packed";
import { isoDate } from "../../../lib/core/dates";
import { difficultyPoints } from "../../../lib/history/tables";

/** Ascending dates from a first day and positive gaps, with decimal texts as values. */
const points = fc
  .tuple(
    fc.integer({ min: 0, max: 30000 }),
    fc.array(fc.tuple(fc.constantFrom(1, 4, 4, 4, 7, 14), fc.stringMatching(/^(0|[1-9]\d{0,12})(\.\d{1,16})?$/)), { maxLength: 60 }),
  )
  .map(([first, steps]) => {
    let day = first;
    return steps.map(([gap, value], i): readonly [string, string] => {
      if (i > 0) day += gap;
      return [isoDate(day), value];
    });
  });

describe("packDays / unpackDays", () => {
  it("gives every table back exactly", () => {
    fc.assert(
      fc.property(points, (p) => {
        expect(unpackDays(packDays(p))).toEqual(p);
      }),
    );
  });

  it("stores a 4-day table with one 7-day gap as two runs", () => {
    // 2018-01-01 + 4 = 01-05, + 4 = 01-09, then + 7 = 01-16, + 4 = 01-20
    const p = [
      ["2018-01-01", "1"],
      ["2018-01-05", "2.5"],
      ["2018-01-09", "3"],
      ["2018-01-16", "4"],
      ["2018-01-20", "5"],
    ] as const;
    expect(packDays(p)).toEqual({
      runs: [
        ["2018-01-01", 4, 3],
        ["2018-01-16", 4, 2],
      ],
      values: ["1,2.5,3,4,5"],
    });
    expect(unpackDays(packDays(p))).toEqual(p);
  });

  it("refuses a table whose dates and values do not match in number", () => {
    expect(() => unpackDays({ runs: [["2018-01-01", 4, 3]], values: ["1,2"] })).toThrow(/3 dates and 2 values/);
  });

  it("unpacks the generated difficulty table to the recorded points", () => {
    // first and last rows of ../shared/data/btc-difficulty-price.csv as centred in data/history-table.ts
    expect(difficultyPoints()[0]).toEqual(["2012-12-28", "3091220.95474943"]);
    expect(difficultyPoints()).toHaveLength(1199);
  });
});
