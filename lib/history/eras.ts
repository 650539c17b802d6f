/**
 * The efficiency of the newest rigs on sale at each date: what the miners' margin is measured
 * against (lib/history/margin.ts), and the rig of each era in the backtest (lib/backtest/).
 *
 * From June 2016 the rig catalogue (data/rigs.ts) gives the rigs; before it, the rigs that set the
 * network's pace then, with their makers' published stock figures at the wall (data/README.md,
 * "Rigs before the catalogue"; the FPGA row is a typical board of 2012, an approximation).
 */
import { RIGS } from "../../data/rigs";

/** A rig of an era: its stock figures and the month it went on sale (YYYY-MM). */
export interface EraRig {
  id: string;
  name: string;
  hashrateThs: number;
  powerWatts: number;
  /** powerWatts ÷ hashrateThs. */
  jPerTh: number;
  released: string;
}

/** Rigs before the catalogue (figures at the wall, stock). */
export const EARLY_RIGS: readonly EraRig[] = [
  { id: "fpga-2012", name: "FPGA board (2012)", hashrateThs: 0.0008, powerWatts: 20, jPerTh: 25000, released: "2012-06" },
  { id: "avalon-1", name: "Avalon batch 1", hashrateThs: 0.066, powerWatts: 620, jPerTh: 9394, released: "2013-01" },
  { id: "antminer-s1", name: "Antminer S1", hashrateThs: 0.18, powerWatts: 360, jPerTh: 2000, released: "2013-12" },
  { id: "antminer-s3", name: "Antminer S3", hashrateThs: 0.441, powerWatts: 340, jPerTh: 771, released: "2014-07" },
  { id: "antminer-s5", name: "Antminer S5", hashrateThs: 1.155, powerWatts: 590, jPerTh: 511, released: "2014-12" },
  { id: "antminer-s7", name: "Antminer S7", hashrateThs: 4.73, powerWatts: 1293, jPerTh: 273, released: "2015-09" },
];

/** Every rig with its release month, early rigs first, then the catalogue by release. */
export const ERA_RIGS: readonly EraRig[] = [
  ...EARLY_RIGS,
  ...RIGS.map((r) => ({
    id: r.id,
    name: r.name,
    hashrateThs: Number(r.hashrateThs),
    powerWatts: Number(r.powerWatts),
    jPerTh: Number(r.powerWatts) / Number(r.hashrateThs),
    released: r.released,
  })).sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : 0)),
];

/**
 * The most efficient rig released in a month before `date`'s month (J/TH), or null before the first.
 * Example: 2016-01-15 → the Antminer S7's 273 J/TH (1293 W ÷ 4.73 TH/s).
 */
export function frontierJPerTh(date: string, rigs: readonly EraRig[] = ERA_RIGS): number | null {
  const month = date.slice(0, 7);
  let best: number | null = null;
  for (const r of rigs) if (r.released < month && (best === null || r.jPerTh < best)) best = r.jPerTh;
  return best;
}

/**
 * The rig of an era: the most efficient air-cooled rig released in a month before `date`'s month
 * (the catalogue's hydro and immersion rigs need a site built for them). Null before the first.
 * Example: 2018-01-15 → the Antminer S9.
 */
export function eraRig(date: string, rigs: readonly EraRig[] = ERA_RIGS): EraRig | null {
  const month = date.slice(0, 7);
  const notAir = new Set(RIGS.filter((r) => r.cooling !== "air").map((r) => r.id));
  let best: EraRig | null = null;
  for (const r of rigs) if (r.released < month && !notAir.has(r.id) && (best === null || r.jPerTh < best.jPerTh)) best = r;
  return best;
}
