/**
 * The scenario schema (lib/scenario/schema.ts) with the catalogues a link may name: a preset of
 * data/presets.ts, a rig of data/rigs.ts. The floor knows no catalogue; this is where they meet.
 */
import { fieldSchemas, scenarioSchema } from "../scenario/schema";
import { RIG_IDS } from "../rigs/ids";
import { PRESET_IDS } from "./presets";

/** Field schemas, one per §1 field, each usable alone (the codec reports errors per key). */
export const FieldSchemas = fieldSchemas({ presets: PRESET_IDS, rigs: RIG_IDS });

/** The scenario schema: every field, the cross-field rules, the start height filled in from the date when absent. */
export const ScenarioSchema = scenarioSchema(FieldSchemas);
