/**
 * The difficulty in the units miners write it (issue 15, part 5): one pure parser, and every door
 * (URL, API, command line) reading it through the scenario schema.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIELDS, parseQuery } from "../../../lib/server";
import { parseDifficulty } from "../../../lib/scenario/units";
import { GET } from "../../../app/api/payback/route";
import { runPayback } from "../../../scripts/cli";

const S21 = "v=1&preset=s21";

describe("parseDifficulty", () => {
  it("reads the notations miners write, all as 126 × 10^12", () => {
    for (const text of ["126T", "126 T", "126t", "1.26e14", "1.26E14", "126000000000000", "126000 G", "0.126P", "126000000M", " 126T "]) {
      expect(parseDifficulty(text), text).toBe("126000000000000");
    }
  });

  it("keeps the digits of a prefixed decimal exactly: 141.668107417558 T", () => {
    // 141.668107417558 × 10^12 = 141,668,107,417,558
    expect(parseDifficulty("141.668107417558 T")).toBe("141668107417558");
    // 2.6 × 10^12, the 2018 notation
    expect(parseDifficulty("2.6e12")).toBe("2600000000000");
    expect(parseDifficulty("125.86k")).toBe("125860");
  });

  it("refuses what is not a difficulty (the bounds are the schema's)", () => {
    for (const text of [
      "",
      "T",
      "126 TH",
      "126  T",
      "126TT",
      "126E",
      "126 x",
      "abc",
      "1,26e14",
      "126T5",
      "NaN",
      "Infinity",
      "1".repeat(70),
    ]) {
      expect(parseDifficulty(text), text).toBeNull();
    }
  });

  it("gives the same as the plain number for any value and prefix", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(["k", 3], ["M", 6], ["G", 9], ["T", 12], ["P", 15]),
        (n, places, [p, power]) => {
          const text = (n / 10 ** places).toFixed(places);
          const plain = parseDifficulty(`${text}e${power}`);
          expect(parseDifficulty(`${text}${p}`)).toBe(plain);
          expect(parseDifficulty(`${text} ${p}`)).toBe(plain);
        },
      ),
    );
  });
});

describe("diff=126T through every door", () => {
  it("the share link: diff=126T, 126 T, 1.26e14 and 126000000000000 open the same scenario", () => {
    const scenarios = ["126T", "126%20T", "126+T", "1.26e14", "126000000000000"].map((v) => parseQuery(`${S21}&diff=${v}`));
    for (const s of scenarios) expect(s.ok && s.scenario.difficulty).toBe("126000000000000");
  });

  it("refuses a bad prefixed value by its key, naming what is allowed", () => {
    const bad = parseQuery(`${S21}&diff=126X`);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]).toEqual({ key: "diff", message: `diff = "126X" is not allowed: must be ${FIELDS.difficulty.allowed}` });
    // above the bound of 1e21: 2000000 P = 2e21
    expect(parseQuery(`${S21}&diff=2000000P`).ok).toBe(false);
  });

  it("the API answers diff=126T with the figures of diff=126000000000000", async () => {
    const a = await (await GET(new Request(`http://localhost/api/payback?${S21}&diff=126T`))).json();
    const b = await (await GET(new Request(`http://localhost/api/payback?${S21}&diff=126000000000000`))).json();
    expect(a.scenario.difficulty).toBe("126000000000000");
    expect(a).toEqual(b);
  });

  it("the command line reads diff=126 T", () => {
    const out = runPayback([`${S21}&diff=126 T`, "--json"]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).scenario.difficulty).toBe("126000000000000");
  });
});
