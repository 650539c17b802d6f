/**
 * Builds the Chinese font of the link-preview image: Noto Sans CJK SC (SIL OFL), cut down to the
 * characters a Chinese preview can contain, so the image route can draw Chinese without a
 * 20 MB font. Every Chinese character of a preview comes from the project's own tables (no
 * scenario field holds free text), so the set is closed: this script draws every preview text
 * it can make, collects their characters, and writes them beside the fonts.
 *
 *   npx tsx scripts/build-og-font.ts
 *
 * Needs Debian's fonts-noto-cjk and python3-fonttools (fontTools.subset). tests/lib/present/og.test.ts checks
 * that the committed character list covers every Chinese preview.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  MESSAGES,
  makerName,
  ogCard,
  ogCardText,
  OG_TEXT_ZH,
  PRESETS,
  RIGS,
  RIGS_TEXT_ZH,
  rigModelName,
  simulate,
  validateRaw,
} from "../lib/server";
import { presetValues } from "../lib/open/presets";
import { fieldLabel } from "../lib/i18n/fields";
import { NOT_A_FIGURE } from "../lib/present/format";

const OUT = join(process.cwd(), "app", "og", "fonts");
const SOURCE = "/usr/share/fonts/opentype/noto";
/** Noto Sans CJK's collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK. */
const SC = 2;

export function ogCharacters(): string {
  const texts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") texts.push(v);
    else if (typeof v === "function") {
      if (v === OG_TEXT_ZH.description) return; // takes a list: called below
      const out = (v as (...a: unknown[]) => unknown)("0", "1", "2");
      texts.push(Array.isArray(out) ? out.join("") : String(out));
    } else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(OG_TEXT_ZH);
  texts.push(OG_TEXT_ZH.description("x", ["a", "b"]));
  for (const p of PRESETS) {
    for (const mode of ["self", "hosted", "compare"]) {
      for (const extra of [{}, { rigCount: "7", horizonDays: "500" }, { hashrateThs: "15", rigPrice: "300000" }, { useHistory: "1" }]) {
        const checked = validateRaw({ ...presetValues(p), preset: p.id, mode, ...extra });
        if (checked.ok) texts.push(ogCardText(ogCard(simulate(checked.scenario), "zh")));
      }
    }
  }
  // every catalogue rig's name in Chinese: a link to a catalogue rig names it (蚂蚁矿机 S21 XP, 神马 M60S)
  for (const rig of RIGS) texts.push(rigModelName(rig.name, "zh"), makerName(rig.maker, "zh"));
  // a power schedule as the description says it (lib/present/power-words.ts): every word of it, each
  // branch, and the two sides of a site with all of issue 16's terms
  const w = RIGS_TEXT_ZH.schedule;
  walk(RIGS_TEXT_ZH.preview);
  const spans = [
    { from: "0", to: "1" },
    { from: "2", to: "3" },
  ];
  texts.push(
    w.perKwh("1"),
    w.monthPrice("1", "2", true),
    w.monthSpan(1, 1),
    w.monthSpan(1, 2),
    w.andList(["1", "2"]),
    w.groups(["1", "2"]),
    w.parts(["1", "2"]),
    w.peak("1", spans),
    w.peak("1", spans, true),
    w.peakAllDay("1"),
    w.peakAllDay("1", true),
    ...[true, false].flatMap((b) => [w.curtailed("1", b, "2"), w.curtailed("1", b, null), w.escalation("1", b)]),
    w.hostingFee("1"),
    w.feeOnly("1"),
    w.hostShare("1"),
    w.hostUptime("1"),
    w.minimumTerm("1", "2"),
    w.minimumTerm("1", null),
    w.deposit("1"),
    w.outage("1", "2", "3"),
    w.outage("1", "2", null),
  );
  texts.push(fieldLabel("outages", "zh"));
  const site = {
    electricityPriceByMonth: "0.25,0.25,0.25,0.25,0.15,0.15,0.15,0.15,0.15,0.15,0.25,0.25",
    peakElectricityPrice: "0.4",
    hostingPriceByMonth: "0.38,0.38,0.38,0.38,0.3,0.3,0.3,0.3,0.3,0.3,0.38,0.38",
    peakHostingPrice: "0.5",
    peakHours: "8-11,18-22",
    demandResponseCredit: "0.1",
    demandResponseHours: "20",
    hostedDemandResponseHours: "10",
    hostingFeePerRigPerMonth: "50",
    revenueSharePct: "5",
    hostingEscalationPctPerYear: "5",
    hostingUptimePct: "95",
    hostingMinimumMonths: "12",
    hostingExitFeePerRig: "300",
    hostingDepositMonths: "1",
  };
  // the same site with its peak on weekdays only ("工作日峰时 …")
  for (const p of PRESETS.flatMap((preset) => [
    { preset, site },
    { preset, site: { ...site, peakDays: "weekdays" } },
  ])) {
    const { preset, site } = p;
    const checked = validateRaw({ ...presetValues(preset), preset: preset.id, mode: "compare", hostingPricePerKwh: "0.4", ...site });
    if (checked.ok) {
      const outages = `${checked.scenario.startDate}_${checked.scenario.startDate}_100`;
      const withOutage = validateRaw({
        ...presetValues(preset),
        preset: preset.id,
        mode: "compare",
        hostingPricePerKwh: "0.4",
        ...site,
        outages,
      });
      texts.push(ogCardText(ogCard(simulate(withOutage.ok ? withOutage.scenario : checked.scenario), "zh")));
    }
  }
  // amounts in 万 and 亿, every date and day count
  texts.push("万亿年月日天台个");
  // a figure without a value ("—"): the ROI of a rig that cost nothing (rig price, setup and fees all
  // 0) has no base to be a share of. No preset draws it, a scenario a link can carry does
  texts.push(NOT_A_FIGURE);
  // the odds line's other branches (never, no odds, none for coins kept): the presets may not draw
  // them, as no preset keeps its coins (sell=hold or sell=cover)
  texts.push(
    MESSAGES.zh.oddsFailed(""),
    MESSAGES.zh.oddsLine({ pct: "1", count: "1", from: "", to: "", median: null, p10: null, p90: null }),
    MESSAGES.zh.oddsHeldFailed("1"),
  );
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (ch.charCodeAt(0) > 0x7e) chars.add(ch);
  // Latin as well, so a mixed line never falls between two fonts' metrics
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCharCode(c));
  return [...chars].sort().join("");
}

if (process.argv[1]?.endsWith("build-og-font.ts")) {
  // the subset only grows: characters an earlier build drew (from words since reworded) are kept
  const kept = existsSync(join(OUT, "NotoSansSC-chars.txt"))
    ? readFileSync(join(OUT, "NotoSansSC-chars.txt"), "utf8").replace(/\n$/, "")
    : "";
  const chars = [...new Set([...kept, ...ogCharacters()])].sort().join("");
  writeFileSync(join(OUT, "NotoSansSC-chars.txt"), `${chars}\n`);
  for (const [weight, file] of [
    ["Regular", "NotoSansCJK-Regular.ttc"],
    ["Bold", "NotoSansCJK-Bold.ttc"],
  ] as const) {
    execFileSync("/usr/bin/python3", [
      "-m",
      "fontTools.subset",
      join(SOURCE, file),
      `--font-number=${SC}`,
      `--text=${chars}`,
      "--layout-features=*",
      "--no-hinting",
      "--desubroutinize",
      `--output-file=${join(OUT, `NotoSansSC-${weight}.otf`)}`,
    ]);
  }
  console.log(`${[...chars].length} characters → app/og/fonts/NotoSansSC-{Regular,Bold}.otf`);
}
