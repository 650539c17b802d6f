/**
 * Hostile input: random and malicious queries thrown at each door — the URL codec with the engine,
 * the command line's logic and the JSON API's handler. Nothing may throw, the API never answers
 * 500, no NaN or Infinity may come out, and each door accepts exactly what the codec accepts.
 *
 * The codec is what reads the hostile text, so it takes 10,000 queries. Those open only some
 * 600 distinct scenarios (most fall back to the default preset), and the engine is a pure function
 * of the scenario, so each distinct scenario is run once. The command line and the API add their
 * own argument handling and printing over the same codec: 2,000 queries each, every one checked
 * against the codec's own verdict.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  FIELDS,
  FIELD_NAMES,
  MAX_QUERY_LENGTH,
  parseQuery,
  parseQueryLenient,
  resultJson,
  simulate,
  DEFAULT_PRESET_ID,
  type Scenario,
  type Simulation,
} from "../../lib/server";
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

/** The engine once per distinct scenario: the same scenario always gives the same simulation. */
const simulations = new Map<string, Simulation>();
function simulateOnce(scenario: Scenario): Simulation {
  const key = JSON.stringify(scenario);
  let sim = simulations.get(key);
  if (!sim) simulations.set(key, (sim = simulate(scenario)));
  return sim;
}

describe("hostile queries", () => {
  // about 3 s on an idle core
  it("never crash the codec or the engine, and never yield NaN or Infinity (10,000 queries)", { timeout: 60_000 }, () => {
    let valid = 0;
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const parsed = parseQuery(query);
        // the page's door always opens, on a valid scenario
        const lenient = parseQueryLenient(query, DEFAULT_PRESET_ID);
        if (parsed.ok) {
          valid++;
          // and on exactly the scenario the strict door accepts, with nothing refused
          expect(lenient.scenario).toEqual(parsed.scenario);
          expect(lenient.issues).toEqual([]);
          expect(clean(JSON.stringify(resultJson(simulateOnce(parsed.scenario), parsed.warnings)))).toBe(true);
        } else {
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) {
            expect(issue.key.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          expect(clean(JSON.stringify(resultJson(simulateOnce(lenient.scenario))))).toBe(true);
        }
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
      }),
      { numRuns: 10_000, seed: 20260207 },
    );
    expect(valid).toBeGreaterThan(100);
    // the queries reach many scenarios, not only the default preset
    expect(simulations.size).toBeGreaterThan(100);
  });

  // about 2 s on an idle core: a CSV of a ten-year compare run is the dearest answer
  it("never crash the command line, which answers 0 exactly when the codec accepts, else 2 with a message", { timeout: 60_000 }, () => {
    let answered = 0;
    fc.assert(
      fc.property(hostileQuery, fc.constantFrom([], ["--json"], ["--csv"], ["--bogus"]), (query, flags) => {
        const out = runPayback([query, ...flags]);
        // a query that looks like an option is read as one, and refused
        const parsed = query.startsWith("--") || flags[0] === "--bogus" ? null : parseQuery(query);
        if (!parsed?.ok) {
          expect(out.code).toBe(2);
          expect(out.stderr).toMatch(/^payback: /m);
          return;
        }
        answered++;
        expect(out.code).toBe(0);
        expect(clean(out.stdout)).toBe(true);
        // exactly the result object, the engine's run of the scenario the codec read
        if (flags[0] === "--json") {
          expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(resultJson(simulateOnce(parsed.scenario), parsed.warnings))));
        }
        // two comment lines, the header and a row a day, to the last day
        if (flags[0] === "--csv") expect(out.stdout.trimEnd().split("\n")).toHaveLength(3 + parsed.scenario.horizonDays);
      }),
      { numRuns: 2_000, seed: 7 },
    );
    expect(answered).toBeGreaterThan(50);
  });

  // about 1 s on an idle core
  it(
    "never make the API answer anything but 200 (exactly when the codec accepts) or 400 with a JSON body",
    { timeout: 60_000 },
    async () => {
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(hostileQuery, async (query) => {
          // as a client would send it: the query part of a URL, percent-encoded where it must be
          const q = query.replace(/^.*?\?/, "").replace(/#.*$/, "");
          const url = `http://localhost/api/payback?${encodeURI(q).replace(/#/g, "%23")}`;
          const res = await GET(new Request(url));
          // what the handler reads: the URL's query, as the codec would read it
          const read = new URL(url).search.slice(1);
          const accepted = read.length <= MAX_QUERY_LENGTH && parseQuery(read).ok;
          expect(res.status).toBe(accepted ? 200 : 400);
          const body = JSON.parse(await res.text());
          if (res.status === 400) {
            // the refusals quote what was sent ("NaN" may be the value refused): each names a key
            expect(body.issues.length).toBeGreaterThan(0);
            for (const issue of body.issues) expect(typeof issue.key === "string" && typeof issue.message === "string").toBe(true);
          } else {
            answered++;
            // every computed figure is a finite number or a decimal string
            expect(clean(JSON.stringify({ ...body, warnings: undefined }))).toBe(true);
          }
        }),
        { numRuns: 2_000, seed: 13 },
      );
      expect(answered).toBeGreaterThan(50);
    },
  );
});
