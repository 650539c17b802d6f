/**
 * Growth scenarios a user can pick beside the growth fields. Sources: data/README.md, "Growth
 * scenarios"; tests/lib/present/growth.test.ts checks them against the history tables.
 */

/**
 * "2018 again": difficulty and BTC price as they moved from January 2018 — difficulty +15 % a
 * month to its October 2018 peak, the price −11.5 % a month to its December 2018 low.
 */
export const AGAIN_2018 = { difficultyGrowthPctPerMonth: "15", btcPriceGrowthPctPerMonth: "-11.5" } as const;

/** The windows of recorded history, in months before the start date, offered as "recent trend". */
export const TREND_MONTHS = [3, 6, 12] as const;
