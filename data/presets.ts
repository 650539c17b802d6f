/**
 * Preset scenarios. Each figure's source is in data/README.md; every preset is parsed by the
 * scenario schema in tests/data/presets.test.ts. Values are written as a share link would carry
 * them (decimal strings), so a preset and a URL go through the same door.
 */
import type { ScenarioField } from "../lib/scenario/fields";

export type PresetValues = Partial<Record<Exclude<ScenarioField, "preset">, string>>;

export interface Preset {
  id: string;
  /** Short name for buttons. */
  name: string;
  /** One line of context shown beside the preset. */
  story: string;
  /** "modern" presets start on the network's figures (data/network.ts, or the server's refresh of them). */
  group: "s9-2018" | "story" | "modern";
  /** As a link carries them; a modern preset's network figures are added when it opens (lib/open/presets.ts). */
  values: PresetValues;
  /** The rig's short name, for one-line summaries and link previews ("S9 at ¥30,000"). */
  rig: string;
  /**
   * The catalogue rig (data/rigs.ts) the preset runs: a modern preset with its exact figures, the
   * January 2018 presets the S9 at its wall figure (tests/data/rigs.test.ts). The rig ranking gives
   * the preset's price to this rig only.
   */
  catalogueRig: string;
}

/**
 * The rig, the network and the market of 2018-01-15, the Huaqiangbei January, with the era's
 * figures a buyer could have known that day (sources and method: data/README.md): the pool fee of
 * the time, power at the wall, fees as the recorded average of the 90 days before, difficulty
 * growth as the recorded trend of the 12 months before. The BTC price is held: no forecast.
 */
const S9_JANUARY_2018_RIG: PresetValues = {
  currency: "CNY",
  hashrateThs: "13.5",
  powerWatts: "1400",
  startDate: "2018-01-15",
  poolFeePct: "4",
  electricityPrice: "0.35",
  // end-2017 hosting ≈ 2 × US$90 per S9 per month = ¥1,162 at 6.4574; ÷ (1.323 kW × 730.5 h) ≈ ¥1.20/kWh
  hostingPricePerKwh: "1.2",
};

const S9_JANUARY_2018: PresetValues = {
  ...S9_JANUARY_2018_RIG,
  startHeight: "504400",
  difficulty: "2227847638503.63",
  // recorded fees per block, 2017-10-17 … 2018-01-14: 40,374.7750 BTC ÷ 13,687 blocks
  feesPerBlockBtc: "2.95",
  // recorded difficulty, 2017-01-14 → 2018-01-14: ×6.371 in 365 days = +16.70 % a month
  difficultyGrowthPctPerMonth: "16.7",
  btcPrice: "87800",
};

/**
 * China's 2021 ban as an outage (issue 16; data/README.md): the rigs off from 20 June 2021, when
 * Sichuan's last farms were shut, to 30 September 2021, when the movers of the time expected their
 * shipped rigs to be plugged in abroad; ¥360 a rig of air freight (about 6 kg at ¥60 a kg).
 */
export const CHINA_BAN_2021_OUTAGE = "2021-06-20_2021-09-30_360";

/**
 * A replay takes difficulty, price, height and fees from the record (spec §6–§7), to 31 December
 * 2021: through the ban's outage and the months after it, so the replay shows what the ban cost.
 */
const S9_REPLAY: PresetValues = { ...S9_JANUARY_2018_RIG, useHistory: "1", horizonDays: "1447", outages: CHINA_BAN_2021_OUTAGE };

/**
 * The site and market of the modern presets; their network (date, height, difficulty, fees, BTC
 * price) is data/network.ts's, or the server's hourly refresh of it (lib/open/presets.ts presetValues).
 */
/** The modern presets' site and network trend (their difficulty growth is today's trend, data/README.md). */
export const MODERN_SITE: PresetValues = {
  currency: "USD",
  // recorded difficulty, 2025-01-31 → 2026-01-31: +2.28 % a month
  difficultyGrowthPctPerMonth: "2.28",
  poolFeePct: "2.5",
  electricityPrice: "0.06",
  hostingPricePerKwh: "0.075",
};

