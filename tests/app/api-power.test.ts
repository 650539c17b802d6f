/**
 * The power keys of issue 16 through the API and the command line: the same scenario door, the same
 * answer, the same refusals by name.
 */
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/payback/route";
import { runPayback } from "../../scripts/cli";

async function get(query: string) {
  const res = await GET(new Request(`http://localhost/api/payback?${query}`));
  return { status: res.status, body: await res.json() };
}

const WET_DRY = "0.45,0.45,0.45,0.45,0.3,0.3,0.3,0.3,0.3,0.3,0.45,0.45";

describe("the power keys through the API and the command line", () => {
  it("gives the same answer through both doors, with the crossover's warning and the power figures", async () => {
    const query = `v=1&preset=s9-2018-hosted&kwhm=${WET_DRY}&kwhp=0.6&peak=18-22&out=2018-06-01_2018-06-10_50&hdep=1&hmin=48&hexit=100`;
    const { status, body } = await get(query);
    expect(status).toBe(200);
    const cli = runPayback([query, "--json"]);
    expect(cli.code).toBe(0);
    expect(body).toEqual(JSON.parse(cli.stdout));
    expect(body.scenario.electricityPriceByMonth).toBe(WET_DRY);
    expect(body.scenario.peakHours).toBe("18-22");
    expect(body.warnings.join(" ")).toMatch(/crossoverElectricityPrice is the amount added to every month's self-run price/);
    expect(body.self.power).toMatchObject({ daysOutage: 10, outageCost: "50.00" });
    // 3 years = 1095 days < 48 × 30.4375 = 1461: the exit fee is paid; the deposit is a month of ¥1,162 plus ¥0 power
    expect(body.hosted.power).toMatchObject({ exitFee: "100.00", deposit: "1162.00" });
    expect(runPayback([query]).stdout).not.toMatch(/NaN|undefined/);
  });

  it("takes a weekday-only peak through both doors, dearer than no peak and cheaper than a peak every day", async () => {
    const base = "v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=16-21";
    const weekdays = await get(`${base}&peakdays=weekdays`);
    expect(weekdays.status).toBe(200);
    const cli = runPayback([`${base}&peakdays=weekdays`, "--json"]);
    expect(cli.code).toBe(0);
    expect(weekdays.body).toEqual(JSON.parse(cli.stdout));
    expect(weekdays.body.scenario.peakDays).toBe("weekdays");
    const every = (await get(base)).body;
    const none = (await get("v=1&preset=s9-2018-huaqiangbei")).body;
    // ¥0.6 for 5 of 24 hours on 5 days of 7 lies between ¥0.35 all week and ¥0.6 for those hours every day
    const cost = (b: { self: { totalEnergyCost: string } }) => Number(b.self.totalEnergyCost);
    expect(cost(weekdays.body)).toBeGreaterThan(cost(none));
    expect(cost(weekdays.body)).toBeLessThan(cost(every));
  });

  it("refuses peakdays without peak hours through both doors, naming the key", async () => {
    const query = "v=1&preset=s9-2018-huaqiangbei&peakdays=weekdays";
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ key: "peakdays", message: expect.stringMatching(/^peakdays = weekdays is allowed only with peak/) }]);
    const cli = runPayback([query]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/peakdays = weekdays is allowed only with peak/);
  });

  it("refuses a bad power key by name through both doors, exit 2 and 400", async () => {
    const query = "v=1&preset=s9-2018-huaqiangbei&kwhp=0.6&peak=8-12,11-14";
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.issues).toEqual([
      { key: "peak", message: expect.stringMatching(/^peak = "8-12,11-14" is not allowed: .*overlaps another span at hour 11/) },
    ]);
    const cli = runPayback([query]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/peak = "8-12,11-14" is not allowed/);
  });
});
