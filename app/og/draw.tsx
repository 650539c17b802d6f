import { ImageResponse } from "next/og";
import type { ReactElement, ReactNode } from "react";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { assert, OG_IMAGE_SIZE, ogText, type Locale, type OgAnswer, type OgCard, type OgFigure } from "@/lib/server";

/**
 * The link preview's image: a scenario's card (or the plain fallback card) drawn to a 1200×630 PNG.
 * Drawn in the server's worker threads (app/server/heavy/tasks.ts, `ogImage`), as the scenario is
 * run: drawing takes a core for a few hundred milliseconds. GET /og is ./route.tsx.
 */

// The page's light palette (app/globals.css).
const C = {
  bg: "#f6f5f1",
  surface: "#ffffff",
  ink: "#1b1d21",
  ink2: "#4a4f57",
  muted: "#8a8f98",
  line: "#dedbd2",
  accent: "#c8650a",
  good: "#17803d",
  bad: "#b42318",
} as const;

type Fonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"];

const fonts: Partial<Record<Locale, Promise<Fonts>>> = {};

function fontFiles(name: string, files: [string, string]): Promise<NonNullable<Fonts>> {
  const read = (file: string) => readFile(join(process.cwd(), "app", "og", "fonts", file));
  return Promise.all([read(files[0]), read(files[1])]).then(([regular, bold]) => [
    { name, data: regular, weight: 400 as const, style: "normal" as const },
    { name, data: bold, weight: 700 as const, style: "normal" as const },
  ]);
}

/**
 * Geist, regular and bold (SIL OFL, app/og/fonts/OFL.txt): Satori draws only the fonts it is given.
 * A Chinese image adds Noto Sans SC, cut down to the characters a preview can hold (app/og/fonts/README.md).
 */
function loadFonts(locale: Locale): Promise<Fonts> {
  const latin = () => fontFiles("Geist", ["Geist-Regular.ttf", "Geist-Bold.ttf"]);
  const loaded = (fonts[locale] ??=
    locale === "zh"
      ? Promise.all([latin(), fontFiles("Noto Sans SC", ["NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"])]).then(([a, b]) => [...a, ...b])
      : latin());
  loaded.catch(() => {
    delete fonts[locale]; // try again on the next request
  });
  return loaded;
}

/** The font list of the image: Geist, and for Chinese the Chinese font after it. */
function family(locale: Locale): string {
  return locale === "zh" ? "Geist, Noto Sans SC" : "Geist";
}

function Wordmark({ locale }: { locale: Locale }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          width: 52,
          height: 52,
          borderRadius: 12,
          background: C.accent,
          color: "#ffffff",
          fontSize: 24,
          fontWeight: 700,
        }}
      >
        RP
      </div>
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: C.ink, letterSpacing: "-0.01em" }}>
        {ogText(locale).wordmark}
      </div>
    </div>
  );
}

/** The one answer of a side: large, in a card with the verdict's colour along its top, as on the page. */
function Answer({ answer, odds }: { answer: OgAnswer; odds?: string }) {
  const colour = answer.paysBack ? C.good : C.bad;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        flex: 1,
        background: C.surface,
        border: `1px solid ${C.line}`,
        borderRadius: 14,
        overflow: "hidden",
      }}
    >
      <div style={{ display: "flex", height: 8, background: colour }} />
      <div style={{ display: "flex", flexDirection: "column", padding: "16px 32px 22px" }}>
        <div style={{ display: "flex", fontSize: 76, fontWeight: 700, color: colour, letterSpacing: "-0.02em", lineHeight: 1.1 }}>
          {answer.text}
        </div>
        <div style={{ display: "flex", marginTop: 6, fontSize: 32, fontWeight: 700, color: C.ink2 }}>{answer.detail}</div>
        {odds ? <div style={{ display: "flex", marginTop: 8, fontSize: 20, color: C.ink2 }}>{odds}</div> : null}
      </div>
    </div>
  );
}

/** Compare mode: one row per side, the side's name, its answer and the date or horizon. */
function AnswerRow({ answer }: { answer: OgAnswer }) {
  const colour = answer.paysBack ? C.good : C.bad;
  return (
    <div style={{ display: "flex", background: C.surface, border: `1px solid ${C.line}`, borderRadius: 14, overflow: "hidden" }}>
      <div style={{ display: "flex", width: 8, background: colour }} />
      <div style={{ display: "flex", alignItems: "center", padding: "12px 28px 14px 24px", flex: 1 }}>
        <div
          style={{
            display: "flex",
            width: 150,
            fontSize: 20,
            fontWeight: 700,
            letterSpacing: "0.08em",
            color: C.muted,
            textTransform: "uppercase",
          }}
        >
          {answer.label}
        </div>
        <div style={{ display: "flex", fontSize: 46, fontWeight: 700, color: colour, letterSpacing: "-0.02em" }}>{answer.text}</div>
        <div style={{ display: "flex", marginLeft: "auto", fontSize: 26, fontWeight: 700, color: C.ink2 }}>{answer.detail}</div>
      </div>
    </div>
  );
}

