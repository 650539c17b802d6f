/** Messages of impossible states; one place so they read the same everywhere. */
export const Impossible = {
  missingSide: "the scenario's mode has no such side",
  missingKwh: "a validated self-run scenario always has an electricity price",
  missingHkwh: "a validated hosted scenario always has a hosting price",
} as const;

/** Throws when an invariant the types cannot express is broken: a bug, never a user error. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Rig Payback internal error: ${message}`);
}
