import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GET } from "../../app/api/payback/route";
import { parseQuery, resultJson, simulate } from "../../lib/server";
import { SALESPERSON_S9_HOSTED } from "../support/scenarios";

async function get(query: string) {
  const res = await GET(new Request(`http://localhost/api/payback?${query}`));
  return { status: res.status, body: await res.json() };
}

describe("GET /api/payback", () => {
  it("answers 200 with the same object as the command line's --json", async () => {
    // the hosted S9 on the salesperson's figures, the scenario the crossover below was pinned on
    const query = SALESPERSON_S9_HOSTED;
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error("preset refused");
    const { status, body } = await get(query);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(resultJson(simulate(parsed.scenario)))));
    expect(body.crossoverElectricityPrice).toBe("1.202337");
  });

  it("replays history with hist=1 and says which days were recorded", async () => {
    const { status, body } = await get("v=1&preset=s9-2018-huaqiangbei&hist=1");
    expect(status).toBe(200);
    // 1095 days from 2018-01-15 end on 2021-01-13, inside the fee table (to 2025-05-01): every day's fees recorded
    expect(body.history).toEqual({ from: "2018-01-15", to: "2021-01-13", fees: { from: "2018-01-15", to: "2021-01-13" } });
    expect(body.scenario.useHistory).toBe(true);
    expect(body.scenario.difficulty).toBe("2172089832110.73");
    expect(body.self.breakEvenDay).toBeNull();
  });

  it("answers 400 naming date and the covered span for a replay outside the tables", async () => {
    const { status, body } = await get("v=1&preset=s21&hist=1&date=2030-01-01");
    expect(status).toBe(400);
    expect(body.issues[0].key).toBe("date");
    expect(body.issues[0].message).toContain("2012-12-28 to 2026-02-07");
  });

  it("answers 400, never 500, to hostile queries", async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 120, unit: "binary" }),
      fc
        .array(
          fc.tuple(fc.constantFrom("n", "price", "diff", "days", "hist", "date", "__proto__", "v", "mode"), fc.string({ maxLength: 12 })),
          { maxLength: 6 },
        )
        .map((pairs) => ["v=1&preset=s21", ...pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join("&")),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (q) => {
        const res = await GET(new Request(`http://localhost/api/payback?${encodeURI(q).replace(/#/g, "%23")}`));
        expect([200, 400]).toContain(res.status);
        const body = JSON.parse(await res.text());
        // a refusal quotes the value refused, and a warning the key or value it names: "NaN" and
        // "Infinity" there are what was sent (price=NaN is refused as 'price = "NaN" is not
        // allowed'). Everything else of the answer, every figure of a 200 and a 400's own words, is
        // the API's, and never NaN or Infinity
        if (res.status === 400) {
          expect(body.issues.length).toBeGreaterThan(0);
          for (const issue of body.issues) expect(typeof issue.key === "string" && typeof issue.message === "string").toBe(true);
        }
        expect(JSON.stringify({ ...body, issues: undefined, warnings: undefined })).not.toMatch(/NaN|Infinity/);
      }),
      {
        numRuns: 1000,
        seed: 11,
        // values a client may well send, each refused with the value quoted (found by reading the
        // refusals: the old check of the whole text failed on each)
        examples: [
          ["v=1&preset=s21&price=NaN"],
          ["v=1&preset=s21&n=Infinity"],
          ["v=1&preset=s21&mode=NaN&days=Infinity"],
          // an unknown key is answered 200 with a warning that names it
          ["v=1&preset=s21&NaN=1"],
        ],
      },
    );
  }, 60_000);
});