function Figure({ figure }: { figure: OgFigure }) {
  const colour = figure.tone === "good" ? C.good : figure.tone === "bad" ? C.bad : C.ink;
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        flex: 1,
        minWidth: 0,
        overflow: "hidden",
        paddingLeft: 20,
        borderLeft: `3px solid ${C.line}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 21, color: C.muted }}>{figure.label}</div>
      <div
        style={{
          display: "flex",
          fontSize: figure.value.length > 13 ? 24 : figure.value.length > 10 ? 30 : 36,
          fontWeight: 700,
          color: colour,
          letterSpacing: "-0.01em",
          marginTop: 2,
        }}
      >
        {figure.value}
      </div>
      {figure.hint ? <div style={{ display: "flex", fontSize: 20, color: C.ink2, marginTop: 2 }}>{figure.hint}</div> : null}
    </div>
  );
}

function Frame({ children, chip, locale }: { children: ReactNode; chip?: string; locale: Locale }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: C.bg,
        padding: "40px 60px 44px",
        fontFamily: family(locale),
        color: C.ink,
        borderBottom: `10px solid ${C.accent}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
        <Wordmark locale={locale} />
        {chip ? (
          <div
            style={{
              display: "flex",
              fontSize: 22,
              color: C.ink2,
              background: C.surface,
              border: `1px solid ${C.line}`,
              borderRadius: 999,
              padding: "8px 20px",
            }}
          >
            {chip}
          </div>
        ) : null}
      </div>
      {children}
    </div>
  );
}

function Card({ card, locale }: { card: OgCard; locale: Locale }) {
  const [first, ...more] = card.answers;
  assert(first !== undefined, "a preview card has an answer for each side of its scenario");
  const two = more.length > 0;
  // a long title (a fleet, a price of many digits) steps down rather than wrapping into the answer
  const titleSize = card.title.length > 44 ? 40 : card.title.length > 30 ? 50 : 60;
  return (
    <Frame chip={card.mode} locale={locale}>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 26 }}>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, letterSpacing: "-0.02em", lineHeight: 1.1 }}>{card.title}</div>
        <div style={{ display: "flex", fontSize: 25, color: C.ink2, marginTop: 10 }}>
          {/* no-break spaces keep the gaps around the dots where a Chinese glyph meets a Latin one */}
          {card.specs.replace(/ · /g, "\u00a0·\u00a0")}
        </div>
      </div>
      {two ? (
        <div style={{ display: "flex", flexDirection: "column", gap: 12, marginTop: 24 }}>
          {card.answers.map((a) => (
            <AnswerRow key={a.side} answer={a} />
          ))}
        </div>
      ) : (
        <div style={{ display: "flex", marginTop: 24 }}>
          {/* the odds from history inside the answer's card; compare mode has no room for two, its description says them */}
          <Answer answer={first} odds={card.odds[0]} />
        </div>
      )}
      <div style={{ display: "flex", gap: 20, marginTop: "auto" }}>
        {card.figures.map((f) => (
          <Figure key={f.label} figure={f} />
        ))}
      </div>
    </Frame>
  );
}

/** The last resort, drawn without the scenario: the wordmark and the app's question. */
function Fallback({ locale }: { locale: Locale }) {
  return (
    <Frame locale={locale}>
      <div
        style={{
          display: "flex",
          flex: 1,
          alignItems: "center",
          fontSize: 64,
          fontWeight: 700,
          letterSpacing: "-0.02em",
          lineHeight: 1.15,
        }}
      >
        {ogText(locale).tagline}
      </div>
    </Frame>
  );
}

/**
 * Draws the card (or, without one, the fallback) to the end before answering, so that a failure
 * is caught by the caller rather than midway through a 200.
 */
async function png(card: OgCard | null, withFonts: Fonts, locale: Locale): Promise<ArrayBuffer> {
  const element: ReactElement = card ? <Card card={card} locale={locale} /> : <Fallback locale={locale} />;
  return new ImageResponse(element, { ...OG_IMAGE_SIZE, fonts: withFonts }).arrayBuffer();
}

/** A card drawn to a PNG, or the fallback card without one, with its fonts (without them if they cannot be read). */
export async function drawPng(card: OgCard | null, locale: Locale): Promise<ArrayBuffer> {
  const withFonts = await loadFonts(locale).catch(() => undefined);
  return png(card, withFonts, locale);
}
