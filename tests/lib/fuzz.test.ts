/**
 * Hostile input: 10,000 random and malicious queries thrown at each door — the URL codec with the
 * engine, the command line's logic and the JSON API's handler. Nothing may throw, the API never
 * answers 500, and no NaN or Infinity may come out.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIELDS, FIELD_NAMES, parseQuery, parseQueryLenient, resultJson, simulate, DEFAULT_PRESET_ID } from "../../lib/index";
import { runPayback } from "../../scripts/cli";
import { GET } from "../../app/api/payback/route";

const HOSTILE_VALUES = [
  "",
  " ",
  "-",
  ".",
  "e",
  "1e",
  "1e999",
  "-1e999",
  "1e-999",
  "9".repeat(80),
  "0".repeat(70) + "1",
  "-0",
  "+5",
  "0x10",
  "0b1",
  "1_000",
  "1,5",
  "NaN",
  "Infinity",
  "-Infinity",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "toString",
  "%00",
  "%E0%A4%A",
  "\u0000",
  "١٢٣",
  "１２",
  "💥",
  "1e21",
  "1e22",
  "3650",
  "3651",
  "100000",
  "100001",
  "2018-02-30",
  "2018-1-5",
  "9999-12-31",
  "2009-01-03",
  "self",
  "hosted",
  "compare",
  "CNY",
  "USD",
  "cny",
  "1",
  "0",
  "2",
  "-50",
  "-51",
  "1000",
  "1001",
  "0.000000001",
];

const keys = [...FIELD_NAMES.map((f) => FIELDS[f].key), "v", "__proto__", "constructor", "prototype", "hist", "x", ""];

const hostileQuery = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...HOSTILE_VALUES)), { maxLength: 12 })
      .map((pairs) => ["v=1", `preset=${DEFAULT_PRESET_ID}`, ...pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join("&")),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&")),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: "binary" }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "?",
      "&&&",
      "=",
      "v=1&v=1",
      "https://x.example/?v=1&preset=s21#frag",
      "/?v=1&preset=s21&price=1&price=2",
      `v=1&preset=s21&price=${"9".repeat(5000)}`,
      "?".repeat(5000),
      "v=2",
      "preset=__proto__",
      "preset=toString",
      "v=1&preset=s21&days=3650&mode=compare&dg=100&bg=1000&kwh=-1000&hkwh=1000",
      "v=1&preset=s21&days=3650&mode=compare&dg=-50&bg=-100&up=0",
    ),
  },
);

function clean(text: string): boolean {
  return !/NaN|Infinity/.test(text);
}

describe("hostile queries", () => {
  it("never crash the codec or the engine, and never yield NaN or Infinity (10,000 queries)", () => {
    let valid = 0;
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const parsed = parseQuery(query);
        if (parsed.ok) {
          valid++;
          const json = JSON.stringify(resultJson(simulate(parsed.scenario), parsed.warnings));
          expect(clean(json)).toBe(true);
        } else {
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) {
            expect(issue.key.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
        // the page's door always opens, on a valid scenario
        const lenient = parseQueryLenient(query, DEFAULT_PRESET_ID);
        expect(clean(JSON.stringify(resultJson(simulate(lenient.scenario))))).toBe(true);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
      }),
      { numRuns: 10_000, seed: 20260207 },
    );
    expect(valid).toBeGreaterThan(100);
  }, 120_000);

  it("never crash the command line, which answers 0 or 2 with a message (10,000 queries)", () => {
    fc.assert(
      fc.property(hostileQuery, fc.constantFrom([], ["--json"], ["--csv"], ["--bogus"]), (query, flags) => {
        const out = runPayback([query, ...flags]);
        expect([0, 2]).toContain(out.code);
        if (out.code === 2) expect(out.stderr).toMatch(/^payback: /m);
        else expect(clean(out.stdout)).toBe(true);
      }),
      { numRuns: 10_000, seed: 7 },
    );
  }, 120_000);

  it("never make the API answer anything but 200 or 400 with a JSON body (10,000 queries)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        // as a client would send it: the query part of a URL, percent-encoded where it must be
        const q = query.replace(/^.*?\?/, "").replace(/#.*$/, "");
        const res = GET(new Request(`http://localhost/api/payback?${encodeURI(q).replace(/#/g, "%23")}`));
        expect([200, 400]).toContain(res.status);
        const body = JSON.parse(await res.text());
        if (res.status === 400) {
          // the refusals quote what was sent ("NaN" may be the value refused): each names a key
          expect(body.issues.length).toBeGreaterThan(0);
          for (const issue of body.issues) expect(typeof issue.key === "string" && typeof issue.message === "string").toBe(true);
        } else {
          // every computed figure is a finite number or a decimal string
          expect(clean(JSON.stringify({ ...body, warnings: undefined }))).toBe(true);
        }
      }),
      { numRuns: 10_000, seed: 13 },
    );
  }, 120_000);
});
