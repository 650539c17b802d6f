/**
 * The futures window's codec (`fwin`): what formatWindow writes, readWindow reads back to the same
 * window; a page that cannot read one uses the default, the four years before the start date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_WINDOW, formatWindow, readWindow, windowOrDefault } from "../../../lib/open/page";

describe("the futures window's codec", () => {
  it("reads back every window it writes (a property)", () => {
    // days of 2013 … 2020, well inside the recorded tables
    const day = fc.integer({ min: 0, max: 2900 }).map((d) => new Date(Date.UTC(2013, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const span = fc
      .tuple(day, day)
      .filter(([a, b]) => a < b)
      .map(([from, to]) => ({ kind: "span" as const, from, to }));
    const window = fc.oneof(fc.constant({ kind: "before" as const }), fc.constant({ kind: "all" as const }), span);
    fc.assert(
      fc.property(window, (w) => {
        expect(readWindow(formatWindow(w))).toEqual(w);
      }),
    );
  });

  it("falls back to the four years before the start date when there is no window to read", () => {
    expect(windowOrDefault(undefined)).toEqual(DEFAULT_WINDOW);
    expect(windowOrDefault("4y")).toEqual({ kind: "before" });
    expect(windowOrDefault("2014-01-01..2017-12-31")).toEqual({ kind: "span", from: "2014-01-01", to: "2017-12-31" });
  });
});
