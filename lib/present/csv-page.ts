/**
 * The daily schedule as the page downloads it: for a spreadsheet program, in the reader's language.
 * No "#" lines (a spreadsheet shows them as rows), the currency in every money column's name, a
 * UTF-8 byte order mark so that Excel reads Chinese headers, and CRLF line ends (RFC 4180). The
 * cells are the command line's: plain numbers with a point, every place kept. The command line and
 * the API keep their own CSV (./csv.ts), in English, with the scenario in its header lines.
 */
import type { Simulation } from "../engine/simulate";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { scheduleTable } from "./csv";

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const CSV_BOM = "\uFEFF";

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A column of the command line's CSV under its name in `locale`, money columns naming the currency. */
export function csvColumnName(column: string, currency: string, locale: Locale): string {
  const m = messagesFor(locale);
  const t = m.csv;
  const side = column.match(/^(self|hosted)_(.+)$/);
  if (side?.[1] === "self" || side?.[1] === "hosted") {
    const name = t.side[side[2] ?? ""];
    return name ? t.sideColumn(m.sides[side[1]], name(currency)) : column;
  }
  const name = t.columns[column];
  return name ? name(currency) : column;
}

/** The page's CSV of a simulation run with `{ schedule: true }`. */
export function pageScheduleCsv(sim: Simulation, locale: Locale): string {
  const { header, rows } = scheduleTable(sim);
  const lines = [header.map((c) => cell(csvColumnName(c, sim.scenario.currency, locale))).join(",")];
  for (const cells of rows) lines.push(cells.map(cell).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** The download's file name: "rig-payback-s21-2026-02-01.csv". */
export function scheduleFileName(sim: Simulation): string {
  return `rig-payback-${sim.scenario.preset ?? "scenario"}-${sim.scenario.startDate}.csv`;
}
