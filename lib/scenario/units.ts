/**
 * Numbers in the units miners write them. One pure function per unit, shared by the URL codec, the
 * API, the command line and the form, so that every door reads `126T` the same way.
 */
import { Dec } from "../core/decimal";

/** SI prefixes a difficulty is written with (126 T = 126 × 10^12); none above peta is needed below 1e21. */
const DIFFICULTY_PREFIXES: Readonly<Record<string, number>> = { k: 3, m: 6, g: 9, t: 12, p: 15 };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$/;
const WITH_PREFIX = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s?([kKmMgGtTpP])$/;

/**
 * A difficulty as miners write it, in plain decimal notation, or null when the text is not one.
 * Accepted: `126000000000000`, `1.26e14`, `126T`, `126 T` (one space at most), `126.5t`, and the
 * prefixes k (10^3), M (10^6), G (10^9), T (10^12), P (10^15), either case. Bounds are the schema's.
 *
 * @example parseDifficulty("126T") === "126000000000000"
 * @example parseDifficulty("141.67 T") === "141670000000000"
 * @example parseDifficulty("1.26e14") === "126000000000000"
 */
export function parseDifficulty(text: string): string | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 64) return null;
  if (PLAIN.test(t)) return plain(new Dec(t));
  const m = WITH_PREFIX.exec(t);
  const digits = m?.[1];
  const prefix = m?.[2];
  if (digits === undefined || prefix === undefined) return null;
  const power = DIFFICULTY_PREFIXES[prefix.toLowerCase()];
  if (power === undefined) return null;
  return plain(new Dec(digits).times(new Dec(10).pow(power)));
}

function plain(value: Dec): string | null {
  if (!value.isFinite()) return null;
  return value.isZero() ? "0" : value.toFixed();
}
