/**
 * The codec's refusals and warnings in the reader's language. The codec speaks English (the CLI and
 * the API answer in it, spec §4–§5); the page says the same in another language by recognising each
 * kind of message and rebuilding it with that language's rules (lib/i18n/zh/notices.ts). A message of
 * an unknown shape is shown as it is, never dropped.
 */
import type { Locale } from "./locale";
import { localeTables } from "./registry";

/** A refusal, warning or note of the codec in `locale`. */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  for (const rule of localeTables(locale).notices) {
    const m = message.match(rule.re);
    if (m) return rule.text(m);
  }
  return message;
}
