/**
 * The rig catalogue (data/rigs.ts) by id: what a link's `rig=` names. Apart from the prices
 * (./catalogue), so checking a link's rig reads no exchange rate.
 */
import { RIGS, type Rig } from "../../data/rigs";

export const RIG_IDS: readonly string[] = RIGS.map((r) => r.id);

export function findRig(id: string): Rig | undefined {
  return RIGS.find((r) => r.id === id);
}
