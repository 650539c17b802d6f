/**
 * What a shared link's preview says: the title line ("S9 at ¥30,000"), the answer ("Pays back on
 * day 189"), and a few figures, for the Open Graph image and the page's og: tags. Pure text from a
 * scenario and its simulation; the image route only lays it out.
 *
 * Every string of the preview is in OG_TEXT (English) and OG_TEXT_ZH (Simplified Chinese, lib/i18n/zh/og.ts).
 */
import { at } from "../core/at";
import { Dec } from "../core/decimal";
import type { Scenario } from "../scenario/schema";
import type { SideName, Simulation } from "../engine/simulate";
import { simulate } from "../simulate-recorded";
import { parseQueryLenient, serializeScenario } from "../open/query";
import { IMAGE_LANG_KEY } from "../open/page";
import { DEFAULT_PRESET_ID } from "../open/presets";
import type { NetworkFigures } from "../network/figures";
import { figure, FORMATTERS } from "./format";
import type { Locale } from "../i18n/locale";
import { horizonText, scenarioLine, sideView } from "./view";
import { oddsViews } from "./odds";
import { ogText, rigName } from "./og-text";
import { rigsText } from "./rigs-text";
import { kwhPriceText, outageWords, powerWords, priceSpan, sideTerms, termsVary } from "./power-words";
import { fieldLabel } from "../i18n/fields";

export { OG_TEXT, ogText, rigName, type OgText } from "./og-text";

/** Size of the preview image, in pixels (the size Open Graph and X cards show unscaled). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The path of the image route; its query is the scenario's share query. */
export const OG_IMAGE_PATH = "/og";

/** The image route's language key (`lang=zh`), defined with the page's other link keys. */
export const OG_LANG_KEY = IMAGE_LANG_KEY;

export type OgTone = "good" | "bad";

/** One side's answer: "Pays back on day 189" and "22 July 2018", or "Does not pay back" and "within 3 years". */
export interface OgAnswer {
  side: SideName;
  label: string;
  text: string;
  detail: string;
  paysBack: boolean;
}

export interface OgFigure {
  label: string;
  value: string;
  hint?: string;
  /** Set when the figure is a gain or a loss. */
  tone?: OgTone;
}

export interface OgCard {
  /** "S9 at ¥30,000", "100 × S9 at ¥30,000 each", "15 TH/s rig at $500". */
  title: string;
  /** "13.5 TH/s · 1,323 W · 98.0 J/TH · from 15 Jan 2018 · 3 years" */
  specs: string;
  /** "Self-run", "Hosted", "Self-run vs hosted", with " · recorded history" for a replay. */
  mode: string;
  /** One answer, or two in compare mode (self-run first). */
  answers: OgAnswer[];
  /** The title and the answer in one line, for og:title: "S9 at ¥30,000: pays back on day 189". */
  headline: string;
  /** For og:description. */
  description: string;
  /** The image's alt text. */
  alt: string;
  /** Three or four figures under the answer. */
  figures: OgFigure[];
  /** The odds from history under the answer, one line per side (with its side's name in compare mode). */
  odds: string[];
}

/** Every word a card draws, in one string: what the preview font must be able to write. */
export function ogCardText(c: OgCard): string {
  return [
    c.title,
    c.specs,
    c.mode,
    c.headline,
    c.description,
    c.alt,
    ...c.answers.flatMap((a) => [a.label, a.text, a.detail]),
    ...c.figures.flatMap((f) => [f.label, f.value, f.hint ?? ""]),
    ...c.odds,
  ].join("");
}

/** A price per kWh with the places it needs, two to four: ¥0.35, $0.075, ¥1.20. */
function perKwhText(value: string, currency: string, locale: Locale): string {
  const places = Math.min(4, Math.max(2, new Dec(value).decimalPlaces()));
  return ogText(locale).perKwh(FORMATTERS[locale].money(value, currency, places));
}

function answerOf(side: SideName, sim: Simulation, locale: Locale): { answer: OgAnswer; inTitle: string } {
  const s = sim.scenario;
  const x = sim[side];
  const OG_TEXT = ogText(locale);
  const { number: formatNumber, longDate: formatLongDate } = FORMATTERS[locale];
  const horizon = horizonText(s.horizonDays, locale);
  if (x && x.breakEvenDay !== null && x.breakEvenDate !== null) {
    const day = formatNumber(x.breakEvenDay, 0);
    return {
      answer: { side, label: OG_TEXT.side[side], text: OG_TEXT.paysBack(day), detail: formatLongDate(x.breakEvenDate), paysBack: true },
      inTitle: OG_TEXT.paysBackInTitle(day),
    };
  }
  return {
    answer: { side, label: OG_TEXT.side[side], text: OG_TEXT.doesNotPayBack, detail: OG_TEXT.within(horizon), paysBack: false },
    inTitle: OG_TEXT.doesNotPayBackInTitle(horizon),
  };
}

