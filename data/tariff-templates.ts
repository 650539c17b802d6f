/**
 * Twelve-month power price templates for the page's month editor (kwhm, hkwhm): what Chinese
 * miners paid per kWh through the year before the 2021 ban. Every figure is in yuan per kWh and
 * sourced in data/README.md ("Power price templates").
 */

/** A season of a template: the months it covers (1 = January) and its price in yuan per kWh. */
export interface TariffSeason {
  months: readonly number[];
  cnyPerKwh: string;
  /** Where the power comes from in these months, for the page. */
  site: "sichuanHydro" | "sichuanThermal" | "xinjiangCoal";
}

export interface TariffTemplate {
  id: "sichuan" | "migration";
  seasons: readonly TariffSeason[];
}

/** 丰水期: the wet season, May to October (Cointelegraph, 30 May 2020; SCMP, 29 Oct 2019). */
export const WET_MONTHS = [5, 6, 7, 8, 9, 10] as const;
/** 枯水期: the dry season, November to April (8btc News, early 2019: "the dry season (starting from November)"). */
export const DRY_MONTHS = [11, 12, 1, 2, 3, 4] as const;

export const TARIFF_TEMPLATES: readonly TariffTemplate[] = [
  {
    // 8btc News, early 2019: "as low as 0.08 yuan" in the wet season, "0.28 yuan" (thermal) in the dry season
    id: "sichuan",
    seasons: [
      { months: WET_MONTHS, cnyPerKwh: "0.08", site: "sichuanHydro" },
      { months: DRY_MONTHS, cnyPerKwh: "0.28", site: "sichuanThermal" },
    ],
  },
  {
    // Sichuan hydro in the wet season (8btc, 0.08), Xinjiang coal in the dry (BloombergNEF via Bloomberg, Feb 2021: "as little as 0.22 yuan")
    id: "migration",
    seasons: [
      { months: WET_MONTHS, cnyPerKwh: "0.08", site: "sichuanHydro" },
      { months: DRY_MONTHS, cnyPerKwh: "0.22", site: "xinjiangCoal" },
    ],
  },
];
