/**
 * The efficiency of the newest rigs on sale at each date: what the miners' margin is measured
 * against (lib/history/margin.ts), and the rig of each era in the backtest (lib/backtest/).
 *
 * From June 2016 the rig catalogue (data/rigs.ts) gives the rigs; before it, the rigs that set the
 * network's pace then, with their stock figures at the wall (data/README.md, "Rigs before the
 * catalogue", gives every source and what it says).
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

/**
 * Rigs before the catalogue (figures at the wall, stock), each checked against a published source
 * (data/README.md, "Rigs before the catalogue", has the addresses and the quotes):
 * - hashrate and power of Avalon batch 1, Antminer S1, S3, S5 and S7: the table of rigs drawn from
 *   the Bitcoin Wiki's "Mining hardware comparison" in github.com/moracamilo/Bitcoin,
 *   Randi_TableS1.csv (2018): Avalon Batch 1 66 GH/s, 620 W, 106 MH/J; AntMiner S1 180 GH/s, 360 W,
 *   500 MH/J; S3 441 GH/s, 340 W, 1,297 MH/J; S5 1,160 GH/s, 590 W, 1,966 MH/J; S7 4,730 GH/s,
 *   1,210 W, 3,909 MH/J (a hosting firm's page of 2015 gives the S7 as 4.8 TH/s at 1,210 W);
 * - the FPGA board: the X6500, 400 MH/s at 16.5 W, on sale in June 2012 (bitcointalk topic 86281);
 * - the months: Avalon's first batch of 300 shipped on 19 January 2013 (Bitcoin Magazine); the
 *   S1's chip was released in the fourth quarter of 2013 and the S7's announced on 21 August 2015
 *   (Bitmain's BM1385 announcement); the S3 about June 2014, the S5 about December 2014, the S7
 *   about August 2015 (a chart of the S-series' release dates, TradingView, 2018). The S1's month
 *   within the quarter and the S7's shipping month are not confirmed by these sources.
 */
export const EARLY_RIGS: readonly EraRig[] = [
  { id: "fpga-2012", name: "X6500 FPGA board", hashrateThs: 0.0004, powerWatts: 16.5, jPerTh: 41250, released: "2012-06" },
  { id: "avalon-1", name: "Avalon batch 1", hashrateThs: 0.066, powerWatts: 620, jPerTh: 9394, released: "2013-01" },
  { id: "antminer-s1", name: "Antminer S1", hashrateThs: 0.18, powerWatts: 360, jPerTh: 2000, released: "2013-12" },
  { id: "antminer-s3", name: "Antminer S3", hashrateThs: 0.441, powerWatts: 340, jPerTh: 771, released: "2014-06" },
  { id: "antminer-s5", name: "Antminer S5", hashrateThs: 1.16, powerWatts: 590, jPerTh: 509, released: "2014-12" },
  { id: "antminer-s7", name: "Antminer S7", hashrateThs: 4.73, powerWatts: 1210, jPerTh: 256, released: "2015-09" },
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
 * Example: 2016-01-15 → the Antminer S7's 256 J/TH (1210 W ÷ 4.73 TH/s, rounded).
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
