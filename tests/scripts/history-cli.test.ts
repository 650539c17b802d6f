import { describe, expect, it } from "vitest";
import { runPayback } from "../../scripts/cli";

describe("the command line with hist=1", () => {
  it("prints the recorded span and the replayed answer", () => {
    const out = runPayback(["v=1&preset=s9-2018-replay"]);
    expect(out.code).toBe(0);
    // the replay preset runs 1447 days, 2018-01-15 … 2021-12-31 (2018-01-15 + 1446 days), all inside the
    // fee table (to 2025-05-01), so every day's fees are recorded too
    expect(out.stdout).toContain(
      "History: recorded difficulty, price and block dates from 2018-01-15 to 2021-12-31, recorded fees from 2018-01-15 to 2021-12-31;",
    );
    expect(out.stdout).toContain("does not pay back within 1447 days");
  });

  it("adds history to --json", () => {
    const out = runPayback(["v=1&preset=s9-2018-factory-replay", "--json"]);
    const json = JSON.parse(out.stdout);
    expect(json.history).toEqual({ from: "2018-01-15", to: "2021-12-31", fees: { from: "2018-01-15", to: "2021-12-31" } });
    expect(json.self.breakEvenDay).not.toBeNull();
  });

  it("exits 2 naming date when the start is outside the tables", () => {
    const out = runPayback(["v=1&preset=s21&hist=1&date=2027-03-01"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('date: date = "2027-03-01" is outside the history tables');
  });
});
