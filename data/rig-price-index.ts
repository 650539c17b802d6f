/**
 * What the market asked for a terahash of mining rig, by efficiency band and date: public figures
 * of Hashrate Index's ASIC Price Index (and, before it, a market report) as reports and news quoted
 * them, each with its source and what it says. Nothing here is interpolated or invented; how sparse
 * the record is and how the ranking uses it (the last figure at or before the start date, never one
 * after it): data/README.md, "Rig price index". Checked in tests/data/rig-price-index.test.ts.
 *
 * A figure is dated on the last day it may describe: "since July 2022" is dated 2022-07-31, so a
 * start date never sees a figure from after it.
 */

/** An efficiency band, in J/TH at the wall: from `min` (inclusive) to `max` (exclusive); null = open. */
export interface PriceBand {
  min: string | null;
  max: string | null;
  /** The band as its source names it. */
  label: string;
}

export interface PriceIndexSource {
  /** Who published it, as the page names it in short. */
  publisher: string;
  /** Whose data it reports and where it was read, when not the publisher's own page. */
  via: string | null;
  title: string;
  url: string;
  /** When it was published: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  published: string;
}

export interface PriceIndexPoint {
  /** The day the figure describes (or the last day it may describe), YYYY-MM-DD. */
  date: string;
  band: PriceBand;
  /** Per TH/s of rated hashrate, a decimal string in `currency`. */
  perTh: string;
  currency: "USD" | "CNY";
  /** What the source says, in short. */
  says: string;
  source: PriceIndexSource;
}

const UNDER_38: PriceBand = { min: null, max: "38", label: "under 38 J/TH" };
const FROM_38_TO_68: PriceBand = { min: "38", max: "68", label: "38–68 J/TH" };
const OVER_68: PriceBand = { min: "68", max: null, label: "over 68 J/TH" };
const UNDER_25: PriceBand = { min: null, max: "25", label: "under 25 J/TH" };
const FROM_25_TO_38: PriceBand = { min: "25", max: "38", label: "25–38 J/TH" };

/** Cointelegraph's report of the index at the end of 2022, read in a verbatim copy. */
const COINTELEGRAPH_2022: PriceIndexSource = {
  publisher: "Cointelegraph",
  via: "Hashrate Index data; read in Bloomblock's copy",
  title: "Bitcoin ASIC miner prices hovering at lows not seen in years",
  url: "https://bloomblock.news/2022/12/27/bitcoin-asic-miner-prices-hovering-at-lows-not-seen-in-years/",
  published: "2022-12-27",
};

const K33_2022: PriceIndexSource = {
  publisher: "K33 Research",
  via: "Hashrate Index data",
  title: "Bitcoin mining rig prices continue dropping",
  url: "https://k33.com/research/archive/articles/bitcoin-mining-rig-prices-continue-dropping",
  published: "2022-04-18",
};

const COINDESK_2023: PriceIndexSource = {
  publisher: "CoinDesk",
  via: "Luxor's Hashrate Index data",
  title: "Bitcoin Miners Buy Up Rigs as Prices Near All-Time Lows",
  url: "https://www.coindesk.com/consensus-magazine/2023/07/26/bitcoin-miners-buy-up-rigs-as-prices-near-all-time-lows/",
  published: "2023-07-26",
};

export const PRICE_INDEX: readonly PriceIndexPoint[] = [
  {
    date: "2018-03-12",
    band: { ...OVER_68, label: "over 68 J/TH (the Antminer S9, the market's rig of the day)" },
    // ¥14,500 ÷ 13.5 TH/s = ¥1,074.07 per TH
    perTh: "1074.07",
    currency: "CNY",
    says: "Spot Antminer S9s at about ¥14,500 each at the rig counters of Huaqiangbei's SEG Plaza on 12 March 2018, over 20 % below a month before; a Hong Kong unit about ¥1,000 less.",
    source: {
      publisher: "Jiemian News",
      via: "reprinted by TMTPost",
      title: "“区块链飓风”过境：华强北矿机盛况不再",
      url: "http://www.tmtpost.com/3129402.html",
      published: "2018-03",
    },
  },
  {
    date: "2020-11-05",
    band: OVER_68,
    perTh: "4.72",
    currency: "USD",
    says: "The over 68 J/TH band's $4.72 per TH of December 2022 was last seen around 5 November 2020.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2021-05-07",
    band: UNDER_38,
    perTh: "119.25",
    currency: "USD",
    says: "Rigs under 38 J/TH (Antminer S19, Whatsminer M30S) peaked at $119.25 per TH on 7 May 2021.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2021-05-07",
    band: FROM_38_TO_68,
    perTh: "96.24",
    currency: "USD",
    says: "Mid-tier rigs (38–68 J/TH) peaked at $96.24 per TH in May 2021.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2021-05-07",
    band: OVER_68,
    perTh: "52.85",
    currency: "USD",
    says: "Rigs over 68 J/TH peaked at $52.85 per TH (one copy of the report says $55).",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2022-04-18",
    band: UNDER_38,
    perTh: "80",
    currency: "USD",
    says: "The most efficient rigs (under 38 J/TH) cost around $80 per TH: an S19 Pro, 110 TH/s × $80 = $8,800.",
    source: K33_2022,
  },
  {
    date: "2022-04-18",
    band: OVER_68,
    perTh: "20",
    currency: "USD",
    says: "The least efficient rigs trade for about $20 per TH.",
    source: K33_2022,
  },
  {
    date: "2022-07-16",
    band: { ...FROM_25_TO_38, label: "25–38 J/TH (Antminer S19, S19 Pro)" },
    // the middle of the quoted $20–23
    perTh: "21.5",
    currency: "USD",
    says: "Antminer S19 and S19 Pro sell for around $20 to $23 per TH, according to an ASIC trading desk (down from about $40 in the months before).",
    source: {
      publisher: "CoinDesk",
      via: "an ASIC trading desk; read in PlayCrazyGame's reprint",
      title: "Bitcoin crisis causes mining equipment prices to fall to lowest level in almost 2 years",
      url: "https://playcrazygame.com/2022/07/16/bitcoin-crisis-causes-mining-equipment-prices-to-fall-to-lowest-level-in-almost-2-years/",
      published: "2022-07-16",
    },
  },
  {
    date: "2022-07-31",
    band: UNDER_25,
    perTh: "60",
    currency: "USD",
    says: "Rigs of 25 J/TH or less (S19 XP, M50S) were at $60 per TH in July 2022.",
    source: COINDESK_2023,
  },
  {
    date: "2022-12-25",
    band: UNDER_38,
    perTh: "15.71",
    currency: "USD",
    says: "Rigs under 38 J/TH fell 86.82 % from their peak to $15.71 per TH as of 25 December 2022.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2022-12-25",
    band: FROM_38_TO_68,
    perTh: "10.23",
    currency: "USD",
    says: "Mid-tier rigs (38–68 J/TH) average $10.23 per TH, 89.36 % below their peak.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2022-12-25",
    band: OVER_68,
    perTh: "4.72",
    currency: "USD",
    says: "Rigs over 68 J/TH are priced at $4.72 per TH.",
    source: COINTELEGRAPH_2022,
  },
  {
    date: "2023-07-26",
    band: UNDER_25,
    perTh: "20",
    currency: "USD",
    says: "The newest rigs (25 J/TH or less: S19 XP, M50S series) have dropped 66 % to $20 per TH since July 2022.",
    source: COINDESK_2023,
  },
];
