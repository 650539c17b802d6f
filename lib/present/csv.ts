/**
 * The daily schedule as CSV: one header line per scenario field ("# key=value"), then a row a day.
 */
import type { Simulation, DaySide, SideName } from "../engine/simulate";
import { policyDays, type PolicyDay } from "../engine/money";
import type { Dec } from "../core/decimal";
import { serializeScenario } from "../open/query";
import { figure } from "./format";

const SIDE_COLUMNS = ["btc", "revenue", "energy_cost", "fixed_cost", "profit", "position", "running"] as const;

function sideCells(side: DaySide | undefined): string[] {
  if (!side) return [];
  return [
    figure(side.btc, "btc"),
    figure(side.revenue, "money"),
    figure(side.energyCost, "money"),
    figure(side.fixedCost, "money"),
    figure(side.profit, "money"),
    figure(side.position, "money"),
    side.running ? "1" : "0",
  ];
}

/** Issue 16's columns, after every other (an extension: the first columns keep their places). */
const POWER_COLUMNS = ["price_kwh", "hours_run", "energy_kwh", "credit", "one_off", "outage"] as const;

/** A scenario that sets any power key of issue 16 (prices by the month, peak hours, outages, demand response, hosting terms). */
function hasPowerTerms(s: Simulation["scenario"]): boolean {
  return (
    s.electricityPriceByMonth !== undefined ||
    s.hostingPriceByMonth !== undefined ||
    s.peakHours !== undefined ||
    (s.outages !== undefined && s.outages !== "") ||
    s.demandResponseHours !== "0" ||
    s.hostedDemandResponseHours !== "0" ||
    s.hostingMinimumMonths !== 0 ||
    s.hostingEscalationPctPerYear !== "0" ||
    s.hostingDepositMonths !== "0" ||
    s.hostingUptimePct !== undefined
  );
}

function powerCells(side: DaySide | undefined): string[] {
  if (!side) return POWER_COLUMNS.map(() => "");
  return [
    figure(side.pricePerKwh, "pricePerKwh"),
    side.hoursRun.toDecimalPlaces(4).toFixed(),
    side.energyKwh.toDecimalPlaces(3).toFixed(),
    figure(side.credit, "money"),
    figure(side.oneOff, "money"),
    side.outage ? "1" : "0",
  ];
}

function policyColumns(sim: Simulation, side: SideName): { side: SideName; days: PolicyDay[] } {
  const summary = sim[side];
  const days: { btcPrice: Dec; side: DaySide }[] = [];
  for (const row of sim.schedule ?? []) {
    const d = row[side];
    if (d) days.push({ btcPrice: row.btcPrice, side: d });
  }
  if (!summary) return { side, days: [] };
  return { side, days: policyDays({ days, capex: summary.capex, policy: sim.scenario.coinPolicy, loan: summary.loan }) };
}

/** The schedule as a table: the CSV's column names (day, date, …, self_revenue, …) and a row of cells a day. */
export function scheduleTable(sim: Simulation): { header: string[]; rows: string[][] } {
  const s = sim.scenario;
  const schedule = sim.schedule ?? [];
  const sides = (["self", "hosted"] as const).filter((name) => sim[name] !== undefined);
  const header = ["day", "date", "height", "subsidy_btc", "difficulty", "btc_price"];
  for (const side of sides) for (const c of SIDE_COLUMNS) header.push(`${side}_${c}`);
  // a coin policy other than daily, or a loan (spec §8): each side's held BTC and that policy's position
  const money = s.coinPolicy !== "daily" || s.loanPct !== "0" ? sides.map((side) => policyColumns(sim, side)) : [];
  for (const m of money) header.push(`${m.side}_held_btc`, `${m.side}_policy_position`);
  // issue 16: with power terms, each side's price, hours run, energy, credit, one-offs and outage days
  const power = hasPowerTerms(s) ? sides : [];
  for (const side of power) for (const c of POWER_COLUMNS) header.push(`${side}_${c}`);
  const rows: string[][] = [];
  for (const [i, row] of schedule.entries()) {
    const cells = [
      String(row.day + 1),
      row.date,
      String(row.height),
      figure(row.subsidyBtc, "btc"),
      row.difficulty.toFixed(0),
      figure(row.btcPrice, "money"),
    ];
    for (const side of sides) cells.push(...sideCells(row[side]));
    for (const m of money) {
      const day = m.days[i];
      cells.push(day ? figure(day.held, "btc") : "", day ? figure(day.position, "money") : "");
    }
    for (const side of power) cells.push(...powerCells(row[side]));
    rows.push(cells);
  }
  return { header, rows };
}

/** CSV of a simulation run with `{ schedule: true }`: the command line's, in English, the scenario in "#" lines. */
export function scheduleCsv(sim: Simulation): string {
  const s = sim.scenario;
  const { header, rows } = scheduleTable(sim);
  const lines: string[] = [`# Rig Payback daily schedule, currency ${s.currency}`, `# scenario: ?${serializeScenario(s)}`];
  lines.push(header.join(","));
  for (const cells of rows) lines.push(cells.join(","));
  return `${lines.join("\n")}\n`;
}