export const PRESETS: readonly Preset[] = [
  {
    id: "s9-2018-huaqiangbei",
    name: "S9 · Huaqiangbei, Jan 2018",
    group: "s9-2018",
    story: "The market price in Shenzhen's Huaqiangbei in January 2018: ¥30,000 for an S9 that left the factory at about ¥10,000.",
    values: { ...S9_JANUARY_2018, rigPrice: "30000" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-factory",
    name: "S9 · factory price",
    group: "s9-2018",
    story: "The same Antminer S9 at its ex-factory price of about ¥10,000.",
    values: { ...S9_JANUARY_2018, rigPrice: "10000" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-used",
    name: "S9 · used",
    group: "s9-2018",
    story: "A second-hand S9 in Huaqiangbei, January 2018: over ¥20,000.",
    values: { ...S9_JANUARY_2018, rigPrice: "20000" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-bulk100",
    name: "S9 · 100-rig order",
    group: "s9-2018",
    story: "The buyer from Moscow: 100 S9s for over ¥3 million, ¥30,000 each.",
    values: { ...S9_JANUARY_2018, rigPrice: "30000", rigCount: "100" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-hosted",
    name: "S9 · hosted, Jan 2018",
    group: "s9-2018",
    story:
      "The salesperson's offer: pay the host a monthly fee per rig and think about nothing else. At the end of 2017 that was about twice the US$85–95 of mid-2018: ¥1,162 a month, against running it yourself on ¥0.35 power.",
    values: { ...S9_JANUARY_2018, rigPrice: "30000", mode: "compare", hostingPricePerKwh: "0", hostingFeePerRigPerMonth: "1162" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-replay",
    name: "S9 at ¥30,000, replayed",
    group: "story",
    story:
      "The ¥30,000 Huaqiangbei S9 of 15 January 2018, run through what really happened to 31 December 2021: the 2018 price fall, the recorded fees, the May 2020 halving, and China's 2021 ban, which switched it off from 20 June to 30 September while it was shipped abroad (¥360 of freight).",
    values: { ...S9_REPLAY, rigPrice: "30000" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s9-2018-factory-replay",
    name: "S9 at ¥10,000, replayed",
    group: "story",
    story: "The same S9 at its ex-factory price of about ¥10,000, through the same history, for contrast.",
    values: { ...S9_REPLAY, rigPrice: "10000" },
    rig: "S9",
    catalogueRig: "s9",
  },
  {
    id: "s19-pro",
    name: "Antminer S19 Pro",
    group: "modern",
    story: "110 TH/s at 3,250 W (29.5 J/TH), second-hand, on the newest network figures (dated beside them).",
    values: { ...MODERN_SITE, rigPrice: "450", hashrateThs: "110", powerWatts: "3250" },
    rig: "S19 Pro",
    catalogueRig: "s19-pro",
  },
  {
    id: "s19-xp",
    name: "Antminer S19 XP",
    group: "modern",
    story: "140 TH/s at 3,010 W (21.5 J/TH), on the newest network figures (dated beside them).",
    values: { ...MODERN_SITE, rigPrice: "1400", hashrateThs: "140", powerWatts: "3010" },
    rig: "S19 XP",
    catalogueRig: "s19-xp",
  },
  {
    id: "s21",
    name: "Antminer S21",
    group: "modern",
    story: "200 TH/s at 3,500 W (17.5 J/TH), about US$2,700–3,100, on the newest network figures (dated beside them).",
    values: { ...MODERN_SITE, rigPrice: "2900", hashrateThs: "200", powerWatts: "3500" },
    rig: "S21",
    catalogueRig: "s21",
  },
  {
    id: "s21-xp",
    name: "Antminer S21 XP",
    group: "modern",
    story: "270 TH/s at 3,645 W (13.5 J/TH), on the newest network figures (dated beside them).",
    values: { ...MODERN_SITE, rigPrice: "5500", hashrateThs: "270", powerWatts: "3645" },
    rig: "S21 XP",
    catalogueRig: "s21-xp",
  },
  {
    id: "m60s",
    name: "Whatsminer M60S",
    group: "modern",
    story: "186 TH/s at 3,425 W (18.4 J/TH), about US$3,400, on the newest network figures (dated beside them).",
    values: { ...MODERN_SITE, rigPrice: "3400", hashrateThs: "186", powerWatts: "3425" },
    rig: "M60S",
    catalogueRig: "m60s",
  },
];

/** The scenario the page opens on. */
export const DEFAULT_PRESET_ID = "s9-2018-huaqiangbei";
