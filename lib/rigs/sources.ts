/**
 * Where a rig of the catalogue was read: its source's title and the day it was read, and where its
 * price was found (data/rig-sources.ts). For the server's answers (GET /api/rigs); the page's rig
 * picker needs only the row of data/rigs.ts.
 */
import { assert } from "../core/assert";
import { RIG_SOURCES, type RigSources } from "../../data/rig-sources";
import type { Rig, RigPrice } from "../../data/rigs";

/** The sources of a catalogue rig (tests/data/rigs.test.ts: every rig has them). */
export function rigSources(rig: Rig): RigSources {
  const found = RIG_SOURCES[rig.id];
  assert(found !== undefined, `the rig ${rig.id} has its sources in data/rig-sources.ts`);
  return found;
}

/** A rig's source as GET /api/rigs gives it: title, address, the day it was read. */
export function rigSourceJson(rig: Rig): { title: string; url: string; read: string } {
  const { title, read } = rigSources(rig).source;
  return { title, url: rig.sourceUrl, read };
}

/** A rig's price quote as GET /api/rigs gives it: amount, currency, date, and where it was found. */
export function rigQuoteJson(rig: Rig, quoted: RigPrice): { amount: string; currency: string; date: string; url: string; source: string } {
  const where = rigSources(rig).price;
  assert(where !== null, `the rig ${rig.id}'s price has its source in data/rig-sources.ts`);
  return { ...quoted, url: where.url, source: where.source };
}
