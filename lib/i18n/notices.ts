/**
 * The codec's refusals and warnings in the reader's language. The codec speaks English (the CLI and
 * the API answer in it, spec §4–§5); the page says the same in another language by recognising each
 * kind of message and rebuilding it with that language's rules (lib/i18n/zh/notices.ts). A message of
 * an unknown shape is shown as it is, never dropped.
 */
import type { Locale } from "./locale";
import { localeTables } from "./registry";
import { CROSSOVER_SHIFT_RE } from "../scenario/notes";

/**
 * The codec's notes that name keys and the contract's sections, as an English reader reads them (the
 * API and the CLI keep the codec's words).
 */
const READER_RULES_EN: readonly { re: RegExp; text: (m: RegExpMatchArray) => string }[] = [
  {
    re: CROSSOVER_SHIFT_RE,
    text: () =>
      "With a power price for each month, the crossover is the amount added to every month's price at which running the rigs yourself and hosting end level, not a price of its own.",
  },
];

/** A refusal, warning or note of the codec in `locale`. */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale === "en") {
    for (const rule of READER_RULES_EN) {
      const m = message.match(rule.re);
      if (m) return rule.text(m);
    }
    return message;
  }
  for (const rule of localeTables(locale).notices) {
    const m = message.match(rule.re);
    if (m) return rule.text(m);
  }
  return message;
}
