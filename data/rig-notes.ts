/**
 * Each rig's notes (data/rigs.ts, by id): other sources, disagreements and which figure was taken.
 * Documentation of the catalogue, kept apart from it so the page's download does not carry them;
 * checked in tests/data/rigs.test.ts.
 */
export const RIG_NOTES: Readonly<Record<string, string>> = {
  s9: "Glassnode lists S9 13.5 Th / 1323 W with availability Feb-2017; Hashrate Index (Steve Barbour expert review, https://hashrateindex.com/reviews/steve-barbour-s9) dates public release of the S9 family to June 2016 (earlier batches below 13.5 TH/s). Took 2016-06 for the model and 1323 W. Disagreements: D-Central ASIC power JSON 1400 W; bitcoin-live.de 1274 W; 0daily article 1350 W.",
  s15: "Energy-saving mode per same table: 17 TH/s at 850 W (50 J/TH). MineROI-Net dataset gives release 2018-12 (likely shipping month); took announcement month.",
  s17: "Reports of 20-30% field failure rates for S17/T17 (Cointelegraph, April 2020) - relevant to payback assumptions.",
  "s17-pro": "Secondary dataset (release_date 2019-04-09). A 53 TH/s bin was also sold; not verified from a read source.",
  t17: "Secondary dataset (release_date 2019-05-01). Cryptoground says S17/T17 'were released to the market in August 2019' - disagrees; kept dataset month, treat as approximate.",
  s19: "Announced with S19 Pro in late Feb 2020; Mining Store says 'first released in May 2020' (first shipments). Mining Store states 34 W/TH; 3250/95 = 34.2.",
  "s19-pro":
    "Deliveries began end of May 2020 (same source); Glassnode and MineROI-Net use May 2020. Mining Store guide agrees on 110 TH/s / 3250 W.",
  t19: "Release month approximate. Source says T19 followed 'shortly thereafter' the S19 (first released May 2020); no exact month read. Mining Store also lists an 88 TH/s / 3344 W bin.",
  s19j: "Release month approximate: the source names the S19j and S19j Pro 'the top sellers of 2021' and gives no month; January 2021 is the start of that year.",
  "s19j-pro":
    "Mining Store lists bins 96/100/104 TH/s at 2832/3050/3082 W; took the middle bin. MineROI-Net gives 100 TH/s at 2950 W and release 2021-06 (month taken from there, secondary). asics-tools list gives 104 TH/s at 3068 W.",
  "s19-xp": "First shipments early Q3 2022 per same source. Compass Mining reported failures of S19 XP 141 TH units (2023).",
  "s19-pro-plus-hyd":
    "Release month approximate (no dated launch source read). Weak source (mirror of a social post). Bitmain's commonly listed nameplate bin is 198 TH/s / 5445 W (27.5 J/TH) - not read here.",
  "s19-xp-hyd":
    "A Binance Square repost of Jihan Wu remarks quotes 257 TH / 5345 W (20.8 J/TH) - same efficiency; took Glassnode's 255 TH / 5304 W.",
  s21: "Source gives 200 TH/s at 17.5 J/TH; watts computed (200 x 17.5). btccontract.de says ~3200 W (low-quality page, ignored).",
  "s21-hyd": "Source gives 335 TH/s at 16 J/TH; watts computed (335 x 16).",
  t21: "Release: T21 was being sold by Dec 2023 (Iris Energy and Cipher orders, Cointelegraph via btx.com.au); Gridmine spec table says 'Marzo 2024' (likely shipping). 3610/190 = 19.0 J/TH.",
  "s21-pro":
    "The only read power figure: 3531 W (15.1 J/TH); Bitmain's nameplate 15 J/TH would give 3510 W, not read. 234 TH/s also in D-Central's S21-family page. Release month: CleanSpark was deploying pre-ordered S21 Pro units by June 2024 (PANews via Binance Square, 2024-06-18), an upper bound.",
  "s21-plus-hyd": "Release month approximate (estimate). Reseller blog; a 358 TH/s bin is also marketed (not read).",
  "s21-xp": "Watts computed (270 x 13.5). Release month approximate (estimate; no dated launch source read).",
  "s21e-xp-hyd": "Watts computed (860 x 13). Release month approximate (estimate); source is a news aside, not a spec sheet.",
  m21s: "Corroborated by trade-ob.com (56 TH/s, ~3360 W) and D-Central M21S page (~60 J/TH, 50-56T bins).",
  m20s: "Release month approximate (estimate; MicroBT sold ~600,000 M20-series units in 2019 per CoinDesk 2020-04-17). Secondary dataset; MicroBT's top M20S bin (68 TH/s / 3360 W) not read.",
  m30s: "Release month approximate (estimate; CoinDesk 2020-04-17 says M30S was launched before the April 2020 M30S+/M30S++ launch). asics-tools lists other bins (e.g. 86-102 TH/s at 42 W/TH).",
  m31s: "Release month approximate (estimate; launched before April 2020 per CoinDesk 2020-04-17).",
  "m30s-plus":
    "Launch month from CoinDesk 2020-04-17 (M30S+, M30S++, M31S+ announced, delivery within 30 days). D-Central gives the M30S+ nameplate range 100-108 TH/s.",
  "m30s-plus-plus":
    "112 TH/s also in Cointelegraph (April 2020). Power 3472 W from asics-tools list (31 W/TH; that list pairs 3472 W with a 106 TH bin - inconsistent); the power is the less certain figure. Launch month from CoinDesk 2020-04-17.",
  "m31s-plus": "Launch month from CoinDesk 2020-04-17.",
  m50: "Coin Metrics/CoinDesk ranking (via aurelianwealth.com) says the M50 was made in 2022. Release month approximate (estimate). MicroBT's base M50 spec (114 TH/s, 29 J/TH) not read.",
  "m56s-plus-plus": "Watts computed (230 x 22). Same facts in Decrypt via business-line.com. Plain M56S not sourced.",
  "m66s-plus":
    "Release month approximate: the month the M60 series was expected (Catcoin news, 'Peak Mining Invests $150M In Microbt Miners'); the S+ bin may have come later. The plain M66S (298 TH/s) could not be sourced and is left out.",
  m60s: "The modern preset's rig (data/README.md, presets): 186 TH/s at 3,425 W, MicroBT's specification with its integrated supply, at the wall. Release month approximate: the M60 series' expected month, as for the M66S+. The preset's 'about US$3,400' is a reseller's figure without a dated public page, so the catalogue gives no quoted price: the ranking estimates one from the price index.",
  a1066:
    "Release month approximate (estimate). Coin Metrics/CoinDesk (via aurelianwealth.com) groups the Canaan 1066 with 2016-era efficiency.",
  "a1166-pro": "Release month approximate (estimate). D-Central A1166 page gives the 1166 family nameplate range 68-85 TH/s.",
  a1246:
    "Release month approximate (estimate). asics-tools also lists an 85 TH/s / 3420 W bin; D-Central A1246 page gives 85-90 TH/s nameplate.",
  a1346: "Source gives 110 TH/s at 30 J/TH; watts computed. Release month taken from the blog post date (launch news).",
  a1366: "Source gives 130 TH/s at 25 J/TH; watts computed. Release month taken from the blog post date.",
  a1466: "Release month approximate (estimate). Same page lists an A1466I immersion variant at 150-170 TH/s, 3230-3315 W.",
  a16: "Source: 282 TH/s +-5%, 3900 W +-10%, nameplate 13.8 J/TH; 3900/282 = 13.8.",
  "a16-xp": "Source: 300 TH/s +-5%, 3850 W +-10%, nameplate 12.8 J/TH; 3850/300 = 12.8.",
  "sealminer-a2":
    "Source gives 226 TH/s at 16.5 J/TH; watts computed. Mass production and first external sales of ~30,000 units reported for Nov 2024 (cointeeth.com).",
  "sealminer-a2-hyd": "Source gives 446 TH/s at 16.5 J/TH (2U form factor); watts computed.",
};
