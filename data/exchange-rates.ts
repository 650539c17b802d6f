/**
 * Exchange rates quoted with a preset's figures, by the preset's start date: the page's default
 * CNY per USD rate when a scenario starts on that day. Other days use the monthly averages of the
 * history tables (`cnyPerUsdFor` in ./history). Sources: data/README.md.
 */
export interface QuotedRate {
  /** Start date (`YYYY-MM-DD`) of the presets the rate came with. */
  date: string;
  /** CNY per 1 USD, as quoted (decimal string). */
  cnyPerUsd: string;
  /** Shown beside the rate on the page, in English and in Chinese. */
  source: string;
  sourceZh: string;
}

export const QUOTED_CNY_PER_USD: readonly QuotedRate[] = [
  {
    date: "2018-01-15",
    cnyPerUsd: "6.4574",
    source: "The rate quoted with the Huaqiangbei market figures of January 2018 (the presets' BTC price ¥87,800 = US$13,592 × 6.4574).",
    sourceZh: "2018年1月华强北市场数据所附的汇率（预设的 BTC 价格 ¥87,800 = US$13,592 × 6.4574）。",
  },
];
