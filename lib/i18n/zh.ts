/**
 * Simplified Chinese: every Chinese table in one module that registers itself when evaluated
 * (lib/i18n/registry.ts). Server and Node code has it through lib/index.ts, which imports it first;
 * the page imports it only for a Chinese reader (app/components/preload/ChineseText.tsx) or when the
 * reader switches to Chinese (app/hooks/useLocale.ts), so an English first visit does not download it.
 */
import { EN_MESSAGES, type Messages } from "./messages";
import type { Locale } from "./locale";
import { registerLocale } from "./registry";
import { CURRENCY_NAME_ZH, FIELD_TEXT_ZH, PRESET_TEXT_ZH } from "./zh/fields";
import { zh } from "./zh/messages";
import { NOTICE_RULES_ZH } from "./zh/notices";
import { OG_TEXT_ZH } from "./zh/og";
import { RIGS_TEXT_ZH } from "./zh/rigs";

registerLocale("zh", {
  messages: zh,
  fields: FIELD_TEXT_ZH,
  currencyNames: CURRENCY_NAME_ZH,
  presets: PRESET_TEXT_ZH,
  notices: NOTICE_RULES_ZH,
  og: OG_TEXT_ZH,
  rigs: RIGS_TEXT_ZH,
});

/** Both message tables, for tests and scripts that walk every language. */
export const MESSAGES: Record<Locale, Messages> = { en: EN_MESSAGES, zh };

export { FIELD_TEXT_ZH, PRESET_TEXT_ZH, OG_TEXT_ZH, RIGS_TEXT_ZH };