/**
 * A side's power price when it changes with the month or the hour: its lowest and highest price as
 * the value ("¥0.15–¥0.40/kWh"), and what it follows as the hint ("by the month, peak 7 h a day");
 * the whole schedule is said in the description. Null for one price all day, all year.
 */
function scheduleFigure(s: Scenario, side: SideName, locale: Locale): { value: string; hint: string } | null {
  const OG_TEXT = rigsText(locale).preview;
  const t = sideTerms(s, side);
  const span = priceSpan(t);
  if ((t.months.length === 0 && t.peak === null) || span === null) return null;
  const text = (d: Dec) => kwhPriceText(d, s.currency, locale);
  const value = span.low.eq(span.high) ? ogText(locale).perKwh(text(span.low)) : OG_TEXT.priceSpan(text(span.low), text(span.high));
  const hints = [
    ...(t.months.length > 0 ? [OG_TEXT.byMonth] : []),
    ...(t.peak ? [OG_TEXT.peakHours(FORMATTERS[locale].number(t.peak.hours, 0), t.peak.weekdays)] : []),
  ];
  return { value, hint: OG_TEXT.hints(...hints) };
}

function electricityFigure(s: Scenario, locale: Locale): OgFigure {
  const OG_TEXT = ogText(locale);
  const formatNumber = FORMATTERS[locale].number;
  const schedule = scheduleFigure(s, "self", locale);
  if (schedule) return { label: OG_TEXT.electricity, ...schedule };
  const price = s.electricityPrice ?? "0";
  const factor = new Dec(s.overheadFactor);
  return {
    label: OG_TEXT.electricity,
    value: perKwhText(price, s.currency, locale),
    hint: factor.gt(1) ? OG_TEXT.overhead(formatNumber(s.overheadFactor, 2)) : OG_TEXT.atCost,
  };
}

function hostingFigure(s: Scenario, locale: Locale): OgFigure {
  const OG_TEXT = ogText(locale);
  const { number: formatNumber, money: formatMoney } = FORMATTERS[locale];
  const fee = new Dec(s.hostingFeePerRigPerMonth);
  const price = s.hostingPricePerKwh ?? "0";
  const share = new Dec(s.revenueSharePct);
  const feeText = formatMoney(s.hostingFeePerRigPerMonth, s.currency);
  const schedule = scheduleFigure(s, "hosted", locale);
  // the fee and the share go with the whole offer in the description: a third line does not fit the figure
  if (schedule) return { label: OG_TEXT.hosting, ...schedule };
  // a flat monthly fee with free power (the 2018 offer) reads as the fee, not as ¥0.00/kWh
  if (!fee.isZero() && new Dec(price).isZero()) {
    const hint = share.isZero() ? OG_TEXT.aMonthPerRigAllIn : OG_TEXT.aMonthPerRigShare(formatNumber(s.revenueSharePct, 2));
    return { label: OG_TEXT.hosting, value: feeText, hint };
  }
  const hint = !fee.isZero()
    ? OG_TEXT.monthlyPerRig(feeText)
    : !share.isZero()
      ? OG_TEXT.hostShare(formatNumber(s.revenueSharePct, 2))
      : OG_TEXT.allIn;
  return { label: OG_TEXT.hosting, value: perKwhText(price, s.currency, locale), hint };
}

/**
 * The power as the engine uses it, for the description: each side shown whose price changes with
 * the month or the hour, or is curtailed, and the outages within the horizon (./power-words.ts).
 */
function powerLines(s: Scenario, sides: readonly SideName[], locale: Locale): string[] {
  const OG_TEXT = ogText(locale);
  const words = rigsText(locale).preview;
  const lines = sides
    .filter((side) => termsVary(sideTerms(s, side)))
    .map((side) => words.powerLine(side === "self" ? OG_TEXT.electricity : OG_TEXT.hosting, powerWords(s, side, locale)));
  const outages = outageWords(s, locale);
  if (outages !== null) lines.push(words.powerLine(fieldLabel("outages", locale), outages));
  return lines;
}

/** BTC to four places, enough for a preview: 1.9513 BTC, 195.13 BTC with two from 100 on. */
function btcText(value: Dec, locale: Locale): string {
  return ogText(locale).btc(FORMATTERS[locale].fixed(figure(value, "btc"), value.abs().gte(100) ? 2 : 4));
}

/**
 * The preview of a simulated scenario.
 * Example: the default S9 preset gives "S9 at ¥30,000" and "Pays back on day 189", "22 July 2018".
 */
