/**
 * Where each rig of the catalogue (data/rigs.ts, by id) was read: the source's title and the day it
 * was read (its address is the row's `sourceUrl`), and where its reference price was found. The
 * server's (GET /api/rigs); kept apart from the catalogue so the page's download does not carry
 * them, like the notes (data/rig-notes.ts). Checked in tests/data/rigs.test.ts: the same ids as the
 * catalogue, and a price's source exactly where the row has a price.
 */

export interface RigSource {
  /** The source's title, as read. */
  title: string;
  /** The day the page was read, YYYY-MM-DD. */
  read: string;
}

export interface RigPriceSource {
  /** Who gives the price and how it is worked out. */
  source: string;
  url: string;
}

export interface RigSources {
  source: RigSource;
  /** null exactly when the row has no price. */
  price: RigPriceSource | null;
}

export const RIG_SOURCES: Readonly<Record<string, RigSources>> = {
  s9: {
    source: { title: "Glassnode Studio, 'BTC ASIC fleet count' chart description (reference rig list)", read: "2026-12-01" },
    price: null,
  },
  s15: {
    source: {
      title: "bitcoin-live.de, 'Vorstellung: Bitmain Antminer S15' (announced 2018-11-08; Bitmain spec table)",
      read: "2026-12-01",
    },
    price: null,
  },
  s17: {
    source: { title: "Glassnode Studio, 'BTC ASIC fleet count' chart description (reference rig list)", read: "2026-12-01" },
    price: null,
  },
  "s17-pro": {
    source: { title: "MineROI-Net miner_specs.py (amaai-lab, Hugging Face Space; secondary dataset)", read: "2026-12-01" },
    price: null,
  },
  t17: {
    source: { title: "MineROI-Net miner_specs.py (amaai-lab, Hugging Face Space; secondary dataset)", read: "2026-12-01" },
    price: null,
  },
  s19: {
    source: { title: "Mining Store, 'The Definitive Guide to Antminer S19 Series Bitcoin Miners' (Spencer Sherwood)", read: "2026-12-01" },
    price: null,
  },
  "s19-pro": {
    source: {
      title:
        "BuyBTC123 / ZeusMining, 'The Evaluation of Antminer S19' (S19 Pro field test; rated 110 T +-3%, 3250 W +-5%, released late Feb 2020)",
      read: "2026-12-01",
    },
    price: {
      source:
        "K33 Research, 'Bitcoin mining rig prices continue dropping' (worked example: 110 TH/s x $80/TH, Hashrate Index under-38 W/TH band)",
      url: "https://k33.com/research/archive/articles/bitcoin-mining-rig-prices-continue-dropping",
    },
  },
  t19: {
    source: { title: "Mining Store, 'The Definitive Guide to Antminer S19 Series Bitcoin Miners' (Spencer Sherwood)", read: "2026-12-01" },
    price: null,
  },
  s19j: {
    source: {
      title: "Mining Store, 'The Definitive Guide to Antminer S19 Series Bitcoin Miners' (Spencer Sherwood): S19j 90 TH/s, 3250 W, 36 W/TH",
      read: "2026-12-02",
    },
    price: null,
  },
  "s19j-pro": {
    source: { title: "Mining Store, 'The Definitive Guide to Antminer S19 Series Bitcoin Miners' (Spencer Sherwood)", read: "2026-12-01" },
    price: null,
  },
  "s19-xp": {
    source: { title: "Mining Store, 'Is the Antminer S19 XP Worth It? Part 1' (announced Nov 2021, WDMS Dubai)", read: "2026-12-01" },
    price: null,
  },
  "s19-pro-plus-hyd": {
    source: {
      title:
        "Binance Square repost of Jihan Wu remarks (mirror bbapi.viigoo.eu.org): 'S19 Pro+ Hyd: 191T computing power, 5252W power, 27.5 J/T'",
      read: "2026-12-01",
    },
    price: null,
  },
  "s19-xp-hyd": {
    source: { title: "Glassnode Studio, 'BTC ASIC fleet count' chart description (reference rig list)", read: "2026-12-01" },
    price: null,
  },
  s21: {
    source: { title: "ViaBTC blog, 'WDMS 2023' recap: Antminer S21 series launch (Hong Kong, 22-23 Sep 2023)", read: "2026-12-01" },
    price: {
      source:
        "TheMinerMag, CleanSpark pre-order of S21 at $14/TH (implied 200 TH/s x $14); Bitfarms paid $17.50/TH in March 2024 (blockoala.com/news/6854)",
      url: "https://theminermag.com/news/2023-10-11/bitcoin-miner-cleanspark-s21/",
    },
  },
  "s21-hyd": {
    source: { title: "ViaBTC blog, 'WDMS 2023' recap: Antminer S21 series launch (Hong Kong, 22-23 Sep 2023)", read: "2026-12-01" },
    price: null,
  },
  t21: {
    source: {
      title:
        "Blockoala news 6854 (Bitfarms T21 order; T21 = 190 TH/s, retail ~ $3,000); power from Gridmine spec table (GitHub Bautistagl/gridmine3, SpecificationsT21.jsx: 3610 W)",
      read: "2026-12-01",
    },
    price: {
      source: "Cipher Mining order: 37,396 T21 for $99.5M (Cointelegraph via Iris Energy also paid $14/TH (= $2,660) for T21 in Dec 2023",
      url: "https://btx.com.au/category/bitmain/",
    },
  },
  "s21-pro": {
    source: {
      title: "Antminer S21 Pro profitability guide (antminer-s21-pro-profitability.pages.dev): 234 TH/s, 3531 W",
      read: "2026-12-02",
    },
    price: null,
  },
  "s21-plus-hyd": {
    source: {
      title: "Top Crypto Mining ASICs, 'How to Calculate the ROI for Antminer S21+ Hydro in 2024?' (319 TH/s, 4785 W)",
      read: "2026-12-01",
    },
    price: null,
  },
  "s21-xp": {
    source: {
      title: "BTC Miner Marketplace, 'How to calculate ROI for Bitcoin Miner S21 XP?' (270 TH/s +-3%, 13.5 J/TH +-5% on the wall at 25 C)",
      read: "2026-12-01",
    },
    price: null,
  },
  "s21e-xp-hyd": {
    source: {
      title: "Memecoin News Today, 'Block's radical Bitcoin mining chips' (S21e XP Hyd: 860 TH/s at roughly 13 J/TH)",
      read: "2026-12-01",
    },
    price: null,
  },
  m21s: {
    source: { title: "MineROI-Net miner_specs.py (amaai-lab, Hugging Face Space; secondary dataset)", read: "2026-12-01" },
    price: null,
  },
  m20s: {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  m30s: {
    source: { title: "D-Central, 'Whatsminer M30S - Low Hashrate' troubleshooting page (nameplate figures)", read: "2026-12-01" },
    price: null,
  },
  m31s: {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  "m30s-plus": {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  "m30s-plus-plus": {
    source: { title: "D-Central, 'Whatsminer M30S - Low Hashrate' troubleshooting page (nameplate figures)", read: "2026-12-01" },
    price: null,
  },
  "m31s-plus": {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  m50: {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  "m56s-plus-plus": {
    source: {
      title: "chain.review 2023-06-26, 'Riot Platforms' massive ASIC order' (M56S++ unveiled late April 2023; 22 J/TH, max 230 TH/s)",
      read: "2026-12-01",
    },
    price: {
      source: "Riot Platforms order: 33,280 M56S+/M56S++ for $162.9M = ~$21.50/TH (aktiencheck.de); implied 230 TH/s x $21.50",
      url: "https://chain.review/2023/06/26/riot-platforms-massive-asic-order-revolutionizing-bitcoin-mining-or-threat-to-sustainability",
    },
  },
  "m66s-plus": {
    source: {
      title: "Top Crypto Mining ASICs, 'How to Calculate the ROI of WhatsMiner M66S+?' (314 TH/s, 17 J/TH, 5338 W; reseller blog)",
      read: "2026-12-02",
    },
    price: null,
  },
  m60s: {
    source: {
      title:
        "D-Central, 'Whatsminer M-Series Family Variant Decoder' (MicroBT's published M30-M70 specifications; the M60S at 186 TH/s, 3,425 W as the preset quotes MicroBT)",
      read: "2026-12-07",
    },
    price: null,
  },
  a1066: {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  "a1166-pro": {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  a1246: {
    source: {
      title: "nhamilton1/asics-tools, src/utils/asic-queries/asicWattList.ts (GitHub; secondary dataset of nameplate W per TH bin)",
      read: "2026-12-01",
    },
    price: null,
  },
  a1346: {
    source: {
      title: "ZeusMining blog, 'Canaan Technology Launches New Avalon A13 Series Bitcoin Miners' (blog post dated 2022-08)",
      read: "2026-12-01",
    },
    price: null,
  },
  a1366: {
    source: {
      title: "ZeusMining blog, 'Canaan Technology Launches New Avalon A13 Series Bitcoin Miners' (blog post dated 2022-08)",
      read: "2026-12-01",
    },
    price: null,
  },
  a1466: {
    source: { title: "D-Central, 'Avalon 1466 - Low Hashrate vs Nameplate' (150 TH/s nameplate at 3230 W +-10%)", read: "2026-12-01" },
    price: null,
  },
  a16: {
    source: { title: "Hashrate Index, 'Hardware Review: Canaan's A16 Series'", read: "2026-12-01" },
    price: null,
  },
  "a16-xp": {
    source: { title: "Hashrate Index, 'Hardware Review: Canaan's A16 Series'", read: "2026-12-01" },
    price: null,
  },
  "sealminer-a2": {
    source: {
      title: "Binance Square post (Wu Blockchain, Bitdeer October mining information): SEALMINER A2 specifications",
      read: "2026-12-01",
    },
    price: null,
  },
  "sealminer-a2-hyd": {
    source: {
      title: "Binance Square post (Wu Blockchain, Bitdeer October mining information): SEALMINER A2 specifications",
      read: "2026-12-01",
    },
    price: null,
  },
};
