/**
 * The presets (data/presets.ts) as a link opens them: found by id, and a modern preset on the
 * network's figures (data/network.ts, or the server's refresh of them).
 */
import { networkValues } from "../network/derived";
import type { NetworkFigures } from "../network/figures";
import { NETWORK_SNAPSHOT } from "../../data/network";
import { MODERN_SITE, PRESETS, type Preset, type PresetValues } from "../../data/presets";

export { PRESETS, DEFAULT_PRESET_ID, CHINA_BAN_2021_OUTAGE, type Preset, type PresetValues } from "../../data/presets";

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** Whether a preset starts on the network's figures (and so follows a refresh of them). */
export function usesNetwork(preset: Preset): boolean {
  return preset.group === "modern";
}

/**
 * A preset's values on `network`: the stored snapshot unless the server has refreshed it. The
 * snapshot of 2026-02-01 is the network as the history tables record it (the difficulty in force
 * from the adjustment of late January to the one of 7 February), so a replay from that day starts
 * where a modern preset does. Fees: the recorded average of the 90 days to the fee table's end (2025-05-01).
 */
export function presetValues(preset: Preset, network: NetworkFigures = NETWORK_SNAPSHOT): PresetValues {
  return usesNetwork(preset) ? { ...preset.values, ...networkValues(network) } : preset.values;
}

/**
 * Today's network for a scenario moved out of its era (a rig released after its start date): the
 * modern presets' network figures and difficulty trend, the record's replay off. The BTC price is
 * in US dollars (lib/rigs/era.ts converts it for a scenario in yuan).
 */
export function todaysNetworkValues(network: NetworkFigures = NETWORK_SNAPSHOT): PresetValues {
  return { ...networkValues(network), difficultyGrowthPctPerMonth: MODERN_SITE.difficultyGrowthPctPerMonth, useHistory: "0" };
}
