/**
 * The languages other than English, registered when their module is evaluated (lib/i18n/zh.ts).
 * English is the field table and message table themselves, always present; Chinese is a separate
 * module so that a first visit in English does not download it. Every server and Node entry has it
 * (lib/index.ts imports it first); the page loads it before it renders or switches to Chinese.
 */
import { isLocale, type Locale } from "./locale";
import type { Messages } from "./messages";
import type { ScenarioField } from "../scenario/fields";
import type { OgText } from "../present/og-text";
import type { RigsText } from "../present/rigs-text";

/** A scenario field's words in one language. */
export interface FieldText {
  label: string;
  /** `{cur}` stands for the currency's name. */
  unit: string;
  allowed: string;
  help: string;
}

/** One kind of codec message (English) and the same said in another language. */
export interface NoticeRule {
  re: RegExp;
  text: (m: RegExpMatchArray) => string;
}

/** Everything a language other than English brings. */
export interface LocaleTables {
  messages: Messages;
  /** One entry per scenario field (tests/lib/i18n.test.ts checks none is missing). */
  fields: Record<ScenarioField, FieldText>;
  /** The currencies' names for a unit: "元/台". */
  currencyNames: Record<string, string>;
  /** The presets' names and stories by preset id; a preset missing here keeps its English words. */
  presets: Record<string, { name: string; story: string }>;
  /** The codec's refusals and warnings; a message no rule matches is shown as it is. */
  notices: readonly NoticeRule[];
  /** The link preview's words. */
  og: OgText;
  /** The rig ranking's own pieces: the power schedule in words, its preview form, the price typed in a row. */
  rigs: RigsText;
}

export type LoadableLocale = Exclude<Locale, "en">;

const loaded: Partial<Record<LoadableLocale, LocaleTables>> = {};

/** Called once by a language's module when it is evaluated. */
export function registerLocale(locale: LoadableLocale, tables: LocaleTables): void {
  loaded[locale] = tables;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return locale === "en" || loaded[locale] !== undefined;
}

/**
 * A loaded language's tables. Asking for one not loaded is a bug (a Chinese page must never fall
 * back to English silently), so it throws and says what to import.
 */
export function localeTables(locale: LoadableLocale): LocaleTables {
  const tables = loaded[locale];
  if (!isLocale(locale)) throw new Error(`Rig Payback internal error: "${String(locale)}" is not a language of this app (en, zh)`);
  if (tables === undefined) {
    throw new Error(
      `Rig Payback internal error: the "${locale}" texts are not loaded; import "lib/i18n/${locale}" ` +
        `(lib/index.ts does; the page loads it before rendering or switching to that language)`,
    );
  }
  return tables;
}
