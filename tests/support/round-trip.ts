import fc from "fast-check";
import { expect } from "vitest";
import { parseQuery, serializeScenario, type RawScenario } from "../../lib/server";
import { FIELDS, type ScenarioField } from "../../lib/scenario/fields";

/** A share-link query carrying each drawn field under its URL key. */
export function queryOf(raw: RawScenario): string {
  const params = new URLSearchParams();
  params.set("v", "1");
  for (const [field, value] of Object.entries(raw)) params.set(FIELDS[field as ScenarioField].key, String(value));
  return params.toString();
}

/**
 * parseQuery(serializeScenario(s)) = s over drawn scenarios, and the link written back is the same
 * text; at least `minOpened` of the `numRuns` drawn links must open.
 */
export function expectLinksRoundTrip(raws: fc.Arbitrary<RawScenario>, numRuns: number, minOpened: number): void {
  let opened = 0;
  fc.assert(
    fc.property(raws, (raw) => {
      const first = parseQuery(queryOf(raw));
      fc.pre(first.ok);
      if (!first.ok) return;
      opened++;
      const link = serializeScenario(first.scenario);
      const again = parseQuery(link);
      expect(again.ok, `${link} was refused: ${again.ok ? "" : JSON.stringify(again.issues)}`).toBe(true);
      if (!again.ok) return;
      expect(again.scenario).toEqual(first.scenario);
      expect(serializeScenario(again.scenario)).toBe(link);
    }),
    { numRuns },
  );
  expect(opened).toBeGreaterThan(minOpened);
}
