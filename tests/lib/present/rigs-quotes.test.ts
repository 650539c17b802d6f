/**
 * The prices typed in /rigs's rows kept in its address (`quotes=<rig id>:<amount>,…`): written and read
 * back without touching the link's other keys, read as a typed price is, and each quoted row worked out
 * exactly as the row is when its price is typed (and as the calculator works out the row's link).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_PRESET_ID,
  NETWORK_SNAPSHOT,
  parseQuery,
  parseRankingLenient,
  quotedRows,
  quotesIn,
  readQuotes,
  resultJson,
  rigRowAtPrice,
  rigsJson,
  rigsPageView,
  simulate,
  withQuote,
} from "../../../lib/server";

const BASE = "v=1&preset=s21&cur=CNY&kwh=0.3&date=2024-06-01&btc=480000&diff=83000000000000&cap=500";

function opened(query: string) {
  return parseRankingLenient(query, DEFAULT_PRESET_ID, NETWORK_SNAPSHOT);
}

describe("the address keeps the prices typed in the rows", () => {
  it("writes one rig's quote, replaces it, and takes it out, the other keys in place", () => {
    const one = withQuote(BASE, "s19-xp", "15000");
    expect(one).toBe(`${BASE}&quotes=s19-xp:15000`);
    const two = withQuote(one, "s21", "20610");
    expect(two).toBe(`${BASE}&quotes=s19-xp:15000,s21:20610`);
    // a new price for the same rig replaces its quote
    expect(withQuote(two, "s19-xp", "14000")).toBe(`${BASE}&quotes=s21:20610,s19-xp:14000`);
    // an emptied box takes its quote out; the last one out takes the key out
    expect(withQuote(withQuote(two, "s19-xp", null), "s21", null)).toBe(BASE);
  });

  it("reads back what it writes, for any rigs and amounts, whatever else the link says", () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const amount = fc.stringMatching(/^[0-9]{1,9}(\.[0-9]{1,2})?$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, amount), { selector: (q) => q[0], maxLength: 8 }), (quotes) => {
        let query = BASE;
        for (const [rigId, a] of quotes) query = withQuote(query, rigId, a);
        expect(quotesIn(query)).toEqual(quotes.map(([rigId, a]) => ({ rigId, amount: a })));
        // the calculator's and the ranking's own keys are untouched
        const params = new URLSearchParams(query);
        params.delete("quotes");
        expect(params.toString()).toBe(new URLSearchParams(BASE).toString());
      }),
      { numRuns: 300 },
    );
  });

  it("is not a key the calculator warns about", () => {
    const read = parseQuery(`${BASE}&quotes=s21:20000`, NETWORK_SNAPSHOT);
    expect(read.ok && read.warnings.filter((w) => w.includes("quotes"))).toEqual([]);
  });
});

describe("a quoted row is the row at that price", () => {
  it("reads each quote as a typed price and leaves out what it cannot read, saying why", () => {
    const listed = new Set(["s21", "s19-xp"]);
    const read = readQuotes(quotesIn("quotes=s21:20000,s19-xp:abc,s9:3000,s21:1"), "CNY", listed);
    expect([...read.amounts]).toEqual([["s21", "20000"]]);
    // s19-xp's price does not read; s9 is not in the ranking; s21 is quoted twice (the first stays)
    expect(read.left).toEqual([
      { rigId: "s19-xp", why: "price" },
      { rigId: "s9", why: "rig" },
      { rigId: "s21", why: "rig" },
    ]);
  });

  it("works the row out as a price typed in it, equal to the calculator on the row's link", () => {
    const query = `${BASE}&quotes=s19-xp:15000`;
    const o = opened(query);
    const view = rigsPageView(o.scenario, "en", { own: o.own, goal: o.goal, network: o.network });
    const listed = new Map(view.rows.map((r) => [r.id, r.name]));
    const quoted = quotedRows(o.scenario, quotesIn(query), listed, "en", o.goal);
    expect(quoted.refused).toEqual([]);
    expect(quoted.rows.map((q) => [q.rigId, q.typed])).toEqual([["s19-xp", "15000"]]);
    const row = quoted.rows[0]!.row;
    expect(row).toEqual(rigRowAtPrice(o.scenario, { rigId: "s19-xp", amount: "15000", goal: o.goal }, "en"));
    // the row's link carries the quoted price, and the calculator's net profit on it is the row's
    expect(new URLSearchParams(row.href.slice(2)).get("price")).toBe("15000");
    const calc = parseQuery(row.href.slice(2), NETWORK_SNAPSHOT);
    if (!calc.ok) throw new Error(JSON.stringify(calc.issues));
    const self = resultJson(simulate(calc.scenario)).self;
    expect(row.sides.self?.netProfit.sort).toBe(self?.netProfit);
  });

  it("says in the reader's words which quote was left out, and keeps the rest", () => {
    const query = `${BASE}&quotes=s19-xp:abc,nope:5`;
    const o = opened(query);
    const view = rigsPageView(o.scenario, "zh", { own: o.own, goal: o.goal, network: o.network });
    const listed = new Map(view.rows.map((r) => [r.id, r.name]));
    const quoted = quotedRows(o.scenario, quotesIn(query), listed, "zh", o.goal);
    expect(quoted.rows).toEqual([]);
    expect(quoted.refused).toHaveLength(2);
    expect(quoted.refused[0]).toContain(listed.get("s19-xp"));
    expect(quoted.refused.join(" ")).not.toMatch(/quotes|s19-xp|nope/);
  });

  it("ranks a quoted rig at its quote in the API's answer, the other rigs as before", () => {
    const o = opened(BASE);
    const plain = rigsJson(o.scenario, [], { own: o.own, goal: o.goal });
    const quoted = rigsJson(o.scenario, [], { own: o.own, goal: o.goal }, new Map([["s19-xp", "15000"]]));
    expect(quoted.rigs.map((r) => r.id)).toEqual(plain.rigs.map((r) => r.id));
    for (const [i, r] of quoted.rigs.entries()) {
      if (r.id === "s19-xp") {
        // the API writes money with two places
        expect(r.price?.amount).toBe("15000.00");
        // the same price typed in the row gives the same net profit
        const row = rigRowAtPrice(o.scenario, { rigId: "s19-xp", amount: "15000", goal: o.goal }, "en");
        expect(r.self?.netProfit).toBe(row?.sides.self?.netProfit.sort);
      } else expect(r).toEqual(plain.rigs[i]);
    }
  });
});
