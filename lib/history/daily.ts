/**
 * The daily history tables (difficulty, BTC price, fees) are the largest part of the program, and
 * most views never read them: only a replay of the recorded days, the recorded-trend growth choices
 * of a start date the page has not seen, and the futures drawn from history. So they are installed
 * here by lib/history/load.ts, which the server, the worker, the command line and the tests import
 * at once, and which the page loads when a view needs it (app/hooks/useDailyTables.ts; a link that
 * needs them at once gets them with the page: app/components/preload/WithDailyTables.tsx).
 *
 * Reading a table before it is installed is a program error and throws, naming the missing step.
 */
import { assert } from "../core/assert";
import { unpackDays, type PackedDays } from "./packed";

export interface DailyTables {
  difficulty: PackedDays;
  btcUsd: PackedDays;
  fees: PackedDays;
}

/** The tables unpacked, as [date, exact source text] in date order. */
export interface DailyPoints {
  difficulty: ReadonlyArray<readonly [date: string, value: string]>;
  btcUsd: ReadonlyArray<readonly [date: string, value: string]>;
  fees: ReadonlyArray<readonly [date: string, value: string]>;
}

let installed: DailyTables | null = null;
let unpacked: DailyPoints | null = null;

/** Installs the daily tables (lib/history/load.ts does; a second install is ignored). */
export function installDailyTables(tables: DailyTables): void {
  installed ??= tables;
}

/** Whether the daily tables are installed, so that a lookup of a recorded day can run. */
export function dailyTablesLoaded(): boolean {
  return installed !== null;
}

/** The unpacked daily tables; throws before they are installed. */
export function dailyPoints(): DailyPoints {
  if (unpacked) return unpacked;
  assert(
    installed !== null,
    "the daily history tables are not loaded: import lib/history/load.ts first (the page loads it with useDailyTables)",
  );
  unpacked = { difficulty: unpackDays(installed.difficulty), btcUsd: unpackDays(installed.btcUsd), fees: unpackDays(installed.fees) };
  return unpacked;
}

/** A value worked out once from the daily tables (an index, a float copy), when first asked for. */
export function fromDailyTables<T>(make: (points: DailyPoints) => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: make(dailyPoints()) };
    return value.v;
  };
}
