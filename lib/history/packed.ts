/**
 * The history tables as the generated data files hold them (scripts/build-history.ts): a date
 * column stored as runs of evenly stepped dates and the values as text joined by ",". Dropping the
 * repeated dates and brackets makes the tables about 40 % smaller gzipped, and they are part of the
 * page's first load (a replay simulates in the browser). `unpackDays(packDays(points))` gives the
 * points back exactly (tests/lib/history/packed.test.ts).
 */
import { assert } from "../core/assert";
import { dayNumber, isoDate } from "../core/dates";

/** [first date, days between two points, number of points] of one run of evenly stepped dates. */
export type DayRun = readonly [from: string, step: number, count: number];

export interface PackedDays {
  runs: readonly DayRun[];
  /** The values in date order, a line of them per text, joined by ",". */
  values: readonly string[];
}

/** Values per text of `PackedDays.values`, so the generated file keeps short lines. */
const VALUES_PER_LINE = 8;

function dayOf(iso: string): number {
  const d = dayNumber(iso);
  assert(d !== null, `a packed history table holds a text that is not a date: "${iso}"`);
  return d;
}

/** Packs dated values (dates ascending; no value contains ","). */
export function packDays(points: ReadonlyArray<readonly [string, string]>): PackedDays {
  const runs: DayRun[] = [];
  let i = 0;
  while (i < points.length) {
    const from = points[i]?.[0] ?? "";
    const next = points[i + 1];
    const step = next === undefined ? 0 : dayOf(next[0]) - dayOf(from);
    let count = 1;
    while (i + count < points.length && dayOf(points[i + count]?.[0] ?? "") === dayOf(from) + count * step) count++;
    runs.push([from, step, count]);
    i += count;
  }
  const texts = points.map(([, v]) => {
    assert(!v.includes(","), `a packed history value holds a ",": "${v}"`);
    return v;
  });
  const values: string[] = [];
  for (let k = 0; k < texts.length; k += VALUES_PER_LINE) values.push(texts.slice(k, k + VALUES_PER_LINE).join(","));
  return { runs, values };
}

/** The dated values back, as [date, value] pairs in date order. */
export function unpackDays(packed: PackedDays): ReadonlyArray<readonly [string, string]> {
  const values = packed.values.length === 0 ? [] : packed.values.join(",").split(",");
  const points: (readonly [string, string])[] = [];
  for (const [from, step, count] of packed.runs) {
    const first = dayOf(from);
    for (let k = 0; k < count; k++) points.push([isoDate(first + k * step), values[points.length] ?? ""]);
  }
  assert(points.length === values.length, `a packed history table has ${points.length} dates and ${values.length} values`);
  return points;
}
