/**
 * A price index's estimate in words, for the ranking's rows and the calculator's rig picker (a small
 * module of its own: the picker is on the page's first load, the ranking's views are not).
 */
import type { IndexPrice } from "../rigs/price-index";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { FORMATTERS } from "./format";
import { bandText } from "./index-band";

/** An index estimate in words: its price per TH, band, publisher, date and, when older than the start date, its age. */
export function indexEstimateNote(i: IndexPrice, currency: string, locale: Locale): string {
  const m = messagesFor(locale).rigs;
  const f = FORMATTERS[locale];
  const note = m.priceEstimate(
    f.money(i.perTh, currency, 2),
    bandText(i.point.band, locale),
    f.shortDate(i.point.date),
    i.point.source.publisher,
  );
  if (i.ageDays <= 0) return note;
  const age = m.priceEstimateAge(f.number(i.ageDays, 0));
  return locale === "zh" ? `${note}（${age}）` : `${note} (${age})`;
}
