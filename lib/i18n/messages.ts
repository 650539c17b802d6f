/**
 * Every word of the interface in English; Simplified Chinese is in lib/i18n/zh/messages.ts, loaded on
 * demand so an English first visit does not download it. Figures arrive already formatted for the
 * language (lib/present/format.ts FORMATTERS), so a message only places them. The Chinese table has
 * the English one's type: a missing or extra message is a type error.
 */
import type { Locale } from "./locale";
import type { SideName } from "../engine/simulate";
import { localeTables } from "./registry";

const en = {
  pageTitle: "Rig Payback — when does a mining rig really pay for itself?",
  pageDescription:
    "An honest payback calculator for Bitcoin mining rigs: difficulty growth, halvings, fees, uptime, switching off, hosting against self-run, and what the same money would have done in bitcoin.",
  brand: "Rig Payback",
  brandLocal: "",
  brandLine: "The honest payback day for a Bitcoin mining rig",
  brandMore: ": halvings, difficulty and all",
  brandEnd: ".",
  language: "Language",
  copyLink: "Copy link",
  copied: "Copied",
  copyFailed: "Copy failed — use the address bar",
  copiedStatus: "The link to this scenario is copied.",
  copiedBefore:
    "Copied the link to the scenario before your change: type the rig's price or fix the figure marked, then copy again to link what you see.",
  storyTitle: "Shenzhen, January 2018",
  storyText:
    "In Huaqiangbei's electronics market, Antminer S9s that left the factory at about ¥10,000 sold for ¥30,000; used ones for over ¥20,000; a buyer from Moscow paid over ¥3 million for 100. The salesperson's pocket calculator showed the “payback cycle”. Here is the honest one: difficulty growth, halvings, fees, uptime, switching off — and, if you like, what actually happened.",
  storyFacts:
    "S9 from the factory ¥10,000 · in the market ¥30,000 · used ¥20,000 · a Moscow buyer's 100 rigs ¥3 million. When did they pay back?",
  presets: "Presets",
  presetGroups: { "s9-2018": "The 2018 S9", story: "What happened", modern: "Modern rigs" },
  linkRefused: "Part of this link was refused; everything else is as the link says.",
  dismissLink: "Dismiss the message about the link",
  footer:
    "Each day holds 144 blocks; the subsidy halves every 210,000 blocks; difficulty steps every 14 days; the price compounds daily; a day whose revenue is below its power cost is a day off. All amounts are exact decimal arithmetic. The modern rigs' network figures are dated beside the network fields. The same answer is at",
  footerEnd: ".",
  loadingSensitivity: "Loading the sensitivity views…",
  drawingCharts: "Drawing the charts…",

  // the form
  formLabel: "Scenario",
  formLabelMore: "Scenario: network, money and running",
  modeLegend: "How the rigs run",
  modeGroup: "Mode",
  modes: {
    self: { label: "Run it myself", hint: "your own power" },
    hosted: { label: "Pay a host", hint: "hosting offer" },
    compare: { label: "Compare", hint: "both side by side" },
  },
  rigLegend: "The rig",
  efficiency: "Efficiency:",
  efficiencyNote: " (watts ÷ TH/s; an S9 is about 98, an S21 17.5)",
  electricityLegend: "Your electricity",
  runningCostsMore: "Running and setup costs",
  hostingLegend: "The hosting offer",
  hostingMore: "Setup fee and the host's share",
  networkLegend: "The network",
  startMore: "Start date and block height",
  moneyLegend: "The money",
  resaleMore: "Resale after the last day",
  runningLegend: "Running it",
  fieldHelp: (help: string, allowed: string) => `${help} Allowed: ${allowed}.`,
  fromRecords: "From the records of the start date while “What actually happened” is on.",
  currencyLabel: "Currency",
  currencyUnit: "every amount",
  currencyOptions: { CNY: "¥ CNY — yuan", USD: "$ USD — US dollars" },
  currencyHelp: "Switching converts every amount at the rate beside it.",
  rateLabel: "Exchange rate",
  rateUnit: "CNY per USD",
  rateError: "Enter CNY per US dollar: a positive number up to 1,000, e.g. 7.1.",
  rateHelpTail: "Switching the currency converts at this rate.",
  rateMonth: (month: string) => `The average for ${month} (FRED, H.10 noon buying rates).`,
  rateNearest: (month: string | null) =>
    `The rate table (FRED) has no average for ${month ?? "this date"}: this is the nearest month's; edit it to the rate you use.`,
  shutdownTitle: "Switch off when unprofitable",
  shutdownNote: "A day whose revenue is below its power cost is a day off; fixed fees are still paid.",
  historyTitle: "What actually happened",
  historyNote: "Replay the recorded difficulty, BTC price, fees and block dates (2013 – Feb 2026); growth rates apply after.",
  feesFromRecords: "Recorded fees are used to 1 May 2025 while “What actually happened” is on; this figure after that.",
  growthLegend: "Growth: which story? (difficulty · price, a month)",
  growthFlat: "Flat (the salesperson’s)",
  growthTrend: (months: number) => `Last ${months} months`,
  growthAgain: "2018 again",
  growthExample: "This example's",
  growthAtEnd: (price: string, difficulty: string, horizon: string) => `After ${horizon}: BTC ${price}, difficulty ${difficulty}.`,
  growthReplayCovered: "Replaying the records: they cover the whole horizon, so these growth rates are not used.",
  growthReplayAfter: (date: string) => `Replaying the records: they end on ${date}, and these growth rates apply after that day.`,
  /** A growth rate beyond the record over the horizon's length (lib/present/growth.ts beyondKind). */
  growthBeyond: {
    faster: (what: "price" | "difficulty", pct: string, span: string) =>
      `Faster than the ${what === "price" ? "BTC price" : "difficulty"} ever kept up over ${span} on record (${pct} % a month at most).`,
    fall: (what: "price" | "difficulty", pct: string, span: string) =>
      `A steeper fall of the ${what === "price" ? "BTC price" : "difficulty"} than any over ${span} on record (${pct} % a month at worst).`,
    // below the record's slowest, which still rose: not a fall
    slower: (what: "price" | "difficulty", pct: string, span: string) =>
      `Slower growth of the ${what === "price" ? "BTC price" : "difficulty"} than any over ${span} on record (${pct} % a month at the least).`,
  },
  growthDetail: (dg: string, bg: string) => `difficulty ${dg} %, price ${bg} % a month`,
  growthRates: (dg: string, bg: string) => `${dg} % · ${bg} %`,
  growthTrendSpan: (from: string, to: string) => `recorded ${from} – ${to}`,

  // the results
  resultsLabel: "Results",
  sides: { self: "Self-run", hosted: "Hosted" } as Record<SideName, string>,
  paysBackOn: (day: string) => `Pays back on day ${day}`,
  paysBackSep: ", ",
  notPaidBack: (horizon: string): [string, string, string] => ["Does not pay back", " ", `within ${horizon}`],
  shortDay: (day: string, date: string) => `day ${day} (${date})`,
  shortNever: (horizon: string) => `never within ${horizon}`,
  years: (n: number) => `${n} year${n === 1 ? "" : "s"}`,
  days: (n: string) => `${n} days`,
  months: (n: string) => `${n} months`,
  netProfit: "Net profit",
  roi: "Return on the outlay",
  roiShort: "ROI",
  figures: {
    btcMined: "BTC mined",
    over: (horizon: string) => `over ${horizon}`,
    costPerBtc: "Cost per BTC",
    btcOnDay1: (price: string) => `BTC on day 1: ${price}`,
    outlay: "Outlay",
    noResale: "no resale",
    resale: (v: string) => `resale ${v}`,
    revenue: "Revenue",
    costs: (v: string) => `costs ${v}`,
    switchedOff: "Switched off",
    never: "Never",
    fromDay: (day: string) => `From day ${day}`,
    alwaysCovers: "mining always covers power",
    daysOff: (n: string) => `${n} days off in all`,
    hashprice: "Hashprice",
    hashpriceHint: "what 1 PH/s earned on day 1, before fees",
    breakEvenPower: "Break-even power price",
    perKwh: (v: string) => `${v}/kWh`,
    breakEvenPowerHint: "above this price, day 1 loses money",
    btcInstead: "The same money in BTC",
    btcInsteadHint: (value: string, price: string) => `worth ${value} at ${price}/BTC on the last day`,
    firstDay: "Day 1 profit",
    firstDayHint: (revenue: string, costs: string) => `${revenue} revenue − ${costs} costs`,
  },
  // the "today" row of the card (lib/present/today.ts): what pool calculators lead with
  today: {
    // the start date's figures, which on a page of January 2018 are not a reader's today
    title: "Day 1, at the start date's difficulty and price",
    revenueDay: "Revenue a day",
    powerDay: "Power a day",
    hostingDay: "Hosting a day",
    profitDay: "Profit a day",
    profitMonth: "Profit a month",
    shutdownPrice: "Shutdown BTC price",
    breakEvenPower: "Break-even power price",
    breakEvenHosting: "Break-even hosting price",
    perKwh: (v: string) => `${v}/kWh`,
    pricePerTh: "Price per TH/s",
    perTh: (v: string) => `${v}/TH/s`,
    staticPayback: "Static payback",
    days: (n: string) => `${n} days`,
    neverAtToday: "never at day 1's figures",
    noShutdown: "none: no power cost",
    yearsApprox: (n: string) => `about ${n} years`,
    aDay: (v: string) => `${v}/day`,
  },
  refusedFields: (n: number) =>
    `${n === 1 ? "One field is refused" : `${n} fields are refused`}: the results below are for the last valid scenario.`,
  scenarioRigs: (n: string) => `${n} rigs × `,
  scenarioFrom: (date: string) => `from ${date}`,
  historyLine: (from: string, to: string, more: boolean, feesTo: string | null) =>
    `Recorded difficulty, BTC price${feesTo === to ? ", fees" : ""} and block dates from ${from} to ${to}${
      feesTo !== null && feesTo !== to ? `, recorded fees to ${feesTo}` : ""
    }${more ? "; after that the growth rates take over." : "."}`,

  // compare
  compareTitle: "Self-run or hosted",
  compareWinner: (side: "self" | "hosted", amount: string, horizon: string) =>
    `${side === "self" ? "Running the rigs yourself" : "Hosting"} wins: ${amount} more over ${horizon}.`,
  compareEven: (horizon: string) => `Neither wins: the same net profit over ${horizon}.`,
  // a link that changed its example's currency without its amounts: one tap converts them
  convertUnconverted: (to: "CNY" | "USD", rate: string) =>
    `Convert them to ${to === "CNY" ? "yuan" : "US dollars"} at ${rate} yuan per dollar`,
  crossoverNone:
    "At no power price a site could pay do running the rigs yourself and this hosting offer come out even: the one ahead stays ahead.",
  crossoverNegative: (price: string) =>
    `This hosting offer beats running the rigs yourself unless you are paid ${price} per kWh to use power.`,
  crossoverPositive: (price: string) =>
    `Running the rigs yourself beats this hosting offer while your electricity costs less than ${price} per kWh.`,
  // with a price for each month the crossover is an amount added to every month's price (spec §9), not a price
  crossoverShiftNegative: (amount: string) =>
    `This hosting offer beats running the rigs yourself unless every month's electricity price falls by ${amount} per kWh or more.`,
  crossoverShiftPositive: (amount: string) =>
    `Running the rigs yourself beats this hosting offer unless every month's electricity price rises by ${amount} per kWh or more.`,
  bothNever: "Neither pays back",
  hostedNever: "Hosting never pays back",
  selfNever: "Only hosting pays back",
  dayDiff: (n: number) => `${n > 0 ? "+" : ""}${n} days`,
  diffNet: "Net profit",
  diffDay: "Paying back",
  diffBtc: "BTC mined for you",
  monthlyCaption: "A month of costs at day 1’s prices",
  costColumn: "Cost",
  monthly: {
    electricity: "Electricity",
    running: "Running costs",
    hostingFees: "Hosting fees",
    runningOrHosting: "Running costs / hosting fees",
    hostShare: "Host's share of the BTC",
    poolFee: "Pool fee",
  },

  // the flat calculator
  flatTitle: "The salesperson's calculator, and the honest one",
  flatSays: (day: string, months: string) => `says day ${day} (${months})`,
  flatNever: "never pays back",
  withDifficulty: (pct: string) => `${pct} % difficulty growth a month`,
  withPrice: (pct: string) => `${pct} % price growth a month`,
  withUptime: (pct: string) => `${pct} % uptime`,
  withHistory: "the recorded history",
  withList: (items: string[]) => `with ${items.join(", ")}`,
  withDefault: "with halvings and switching off",
  honestNever: (horizon: string) => `it never pays back within ${horizon}`,
  honestDay: (day: string, months: string) => `it is day ${day} (${months})`,
  flatSentence: (flat: string, withText: string, honest: string) => `The flat calculator ${flat}; ${withText} ${honest}.`,
  gridNever: "never",
  gridCaption: (side: string) => `Break-even day (${side}) by difficulty growth (rows) and BTC price growth (columns) a month`,
  gridCorner: ["Difficulty ↓", "Price →"] as [string, string],

  // charts
  overTime: "Over time",
  downloadCsv: "Daily schedule (CSV)",
  chartTable: "The charts' data as a table",
  chartTableCaption: "Every 30 days and the last day",
  asItHappened: ", as it happened",
  projected: "Projected at the growth rates",
  seriesRevenue: (side: string) => `${side} revenue`,
  seriesCosts: (side: string) => `${side} costs`,
  positionTitle: "Cumulative position",
  positionCaption: (cur: string) =>
    `Profit so far minus the outlay, in ${cur}. It starts at minus what the rigs cost and has paid back where it crosses zero.`,
  dailyTitle: "Daily revenue and costs",
  dailyCaption: (cur: string) =>
    `In ${cur} a day. Where revenue falls below the power bill the rigs are switched off, and only fixed fees remain.`,
  /** "day 189", in a sentence or a cell. */
  day: (day: string) => `day ${day}`,
  markedDays: "Marked days",
  markerLine: (label: string, day: string, date: string) => `${label}: day ${day}, ${date}`,
  spanLine: (label: string, from: string, to: string) => `${label}: days ${from}–${to}`,
  markerPaysBack: (side: string) => `${side} pays back`,
  /** "Day 189", as a label of its own. */
  dayTitle: (day: string) => `Day ${day}`,
  markerOff: (side: string) => `${side} first switched off`,
  markerOffShort: "Off",
  halving: "Halving",
  recordsEnd: "Records end",
  chinaBan: "China bans mining",
  tableDay: "Day",
  tableDate: "Date",
  tableBtcPrice: "BTC price",
  tablePosition: (side: string) => `${side} position`,
  tableRevenue: (side: string) => `${side} revenue a day`,
  tableCosts: (side: string) => `${side} costs a day`,

  // how sure
  sensTitle: "How sure is the answer",
  sensTabs: "Views",
  tabs: { grids: "Heat maps", tornado: "What matters most", futures: "Range of futures" },
  runningFutures: (done: number, total: number) => `Running futures: ${done} of ${total}…`,
  computing: "Computing…",
  sensFailed: (why: string) => `Could not compute this view: ${why}`,
  heatCaptionTail: ". Your scenario is outlined; tap or click a cell for its figures.",
  heatGrowthTitle: "Break-even day by BTC price growth and difficulty growth",
  heatPricesTitle: "Break-even day by electricity price and BTC price",
  heatGrowthSpan: (from: string, to: string) => ` (axes: the 10th–90th percentile of 12-month trends from ${from} to ${to})`,
  heatCell: (x: string, y: string, day: string | null, profit: string, own: boolean) =>
    `${x}, ${y}: ${day === null ? "never pays back" : `pays back on day ${day}`}, net profit ${profit}${own ? " (your scenario)" : ""}`,
  scale: "Early in the horizon → late → never (—). Cells show the break-even day.",
  heatOutside: (x: string, y: string) =>
    `${x}, ${y}: outside the allowed range (a month's price would pass the highest or lowest allowed price)`,
  tornadoClamped: (high: boolean) => `clamped at the ${high ? "highest" : "lowest"} allowed price`,
  heatScaleTitle: "Break-even day:",
  heatGrowthReplay: (day: string) =>
    `What actually happened takes the place of the growth rates over this horizon: every pair of growth rates gives the same answer, ${
      day === "—" ? "it does not pay back" : `day ${day}`
    }. The map by power and BTC price below still moves.`,
  heatCoarse: (size: number) =>
    `A ${size} × ${size} grid: every cell runs the whole horizon day by day, so a long replay or power terms are drawn coarser to stay quick.`,
  heatReplayScaled: "On a replay, a BTC price or difficulty in a map moves every recorded day by the same ratio.",
  heatScaleDays: (from: string, to: string) => `${from}–${to}`,
  heatScaleNever: "never (—)",
  tornadoCaption: (side: string, base: string) =>
    `Net profit (${side}) when each input moves ±20 % (growth rates ±2 points a month), largest effect first. Your scenario: ${base}.`,
  tornadoBase: (base: string) => `your scenario: ${base}`,
  tornadoAxis: "Net profit",
  tornadoLess: "less net profit than your scenario",
  tornadoMore: "more net profit than your scenario",
  tornadoTable: { input: "Input", low: "Moved down to", high: "Moved up to", profit: "Net profit" },
  volatility: "Volatility",
  volatilityUnit: "% a year",
  futuresCount: "Futures",
  seed: "Seed",
  seedUnit: "same seed, same futures",
  futuresHelp:
    "Each future is a random walk of the BTC price around your growth rate, re-drawn every 14 days; the difficulty follows the price 12 weeks later. The default volatility is BTC's over the last four years of the history tables (weekly averages, so a floor).",
  futuresBand: "10–90 % of futures",
  futuresMedian: "Median future",
  futuresSummary: (pct: string, count: number, days: number, medianDay: number | null) =>
    `${pct} % of ${count} futures pay back within ${days} days; ${
      medianDay === null ? "fewer than half pay back" : `the median future pays back on day ${medianDay}`
    }.`,
  money: {
    coinsMore: "Coins, discounting and a loan",
    policyLabel: "Mined coins",
    policyHelp: "What happens to each day's BTC; the results above follow this choice.",
    policyOptions: { daily: "Sell daily", hold: "Hold all", cover: "Sell for costs" } as Record<string, string>,
    title: "What the coins do",
    intro: (side: string) => `${side}: the same scenario under each coin policy, beside the same money put into BTC on day 1.`,
    columns: { daily: "Sell daily", hold: "Hold", cover: "Sell to cover costs", btc: "BTC on day 1 instead" } as Record<string, string>,
    chosen: "your choice",
    paysBack: (day: string) => `pays back on day ${day}`,
    // the money in BTC on day 1 is worth the outlay that day: no payback day, only where it ends
    /** BTC bought on day 1 against the outlay at the end: `sign` 1 worth more, 0 the same, −1 less. */
    insteadEnds: (sign: number): string =>
      sign > 0
        ? "worth more than the outlay at the end"
        : sign < 0
          ? "worth less than the outlay at the end"
          : "worth the same as the outlay at the end",
    never: "does not pay back",
    held: (btc: string) => `${btc} held at the end`,
    positionCaption: "Position over time: cash, plus the BTC held at the day's price, minus the outlay",
    fairSentence: (fair: string, gap: string, more: boolean) =>
      `Fair price at these figures: ${fair} — you pay ${gap} ${more ? "more" : "less"}.`,
    fairExact: (fair: string) => `Fair price at these figures: ${fair} — exactly the price.`,
    fairNone: "No fair price: the rigs resell for all they cost.",
    marketSaid: (price: string, estimate: string, band: string, date: string, publisher: string) =>
      `The price here is ${price}; the market's price index said about ${estimate} for a rig of this efficiency (${band}) on ${date} (${publisher}).`,
    marketAge: (days: string, stale: boolean) =>
      stale
        ? `That figure is ${days} days older than the start date: check the day's quotes.`
        : `That figure is ${days} days older than the start date.`,
    marketNone: (date: string) => `The market's price index has no figure for a rig of this efficiency on or before ${date}.`,
    fairPrice: "Fair rig price",
    fairHint: (gap: string, more: boolean) => `you pay ${gap} ${more ? "more" : "less"}`,
    shutdownPrice: "Shutdown coin price",
    shutdownHint: "below this BTC price the power costs more than the coins",
    npv: "Net present value",
    npvHint: (disc: string, irr: string) => `at ${disc} %/year; IRR ${irr}`,
    irrNone: "none",
    perYear: (v: string) => `${v} %/year`,
    loan: (borrowed: string, payment: string, interest: string) => `${borrowed} borrowed, ${payment} a month, interest ${interest}`,
    flipPolicy: {
      daily: "Selling the coins each day instead",
      hold: "Holding the coins instead",
      cover: "Selling only enough coins to cover the costs instead",
    },
    flip: (policy: string, profit: string, breakEven: string) => `${policy}: net profit ${profit} (${breakEven}).`,
  },
  oddsLine: (o: { pct: string; count: string; from: string; to: string; median: string | null; p10: string | null; p90: string | null }) =>
    `Pays back in ${o.pct} % of ${o.count} futures drawn from ${o.from} – ${o.to}; ${o.median === null ? "median: never" : `median day ${o.median}`}; 10–90 %: ${
      o.p10 === null ? "never" : `day ${o.p10}`
    } – ${o.p90 === null ? "never" : `day ${o.p90}`}`,
  oddsComputing: "Drawing futures from history…",
  futuresModel: "How the futures are made",
  futuresModels: { margin: "The odds' model", history: "Drawn from history", walk: "Random walk (a second opinion)" },
  futuresWindow: "History drawn from",
  futuresWindows: {
    before: "The four years before the start date",
    all: "All recorded history before the start date",
    span: "A span of days… (past the start date: hindsight)",
  },
  futuresWindowFrom: "From",
  futuresWindowTo: "To",
  futuresWindowRefused: (text: string, allowed: string, kept: string) =>
    `The window "${text}" is not allowed: ${allowed}. The futures keep "${kept}".`,
  futuresHelpHistory:
    "Each future strings together 14-day periods of the four years before the start date — the BTC price's change, the difficulty's change and the fees, taken together from the same period — in runs of 12 weeks on average, so booms, crashes and the difficulty's delayed reply survive. Your growth rates are not used: the drawn periods are the trend.",
  futuresHelpMargin:
    "The model of the odds under the headline, chosen because it did best in backtests: the BTC price drifts at the average of the four years before the start date (each future with its own error around it) with the surprises of those years; difficulty grows faster while the newest rigs earn well over their power cost, and the rigs keep getting more efficient. Your growth rates are not used.",
  futuresRefused: (name: string, text: string, min: string, max: string, kept: string) =>
    `${name} "${text}" is not allowed: it must be from ${min} to ${max}. The futures keep ${kept}.`,
  oddsFailed: (why: string) => `No odds: ${why}`,
  futuresHeldFailed: (pct: string) =>
    `A spread, not odds: for a scenario that keeps its coins these futures failed the backtest (${pct} % of what really happened fell inside their 10–90 % band, far too wide to tell anything).`,
  oddsHeldFailed: (pct: string) =>
    `No odds for a scenario that keeps its coins: they failed the backtest. Their band was far too wide: ${pct} % of what really happened fell inside it, so it told nothing`,
  // ---- the odds' assumption and track record (lib/present/odds.ts, app/components/TrackRecord.tsx) ----
  headlineAssumes: (o: { price: string; priceGrowth: string | null; difficultyGrowth: string; fees: string }) =>
    `This answer assumes the BTC price ${o.priceGrowth === null ? `stays at ${o.price}` : `starts at ${o.price} and changes ${o.priceGrowth} % a month`}, difficulty changes ${o.difficultyGrowth} % a month and fees stay at ${o.fees} BTC a block, every day of the horizon.`,
  oddsLead: (o: { median: string; headline: string }) =>
    `In backtests the odds did better than a fixed trend: the median future called ${o.median} % of verdicts right, a fixed trend like this answer's ${o.headline} %.`,
  headlineLead: (o: { median: string; headline: string }) =>
    `In backtests a fixed trend like this answer's called ${o.headline} % of verdicts right, the odds' median future ${o.median} %.`,
  oddsHindsight: "Hindsight: the history drawn from reaches past the start date, so these odds knew the future.",
  oddsThen: (o: { month: string; pct: string; paid: boolean }) =>
    `In ${o.month} the odds said ${o.pct} %; it ${o.paid ? "paid back" : "did not pay back"}.`,
  track: {
    summary: "How good are these odds?",
    claim: (o: { from: string; to: string; pct: string }) =>
      `In backtests over ${o.from}–${o.to}, ${o.pct} % of what really happened fell inside this band.`,
    claimHeld: (o: { from: string; to: string; pct: string }) =>
      `The odds failed the backtest for coins kept: over ${o.from}–${o.to}, ${o.pct} % of what really happened fell inside their band, which is far too wide (a useful band holds about 80 %). So the page shows no odds for this scenario.`,
    range: (o: { low: string; high: string; periods: string }) =>
      `It is a claim from little history: the start dates hold only about ${o.periods} independent 3-year periods, so anything from about ${o.low} to ${o.high} % fits this history.`,
    tails: (o: { above: string; below: string }) =>
      `${o.above} % came out better than the band's top (90th percentile), ${o.below} % worse than its bottom (10th).`,
    brier: (o: { brier: string; base: string }) =>
      `Score of the payback odds (Brier, lower is better): ${o.brier}, against ${o.base} for always guessing the share that paid back.`,
    drift: (pct: string) =>
      `The model assumes the BTC price drifts ${pct} % a year, the average of the four years before the start date, each future with its own error around it.`,
    how: "Difficulty answers the miners' margin: it grows faster while the newest rigs earn well over their power cost, and the rigs keep getting more efficient.",
    chartTitle: "Predicted odds against what happened",
    chartDesc: "For start dates grouped by the odds they were given, the share that really paid back.",
    predicted: "Odds given",
    happened: "Paid back",
    startDates: (n: string) => `${n} start dates`,
    source: (o: { date: string; script: string }) =>
      `Backtest of ${o.date}: ${o.script}, every monthly start date, futures drawn only from the days before it.`,
  },

  // ---- the rig catalogue: the rig picker and the /rigs ranking (lib/present/rigs-view.ts) ----
  rigs: {
    pickerLabel: "Rig from the catalogue",
    pickerCustom: "Custom: your own hashrate and power",
    pickerHelp:
      "Choosing a rig changes only its hashrate, power and price; your power price, hosting offer, pool fee, uptime, currency and horizon stay.",
    pickerPrice: (price: string, quoted: string, date: string) => `Reference price ${price} (${quoted}, ${date}).`,
    pickerConverted: (rate: string, month: string) => `Converted at ${rate} CNY per US$, the average of ${month}.`,
    pickerNoPrice: "The catalogue has no public dated price for this rig: the price field is yours, enter what you are quoted.",
    pickerSource: "Specification source",
    pickerPreset: (rig: string) => `${rig}, as in the example`,
    pickerMoved: (rig: string, month: string, from: string, to: string) =>
      `The ${rig} came out in ${month}, after ${from}: the scenario moved to today's network (${to}).`,
    priceToType: (rig: string) => `The catalogue has no price for the ${rig}: type the price you paid or were quoted.`,
    holdEraTitle: (rig: string, month: string, date: string) => `The ${rig} came out in ${month}: on ${date} it did not exist yet.`,
    holdEraText:
      "On that day's network its hashrate would pay back within days, which no buyer could ever have had. Run it on today's network, or choose a rig that was on sale then.",
    holdMove: (date: string) => `Run it on today's network (${date})`,
    holdOther: (year: string) => `Choose a rig of ${year}`,
    holdPriceTitle: (rig: string) => `What did the ${rig} cost you?`,
    holdPriceText:
      "The catalogue has no public price for this rig. Type the price you paid or were quoted; the answer appears as soon as it is in.",
    holdPriceButton: "Type the price",
    holdEstimate: (price: string, note: string) =>
      `The market's price index puts a rig of its efficiency at about ${price} on the start date: an estimate, not a quote. ${note.charAt(0).toUpperCase()}${note.slice(1)}.`,
    holdUseEstimate: (price: string) => `Use the estimate, ${price}`,
    pickerEstimate: (note: string) => `The price is the market index's estimate, not a quote: ${note}.`,
    later: (date: string) => `Came out after ${date}: these figures are on a network it never ran on. Opens on today's network.`,
    headerLanguage: "Language",
    rankingLink: "Rank every rig at these figures",
    specsToggle: "Hashrate and power",
    title: "Which rig to buy, at my figures",
    intro:
      "Every rig on the market at your start date under your scenario: your power price or hosting offer, pool fee, uptime, network, horizon and coin policy kept, only the rig changed. Each is priced at your own price, a dated deal, or an estimate from the market's price per TH; open one to enter yours.",
    back: "Back to the calculator",
    convertInCalculator: "Open it in the calculator to convert them.",
    site: "Your figures",
    sideLabel: "Side",
    filters: "Filter",
    maker: "Maker",
    cooling: "Cooling",
    year: "Released",
    all: "All",
    coolings: { air: "Air", hydro: "Hydro", immersion: "Immersion" } as Record<string, string>,
    count: (shown: number, total: number) => `${shown} of ${total} rigs`,
    columns: {
      name: "Rig",
      jPerTh: "J/TH",
      price: "Price",
      breakEvenDay: "Pays back",
      netProfit: "Net profit",
      roiPct: "ROI",
      fairRigPrice: "Fair price",
      shutdownBtcPrice: "Shutdown BTC price",
      breakEvenElectricityPrice: "Break-even power price",
      fleetCount: "How many fit",
      fleetOutlay: "Fleet outlay",
      fleetNetProfit: "Fleet net profit",
      profitPerMwYear: "Profit per MW a year",
    },
    columnHelp: {
      fleetCount: "How many of this rig your power capacity (at the wall, cooling included) or your budget (price and setup) holds.",
      profitPerMwYear: "Net profit per rig over the horizon, per MW it draws at the wall, per year.",
      fairRigPrice: "The rig price at which the net profit over the horizon is 0.",
      shutdownBtcPrice: "Below this BTC price, day 1 does not pay its power.",
      breakEvenElectricityPrice: "The power price per kWh at which day 1 makes nothing.",
    },
    sortBy: (label: string) => `Sort by ${label}`,
    sortLabel: "Sort",
    day: (n: string) => `day ${n}`,
    never: "never",
    none: "—",
    addPrice: "add a price",
    priceCatalogue: "catalogue price",
    priceYours: "your price",
    priceBulk: (date: string) => `bulk or pre-order price of ${date}`,
    priceDeal: (date: string) => `deal quoted ${date}`,
    priceEstimate: (perTh: string, band: string, date: string, publisher: string) =>
      `estimate: ${perTh}/TH (${band}), ${publisher}, ${date}`,
    priceEstimateAge: (days: string) => `${days} days old`,
    estimateLegend: "≈ an estimate from the market's price per TH for the rig's efficiency on or before the start date, not a quote.",
    indexStale: (count: number, days: string) =>
      `${count} estimated ${count === 1 ? "price rests" : "prices rest"} on market figures over 90 days older than the start date (the newest used is ${days} days old): check today's quotes before you buy.`,
    noPrice: (names: string) => `No market figure on or before the start date for: ${names}. Open a rig to enter your price.`,
    perMwYear: "/MW·yr",
    fleetTitle: "Per site or per budget",
    fleetHelp: "State your power capacity at the wall or your budget: each rig then shows how many fit and what that fleet earns.",
    perRig: "Per rig",
    capacity: "Power capacity",
    capacityUnit: "Unit",
    budget: (currency: string) => `Budget (${currency})`,
    apply: "Rank",
    clear: "Per rig",
    fleetShown: (what: string) => `Fleets for ${what}.`,
    capacityOf: (value: string) => `${value} at the wall`,
    budgetOf: (value: string) => `a budget of ${value}`,
    releasedBy: (date: string, shown: number) =>
      `${shown} ${shown === 1 ? "rig" : "rigs"} of the catalogue on the market by ${date}: rigs released later are left out.`,
    csv: "Download the ranking (CSV)",
    networkRecorded: (date: string) =>
      `Your link gives no network figures: the recorded difficulty, BTC price and fees of ${date} are used.`,
    networkToday: (date: string) => `Your link gives no network figures: the newest ones, of ${date}, are used.`,
    capRefused: "The power capacity in the link could not be read: give it as a plain number of kW or MW above 0; it is left out.",
    budgetRefused: "The budget in the link could not be read: give it as a plain amount above 0; it is left out.",
    quoteRefused: (rig: string) => `A price kept in the link for ${rig} could not be read: that row shows its own price.`,
    quoteUnknown:
      "A price kept in the link names a rig this ranking does not list (unknown, or not yet released on the start date): it is left out.",
    replayLabel: "Network",
    replayOff: "As known on the start date",
    replayOn: "What really happened",
    replayHelp: "What really happened: each rig run through the recorded difficulty, BTC price and fees from the start date.",
    open: (name: string) => `Open ${name} in the calculator with these figures`,
    released: (month: string) => `released ${month}`,
    approx: "about",
    perKwh: "/kWh",
    empty: "No rig matches these filters.",
    linkRefused: "Part of this link was refused; the ranking uses everything else it says.",
    tooHeavy:
      "Ranking every rig at these figures is too much work for one request: shorten the horizon, look at one side (self-run or hosted) instead of both, or leave out the replay of history or the peak and monthly power prices.",
    tooSlow:
      "The ranking took too long and was stopped (the server may be busy): try again shortly, or shorten the horizon, look at one side (self-run or hosted), or leave out the replay of history or the peak and monthly power prices.",
  },
  // --- today's network (issue 15): the network line and the implied hashrate ---
  networkOf: (date: string, source: string) => `Network of ${date}, ${source}`,
  networkSourceTables: "recorded history",
  networkStale: (days: string) =>
    `These network figures are ${days} days old: check today's difficulty, fees and BTC price before you buy.`,
  impliedHashrate: "Network hashrate implied:",
  impliedHashrateNote: "difficulty × 2³² ÷ 600 s",
  // number entry, the form's refusals by label, saved scenarios, small fixes (issue 17)
  entry: {
    readAs: (value: string) => `Read as ${value}`,
    /** A figure too long to write out: "Read as 1 × 10⁴⁰⁰, a number 401 digits long". */
    readAsLong: (short: string, wholeDigits: string) => `Read as ${short}, a number ${wholeDigits} digits long`,
    required: (label: string, allowed: string) => `${label} is required: ${allowed}.`,
    requiredInMode: (label: string, mode: "self" | "hosted" | "compare") =>
      mode === "self"
        ? `${label} is required when you run the rigs yourself.`
        : mode === "hosted"
          ? `${label} is required when a host runs the rigs.`
          : `${label} is required to compare running the rigs yourself with hosting.`,
    notNumber: (label: string, typed: string, allowed: string) => `${label}: “${typed}” is not a number; it must be ${allowed}.`,
    outOfRange: (label: string, typed: string, allowed: string) => `${label} must be ${allowed}; “${typed}” is not.`,
    ambiguous: (label: string, typed: string) =>
      `${label}: “${typed}” can be read more than one way. Use commas only between groups of three digits and a point for decimals, e.g. 1,000.5 or 1000.5.`,
    currency: (label: string, typed: string, typedCurrency: string, currency: string) =>
      `${label}: “${typed}” is in ${typedCurrency}, but this scenario is in ${currency}. Type the amount in ${currency}, or switch the currency under “The money”.`,
    currencyNames: { CNY: "yuan", USD: "US dollars" } as Record<string, string>,
    currencySign: (label: string, typed: string) => `${label}: “${typed}” has a currency sign, but this field is not an amount of money.`,
    percent: (label: string, typed: string) => `${label}: “${typed}” has a % sign, but this field is not a percentage.`,
    multiplier: (label: string, typed: string, suffix: string) =>
      `${label}: “${typed}” ends in “${suffix}”, which this field does not take (T, P and E are for the network difficulty).`,
    historySpan: (label: string, typed: string, from: string, to: string) =>
      `${label} ${typed} is outside the recorded history: with “What actually happened” on, it must be from ${from} to ${to}.`,
  },
  small: {
    neverRuns: "Never runs",
    zeroUptime: "0 % uptime: nothing is mined and no power is drawn",
    crossoverNone: (selfAhead: boolean): string =>
      selfAhead
        ? "Running the rigs yourself beats this hosting offer at any power price a site could pay: no price makes them come out even."
        : "This hosting offer beats running the rigs yourself at any power price a site could pay: no price makes them come out even.",
    crossoverZeroUptime: "At 0 % uptime no power is drawn, so no electricity price changes the comparison: there is no crossover price.",
  },
  csv: {
    columns: {
      day: () => "Day",
      date: () => "Date",
      height: () => "Block height",
      subsidy_btc: () => "Subsidy per block (BTC)",
      difficulty: () => "Difficulty",
      btc_price: (cur: string) => `BTC price (${cur})`,
    } as Record<string, (cur: string) => string>,
    side: {
      btc: () => "BTC mined",
      revenue: (cur: string) => `revenue (${cur})`,
      energy_cost: (cur: string) => `power cost (${cur})`,
      fixed_cost: (cur: string) => `fixed costs (${cur})`,
      profit: (cur: string) => `profit (${cur})`,
      position: (cur: string) => `cumulative position (${cur})`,
      running: () => "on (1) or off (0)",
      held_btc: () => "BTC held",
      policy_position: (cur: string) => `position with the coins' policy (${cur})`,
      price_kwh: (cur: string) => `price per kWh (${cur})`,
      hours_run: () => "hours run",
      energy_kwh: () => "energy (kWh)",
      credit: (cur: string) => `demand-response credit (${cur})`,
      one_off: (cur: string) => `one-off payments (${cur})`,
      outage: () => "outage (1) or not (0)",
    } as Record<string, (cur: string) => string>,
    sideColumn: (side: string, column: string) => `${side}: ${column}`,
  },
  saved: {
    title: "Your scenarios",
    privacy: "Kept in this browser only: nothing is sent anywhere.",
    nameLabel: "Name",
    save: "Save this scenario",
    savedStatus: (name: string) => `Saved “${name}”.`,
    empty: "No saved scenarios yet. Name this one and save it to come back to it or compare it with another.",
    savedOn: (date: string) => `saved ${date}`,
    open: "Open",
    openLabel: (name: string) => `Open “${name}”`,
    openedStatus: (name: string) => `Opened “${name}”.`,
    rename: "Rename",
    renameLabel: (name: string) => `Rename “${name}”`,
    newName: (name: string) => `New name for “${name}”`,
    renameSave: "Save name",
    cancel: "Cancel",
    renamedStatus: (name: string) => `Renamed to “${name}”.`,
    remove: "Delete",
    removeLabel: (name: string) => `Delete “${name}”`,
    removedStatus: (name: string) => `Deleted “${name}”.`,
    compareLabel: (name: string) => `Compare “${name}”`,
    compareHint: "Tick two to put them side by side.",
    compareTitle: "Side by side",
    compareCaption: (a: string, b: string) => `“${a}” and “${b}”: their answers side by side`,
    breakEven: "Pays back",
    figureColumn: "Figure",
    unreadable: "Your saved scenarios could not be read, so the list starts empty. The unreadable data is kept aside in this browser.",
    asideTitle: (n: string, one: boolean) =>
      `${one ? "One saved scenario is" : `${n} saved scenarios are`} kept aside in this browser, not lost:`,
    capped: (n: string, cap: number) =>
      `${n} of them ${n === "1" ? "is" : "are"} past the cap: the list keeps at most ${cap} scenarios, so only the first ${cap} are listed.`,
    asideReason: (reason: "malformed" | "does-not-open" | "duplicate" | "over-cap", cap: number) =>
      reason === "over-cap"
        ? `past the cap of ${cap} saved scenarios`
        : reason === "duplicate"
          ? "the same entry stored twice"
          : reason === "does-not-open"
            ? "its scenario no longer opens"
            : "not a saved scenario this page can read",
    noName: "(no name)",
    asideMore: (n: string) => `and ${n} more`,
    exportAside: "Download them (JSON)",
    unavailable: "This browser does not let the page keep anything, so scenarios cannot be saved here. The link still keeps this one.",
    dismiss: "Dismiss",
  },
  // ---- issue 16, the power contract (page side) ----
  power: {
    more: "Power contract: prices by month, peak hours, outages",
    moreHosted: "Hosting contract: prices by month, peak hours, outages, terms",
    monthsTitle: "Prices by month",
    monthsToggle: "The price changes with the month",
    monthsToggleNote: (flat: string) => `Off: one flat price (${flat}) all year.`,
    monthsGroup: (unit: string) => `Price for each month, ${unit}`,
    monthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    monthLong: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    templatesTitle: "Fill from",
    templates: {
      flat: { label: "Flat", detail: "the flat price in every month" },
      sichuan: {
        label: "Sichuan wet/dry season",
        detail: "¥0.08 May–Oct (wet season hydro), ¥0.28 Nov–Apr (dry season) — 8btc News, 2019",
      },
      migration: {
        label: "Two sites: Sichuan ↔ Xinjiang",
        detail: "Sichuan hydro ¥0.08 May–Oct, Xinjiang coal ¥0.22 Nov–Apr — 8btc News 2019, BloombergNEF 2021",
      },
    } as Record<"flat" | "sichuan" | "migration", { label: string; detail: string }>,
    templateHostedNote: "For a host: its flat price in the dear months, the cheaper power of the others passed on.",
    templateUsd: (rate: string) => `Yuan figures converted at ${rate} CNY per USD.`,
    monthCellError: (month: string, allowed: string) => `${month}'s price is not allowed: it must be ${allowed}.`,
    peakTitle: "Peak and off-peak hours",
    peakHoursLabel: "Peak hours",
    peakHoursUnit: "spans start-end, e.g. 8-11,18-22",
    peakStrip: "Hours of the day: press an hour to make it peak or off-peak",
    peakHour: (from: string, to: string, peak: boolean) => `${from}–${to}, ${peak ? "peak" : "off-peak"}`,
    peakCount: (n: number) =>
      n === 0 ? "No peak hours: one price all day." : `${n} peak hour${n === 1 ? "" : "s"} a day, ${24 - n} off-peak.`,
    peakLegend: { on: "peak", off: "off-peak" },
    peakFormat: (piece: string) => `Peak hours: "${piece}" is not a span of hours; write start-end in whole hours 0 to 24, e.g. 8-11.`,
    peakEmpty: (piece: string) => `Peak hours: "${piece}" holds no hours; its start and end must differ.`,
    peakOverlap: (a: string, b: string, hour: string) => `Peak hours: ${a} and ${b} overlap (both hold ${hour}); spans must not overlap.`,
    outagesTitle: "Outages and moves",
    outagesHelp:
      "Days the rigs are off: a move between sites, a ban, a repair. Both days are included; no coins and no power, fixed fees still paid; the cost is paid on the first day.",
    outageFrom: "First day off",
    outageTo: "Last day off",
    outageCostLabel: "Cost",
    outageRemoveShort: "Remove",
    outageRow: (n: number) => `Outage ${n}`,
    outageAdd: "Add an outage",
    outageRemove: (n: number) => `Remove outage ${n}`,
    outageNone: "No outages: the rigs run every day.",
    outageDays: (days: string) => `${days} days off within the horizon.`,
    outageIssue: {
      from: "The first day is not a real date (YYYY-MM-DD).",
      to: "The last day is not a real date (YYYY-MM-DD).",
      order: "It ends before it starts: the last day must be on or after the first.",
      cost: "The cost must be a number of 0 or more.",
      overlap: (n: number) => `It shares days with outage ${n}: outages must not overlap.`,
    },
    drTitle: "Paid to switch off (demand response)",
    termsTitle: "Contract terms",
    peakHoursElsewhere: (hours: string) => `Peak hours: ${hours} (set under your electricity).`,
    bandsCheap: "Cheap months",
    bandsDear: "Dear months",
    bandsNote: "Shaded: the months whose price is at or below the midpoint of the year's cheapest and dearest.",
  },
  // ---- page look: layout, cards, charts, story (block kept together for merging) ----
  look: {
    skipToResults: "Skip to the results",
    skipToForm: "Skip to the scenario",
    storyMore: "The story: Shenzhen, January 2018",
    /** The card's three figures. */
    btcMined: "BTC mined",
    allFigures: "All figures",
    summaryLabel: "The answer so far",
    revenue: "Revenue",
    costs: "Costs",
    revenueBoth: "Revenue (both)",
    /** Compare mode: hosting against running the rigs yourself, in words. */
    hostedProfit: (amount: string, more: boolean) => `Hosting ends ${amount} ${more ? "ahead" : "behind"}`,
    sameProfit: "The same either way",
    hostedDays: (days: string, later: boolean) => `Hosting pays back ${days} days ${later ? "later" : "sooner"}`,
    sameDay: "Both pay back the same day",
    hostedBtc: (btc: string, more: boolean) => `Hosting brings you ${btc} ${more ? "more" : "less"}`,
    sameBtc: "The same BTC either way",
  },

  // the daily history tables, loaded when a view needs them
  daily: {
    loading: "Loading the recorded history…",
    failed: "The recorded history could not be loaded. The figures shown are for the scenario before.",
    unavailable: "The recorded history could not be loaded.",
    retry: "Try again",
  },
  partFailed: "This part of the page could not be loaded: the connection may have dropped. The rest of the page still works.",
  reload: "Reload the page",

  // ---- languages loaded on demand (lib/i18n/zh.ts) ----
  languageFailed: (language: string) => `${language} could not be loaded: check the connection and try again.`,
};

export type Messages = typeof en;

/** English is always here: it is the fallback of the default context and the language of the CLI and API. */
export const EN_MESSAGES: Messages = en;

/**
 * The interface's words in `locale`. Chinese is registered by lib/i18n/zh.ts, which every server and
 * Node entry imports (lib/index.ts) and the page loads before it renders or switches to Chinese;
 * asking for a language not loaded throws (lib/i18n/registry.ts).
 */
export function messagesFor(locale: Locale): Messages {
  return locale === "en" ? en : localeTables(locale).messages;
}
