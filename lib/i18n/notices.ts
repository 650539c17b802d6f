/**
 * The codec's refusals and warnings in the reader's language. The codec speaks English (the CLI and
 * the API answer in it, spec §4–§5); the page says the same in another language by recognising each
 * kind of message and rebuilding it with that language's rules (lib/i18n/zh/notices.ts). A message of
 * an unknown shape is shown as it is, never dropped.
 */
import type { Locale } from "./locale";
import { localeTables } from "./registry";
import { CROSSOVER_SHIFT_RE } from "../scenario/notes";
import { FIELD_BY_KEY, FIELDS } from "../scenario/fields";
import { findPreset } from "../open/presets";

/** Long digit runs grouped by threes, as the form writes them: 1000000000 → 1,000,000,000 (dates and fractions untouched). */
export function groupedDigits(text: string): string {
  // a run of five digits or more not after a point (a fraction) nor in a date: 2172089832110.73 → 2,172,089,832,110.73
  return text.replace(/(?<![\d.-])\d{5,}(?![\d-])/g, (run) => run.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
}

/**
 * A value put in place of a refused one, as the page writes figures: a number's whole part grouped
 * by threes from four digits (2900 → 2,900, 1095 → 1,095; a true minus); anything else (a date, a
 * list, a word) as it stands, its long digit runs grouped.
 */
export function standInValue(text: string): string {
  const number = text.match(/^(-?)(\d+)(\.\d+)?$/);
  if (!number) return groupedDigits(text);
  return `${number[1] ? "−" : ""}${(number[2] ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${number[3] ?? ""}`;
}

/** A value as the codec quotes it (JSON: "abc"), as a reader reads it: “abc”. */
export function quotedValue(json = ""): string {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === "string") return `“${value}”`;
  } catch {
    // not JSON: shown as it is
  }
  return `“${json}”`;
}

/** The page's own keys (lib/open/page.ts): the open view and the futures' settings, by what they set. */
const PAGE_KEY_LABEL_EN: Readonly<Record<string, string>> = {
  sens: "The view to open",
  vol: "Volatility",
  seed: "Random seed",
  runs: "Number of futures",
  futures: "Model of the futures",
  fwin: "History the futures are drawn from",
};

function labelEn(key = ""): string {
  const field = FIELD_BY_KEY.get(key);
  return field ? FIELDS[field].label : (PAGE_KEY_LABEL_EN[key] ?? key);
}

/** What a key allows, in plain words: numbers grouped; a list of the page's own names as "one this page knows". */
function allowedEn(key = "", english = ""): string | null {
  const field = FIELD_BY_KEY.get(key);
  if (field === "preset" || field === "rig" || key === "sens" || key === "futures" || key === "fwin") return null;
  return groupedDigits(field ? FIELDS[field].allowed : english);
}

