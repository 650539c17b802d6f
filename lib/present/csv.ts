/**
 * The daily schedule as CSV: one header line per scenario field ("# key=value"), then a row a day.
 */
import type { Simulation, DaySide } from "../engine/simulate";
import { serializeScenario } from "../scenario/query";
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

/** CSV of a simulation run with `{ schedule: true }`. */
export function scheduleCsv(sim: Simulation): string {
  const s = sim.scenario;
  const schedule = sim.schedule ?? [];
  const sides = (["self", "hosted"] as const).filter((name) => sim[name] !== undefined);
  const lines: string[] = [`# Rig Payback daily schedule, currency ${s.currency}`, `# scenario: ?${serializeScenario(s)}`];
  const header = ["day", "date", "height", "subsidy_btc", "difficulty", "btc_price"];
  for (const side of sides) for (const c of SIDE_COLUMNS) header.push(`${side}_${c}`);
  lines.push(header.join(","));
  for (const row of schedule) {
    const cells = [
      String(row.day + 1),
      row.date,
      String(row.height),
      figure(row.subsidyBtc, "btc"),
      row.difficulty.toFixed(0),
      figure(row.btcPrice, "money"),
    ];
    for (const side of sides) cells.push(...sideCells(row[side]));
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}