export function ogCard(sim: Simulation, locale: Locale = "en"): OgCard {
  const s = sim.scenario;
  const cur = s.currency;
  const OG_TEXT = ogText(locale);
  const { number: formatNumber, money: formatMoney } = FORMATTERS[locale];
  const price = formatMoney(s.rigPrice, cur);
  const rig = rigName(s, locale);
  const title = s.rigCount > 1 ? OG_TEXT.fleetTitle(formatNumber(s.rigCount, 0), rig, price) : OG_TEXT.title(rig, price);
  const specs = scenarioLine(s, locale);
  const modeLabel = OG_TEXT.mode[s.mode];
  const mode = s.useHistory ? OG_TEXT.modeWithHistory(modeLabel) : modeLabel;
  const sides: SideName[] = s.mode === "compare" ? ["self", "hosted"] : [s.mode];
  const views = sides.flatMap((side) => {
    const x = sim[side];
    return x ? [sideView(side, x, s, sim.finalBtcPrice, locale)] : [];
  });
  const answered = sides.map((side) => answerOf(side, sim, locale));
  const answers = answered.map((a) => a.answer);
  const first = at(answered, 0, "preview answers");
  const headline =
    s.mode === "compare"
      ? OG_TEXT.compareHeadline(title, first.inTitle, at(answered, 1, "preview answers").inTitle)
      : OG_TEXT.headline(title, first.inTitle);
  const horizon = horizonText(s.horizonDays, locale);
  const tone = (loss: boolean): OgTone => (loss ? "bad" : "good");

  let figures: OgFigure[];
  if (s.mode === "compare") {
    figures = [
      ...views.map((v) => ({
        label: OG_TEXT.netProfitOf[v.side],
        value: v.netProfitText,
        hint: `${OG_TEXT.roi} ${v.roiText}`,
        tone: tone(v.loss),
      })),
      electricityFigure(s, locale),
      hostingFigure(s, locale),
    ];
  } else {
    const v = views[0];
    const x = sim[s.mode];
    figures =
      v && x
        ? [
            { label: OG_TEXT.netProfit, value: v.netProfitText, hint: OG_TEXT.over(horizon), tone: tone(v.loss) },
            { label: OG_TEXT.roi, value: v.roiText, hint: OG_TEXT.roiHint(formatMoney(figure(x.capex, "money"), cur)), tone: tone(v.loss) },
            s.mode === "self" ? electricityFigure(s, locale) : hostingFigure(s, locale),
            { label: OG_TEXT.btcMined, value: btcText(x.totalBtc, locale), hint: OG_TEXT.over(horizon) },
          ]
        : [];
  }
  const description = OG_TEXT.description(
    specs,
    views.map((v) => OG_TEXT.sideSummary(v.label, v.netProfitText, v.roiText)),
  );
  const odds = oddsViews(s, locale).map((o) =>
    s.mode === "compare" ? `${OG_TEXT.side[o.side]}${locale === "zh" ? "：" : ": "}${o.text}` : o.text,
  );
  const withOdds =
    odds.length > 0 ? `${description} ${odds.map((line) => `${line}${locale === "zh" ? "。" : "."}`).join(" ")}` : description;
  const power = powerLines(s, sides, locale);
  const described = power.length > 0 ? [withOdds, ...power].join(locale === "zh" ? "" : " ") : withOdds;
  return { title, specs, mode, answers, headline, description: described, alt: OG_TEXT.alt(headline, specs), figures, odds };
}

export interface LinkPreview {
  card: OgCard;
  /** The canonical share query of the scenario the link opens (without "?"). */
  query: string;
  /** The image's path for this scenario: "/og?v=1&preset=…"; equivalent links give the same path. */
  imagePath: string;
}

/**
 * The preview of a link's query, read as the page reads it: a bad or hostile query falls back
 * key by key to the link's preset, then to the default preset, so there is always a card.
 */
export function linkPreview(
  query: string,
  fallbackPresetId: string = DEFAULT_PRESET_ID,
  locale: Locale = "en",
  network?: NetworkFigures,
): LinkPreview {
  const { scenario } = parseQueryLenient(query, fallbackPresetId, network);
  const canonical = serializeScenario(scenario);
  // the image's language rides on its own key, after the scenario's (never part of a share link)
  const imagePath = `${OG_IMAGE_PATH}?${canonical}${locale === "en" ? "" : `&${OG_LANG_KEY}=${locale}`}`;
  return { card: ogCard(simulate(scenario), locale), query: canonical, imagePath };
}

/** Local development's address, when neither a configured URL nor a usable Host header is given. */
export const FALLBACK_ORIGIN = "http://localhost:3000";

const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?$/i;

/**
 * The site's origin for absolute og:image URLs: the configured URL (the SITE_URL setting) when it
 * is an http(s) URL, else the request's host (a proxy's X-Forwarded-Host and -Proto first), else
 * FALLBACK_ORIGIN. A malformed host is ignored rather than echoed into the page.
 * Example: { host: "rigs.example:8080" } gives "http://rigs.example:8080".
 */
export function siteOrigin(input: { configured?: string | null; host?: string | null; proto?: string | null }): string {
  const configured = input.configured?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // not a URL: fall through to the request's host
    }
  }
  const host = input.host?.split(",")[0]?.trim() ?? "";
  if (host.length > 0 && host.length <= 255 && HOST_PATTERN.test(host)) {
    const proto = input.proto?.split(",")[0]?.trim().toLowerCase();
    return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
  }
  return FALLBACK_ORIGIN;
}