function sourceEn(source = ""): string {
  if (/^the preset \S+'s value$/.test(source)) return "the example's value";
  if (/^the rig \S+'s value$/.test(source)) return "the rig's own figure";
  return "the default";
}

const MODE_EN: Readonly<Record<string, string>> = {
  self: "when you run the rigs yourself",
  hosted: "when a host runs the rigs",
  compare: "to compare running the rigs yourself with hosting",
};

/**
 * The codec's refusals, warnings and notes (which name URL keys, quote raw ranges and preset ids) as
 * an English reader reads them on the page: each field by its label, numbers grouped, what stands in
 * for a refused value and where it comes from. The API and the CLI keep the codec's words.
 */
const READER_RULES_EN: readonly { re: RegExp; text: (m: RegExpMatchArray) => string }[] = [
  {
    re: CROSSOVER_SHIFT_RE,
    text: () =>
      "With a power price for each month, the crossover is the amount added to every month's price at which running the rigs yourself and hosting end level, not a price of its own.",
  },
  {
    re: /^(\w+) = (.*) is not allowed: must be (.*)$/s,
    text: (m) => {
      const field = FIELD_BY_KEY.get(m[1] ?? "");
      if (field === "preset") return `The example ${quotedValue(m[2])} in the link is not one this page knows.`;
      if (field === "rig") return `The rig ${quotedValue(m[2])} in the link is not in the catalogue.`;
      const allowed = allowedEn(m[1], m[3]);
      return allowed === null
        ? `${labelEn(m[1])} in the link, ${quotedValue(m[2])}, is not one this page knows.`
        : `${labelEn(m[1])} in the link, ${quotedValue(m[2])}, cannot be used: it must be ${allowed}.`;
    },
  },
  { re: /^(\w+) is required in mode (\w+): .*$/s, text: (m) => `${labelEn(m[1])} is required ${MODE_EN[m[2] ?? ""] ?? ""}.` },
  {
    re: /^(\w+) is required when (\w+) is given: .*$/s,
    text: (m) => `The link gives “${labelEn(m[2])}” without “${labelEn(m[1])}”, which it needs.`,
  },
  {
    re: /^(\w+) = (.*) is allowed only with (\w+): .*$/s,
    text: (m) => `The link gives “${labelEn(m[1])}” (${quotedValue(m[2])}) without “${labelEn(m[3])}”, which it needs.`,
  },
  {
    re: /^(\w+) is required: (.*)$/s,
    text: (m) => `${labelEn(m[1])} is missing from the link: it must be ${allowedEn(m[1], m[2]) ?? m[2]}.`,
  },
  {
    re: /^(\w+) is given (\d+) times: give each key once$/,
    text: (m) => `${labelEn(m[1])} is given ${m[2]} times in the link, where once is allowed.`,
  },
  {
    re: /^v = (.*) is not allowed: this format is v=1$/s,
    text: (m) =>
      `The link's version mark, ${quotedValue(m[1])}, is not this page's: the rest of the link is read as this page writes links.`,
  },
  {
    re: /^the query is (\d+) characters long; at most (\d+) are read$/,
    text: (m) =>
      `The link is ${groupedDigits(m[1] ?? "")} characters long, more than the ${groupedDigits(m[2] ?? "")} this page reads: the example opens instead.`,
  },
  {
    re: /^date = (.*) is outside the history tables: with hist=1 the start date must be from (\S+) to (\S+)$/s,
    text: (m) =>
      `Start date ${quotedValue(m[1])} is outside the recorded history: with “What actually happened” on, it must be from ${m[2]} to ${m[3]}.`,
  },
  {
    re: /^date = (.*) has no recorded difficulty and price \((\S+) to (\S+)\)$/s,
    text: (m) => `Start date ${quotedValue(m[1])} has no recorded difficulty and price (the record runs from ${m[2]} to ${m[3]}).`,
  },
  { re: /^unknown key (.*) ignored$/s, text: (m) => `The link has a part this page does not know, ${quotedValue(m[1])}: it is left out.` },
  {
    re: /^the link names no preset and leaves out (.*): those come from the preset (\S+)$/s,
    text: (m) =>
      `The link names no example and leaves out ${(m[1] ?? "")
        .split(", ")
        .map((k) => `“${labelEn(k)}”`)
        .join(", ")}: those come from the example “${findPreset(m[2] ?? "")?.name ?? m[2]}”.`,
  },
  {
    re: /^the CNY\/USD rate of (.*) is not in the tables: the (\S+) rate, (\S+), is used$/,
    text: (m) => `No CNY/USD rate is recorded for ${m[1]}: the rate of ${m[2]}, ${m[3]}, is used.`,
  },
  {
    re: /^recorded fees end on (\S+): from (\S+) the replay uses fees = (\S+) BTC per block$/,
    text: (m) => `The recorded fees end on ${m[1]}: from ${m[2]} the replay takes ${m[3]} BTC in fees per block.`,
  },
  {
    re: /^(\w+) = (.*) is replaced with hist=1: the record of (\S+) gives (.*)$/s,
    text: (m) =>
      `${labelEn(m[1])} in the link, ${groupedDigits(m[2] ?? "")}, gives way to the record: on ${m[3]} it was ${groupedDigits(m[4] ?? "")}.`,
  },
  {
    re: /^(\w+): using (.*) \((.*)\) instead$/s,
    text: (m) =>
      `${labelEn(m[1])}: ${standInValue(m[2] ?? "")}${FIELD_BY_KEY.get(m[1] ?? "") === "horizonDays" ? " days" : ""} is used instead (${sourceEn(m[3])}).`,
  },
  { re: /^(\w+): left empty instead$/, text: (m) => `${labelEn(m[1])} is left empty instead.` },
  {
    re: /^cur = (\w+) is not the preset \S+'s currency \((\w+)\): its (.+) are taken as \w+ as they stand, unconverted$/,
    text: (m) =>
      `The link sets the currency to ${CURRENCY_EN[m[1] ?? ""] ?? m[1]}, but the example's ${(m[3] ?? "")
        .split(", ")
        .map((k) => lowerFirst(labelEn(k)))
        .join(", ")
        .replace(
          /, ([^,]+)$/,
          " and $1",
        )} are in ${CURRENCY_EN[m[2] ?? ""] ?? m[2]}: they are read as ${CURRENCY_EN[m[1] ?? ""] ?? m[1]} as they stand, unconverted.`,
  },
];

const CURRENCY_EN: Readonly<Record<string, string>> = { CNY: "yuan", USD: "US dollars" };

/** A label inside a sentence: "Rig price" → "rig price", "BTC price" stays. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

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
