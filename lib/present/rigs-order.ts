/**
 * The /rigs table's own order: its filter and its sort, run in the page as a reader clicks. Kept
 * apart from the view that builds the rows (./rigs-view, server work: the engine, the link codec) so
 * the page's first load carries these few lines, not the engine and the scenario's parser.
 */
import { Dec } from "../core/decimal";
import type { SideName } from "../engine/day";
import type { RankCell, RankKey, RigRowView, SortDir } from "./rigs-view";

export interface RigFilter {
  maker: string;
  cooling: string;
  year: string;
}

/** Rows matching the filter ("" = any). */
export function filterRigRows(rows: readonly RigRowView[], filter: RigFilter): RigRowView[] {
  return rows.filter(
    (r) =>
      (!filter.maker || r.maker === filter.maker) &&
      (!filter.cooling || r.cooling === filter.cooling) &&
      (!filter.year || r.year === filter.year),
  );
}

function compareCells(a: RankCell, b: RankCell, key: RankKey, dir: SortDir): number {
  if (a.sort === null || b.sort === null) {
    if (a.sort === b.sort) return 0;
    return a.sort === null ? 1 : -1;
  }
  const order = key === "name" ? a.sort.localeCompare(b.sort) : new Dec(a.sort).cmp(b.sort);
  return dir === "asc" ? order : -order;
}

/**
 * Rows sorted by a column of one side: decimals compared exactly, empty cells (never pays back, no
 * price) last in either direction, ties in the catalogue's order.
 */
export function sortRigRows(rows: readonly RigRowView[], side: SideName, key: RankKey, dir: SortDir): RigRowView[] {
  const indexed = rows.map((row, i) => ({ row, i }));
  const cell = (r: RigRowView) => r.sides[side]?.[key] ?? { text: "", sort: null };
  indexed.sort((a, b) => compareCells(cell(a.row), cell(b.row), key, dir) || a.i - b.i);
  return indexed.map((x) => x.row);
}

/** The direction a column sorts in first: lower is better for J/TH, price, the payback day, the shutdown price and the outlay. */
export function firstDir(key: RankKey): SortDir {
  return key === "name" ||
    key === "jPerTh" ||
    key === "price" ||
    key === "breakEvenDay" ||
    key === "shutdownBtcPrice" ||
    key === "fleetOutlay"
    ? "asc"
    : "desc";
}
