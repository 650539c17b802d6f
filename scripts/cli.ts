/**
 * The command line's logic (spec §4), free of the process so tests can run it many times:
 *   npm run --silent payback -- '<query string or share URL>' [--json | --csv]
 * Exit code 0 on success, 2 on a bad scenario or bad arguments (message on stderr).
 */
import {
  FIELDS,
  FIELD_NAMES,
  PRESETS,
  parseQuery,
  resultJson,
  scheduleCsv,
  simulate,
  formatLongDate,
  parseFuturesQuery,
  futuresAnswer,
  oddsText,
  type KeyIssue,
  type SideJson,
  type ResultJson,
} from "../lib/server";

const HELP = `Rig Payback — when does a mining rig pay for itself?

Usage:
  npm run --silent payback -- '<query string or share URL>' [--json | --csv]

  --json   print the result object (spec §5) as JSON
  --csv    print the daily schedule as CSV
  --help   print this help

  --futures margin    add the odds: futures whose difficulty answers the miners' margin
                      (the page's model, chosen by the backtest: npm run backtest)
  --futures history   add the odds: futures drawn from the recorded history (the block bootstrap)
  --runs N            how many futures (10 … 5000, default 1000)
  --seed S            the seed (0 … 2147483647, default 1): the same seed, the same figures
  --window W          before (default: the four years before the start date), all,
                      or FROM..TO, e.g. 2014-01-01..2017-12-31

The scenario is a share link's query: v=1 and the keys below, e.g.
  npm run --silent payback -- 'v=1&preset=s9-2018-huaqiangbei&dg=8'
  npm run --silent payback -- 'https://example.org/?v=1&preset=s21&kwh=0.05&mode=compare'

A preset fills every field it knows; any other key overrides it. Numbers may be
written 2.6e12 or 2603077300218; the difficulty also as miners write it, 126T or
126 T (prefixes k, M, G, T, P). An unknown key is a warning; a bad value is an
error (exit code 2) naming the key, the value and what is allowed.

Keys:
${FIELD_NAMES.map((f) => {
  const info = FIELDS[f];
  const unit = info.unit ? ` [${info.unit.replace("{cur}", "currency")}]` : "";
  return `  ${info.key.padEnd(7)} ${info.label}${unit}\n          ${info.help} Allowed: ${info.allowed}.`;
}).join("\n")}

Presets:
${PRESETS.map((p) => `  ${p.id.padEnd(20)} ${p.name}`).join("\n")}
`;

export interface CliOutput {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

class CliError extends Error {
  constructor(
    message: string,
    readonly issues: KeyIssue[] = [],
  ) {
    super(message);
  }
}

function fail(message: string, issues: KeyIssue[] = []): never {
  throw new CliError(message, issues);
}

function cur(amount: string | null, currency: string): string {
  if (amount === null) return "—";
  const n = Number(amount);
  const body = Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: Math.abs(n) < 10 ? 6 : 2 });
  return `${n < 0 ? "-" : ""}${currency === "CNY" ? "¥" : "$"}${body}`;
}

function coinPolicyText(policy: string): string {
  if (policy === "hold") return "held, costs paid in cash";
  if (policy === "cover") return "sold just enough each day to pay that day's costs";
  return "sold each day";
}

function fairText(x: SideJson, result: ResultJson): string {
  const c = String(result.scenario.currency);
  if (x.fairRigPrice === null) return "— (resale 100 %)";
  const gap = Number(result.scenario.rigPrice) - Number(x.fairRigPrice);
  const where = Number(result.scenario.discountPctPerYear) > 0 ? "NPV" : "net profit";
  const verdict =
    gap > 0 ? `you pay ${cur(gap.toFixed(2), c)} more` : gap < 0 ? `you pay ${cur((-gap).toFixed(2), c)} less` : "exactly the price";
  return `${cur(x.fairRigPrice, c)} per rig (${where} 0); ${verdict}`;
}

function sideText(title: string, x: SideJson, result: ResultJson): string {
  const c = String(result.scenario.currency);
  const days = String(result.scenario.horizonDays);
  const lines = [
    `${title}`,
    `  Break-even:            ${x.breakEvenDay === null ? `does not pay back within ${days} days` : `day ${x.breakEvenDay}, ${formatLongDate(x.breakEvenDate ?? "")}`}`,
    `  ROI:                   ${x.roiPct === null ? "—" : `${x.roiPct} %`}`,
    `  Net profit:            ${cur(x.netProfit, c)} (outlay ${cur(x.capex, c)}, resale ${cur(x.resaleValue, c)})`,
    `  Revenue / costs:       ${cur(x.totalRevenue, c)} / ${cur(x.totalCost, c)}`,
    `  BTC mined:             ${x.totalBtc} BTC`,
    `  Cost per BTC:          ${cur(x.costPerBtc, c)}`,
    `  Switched off:          ${x.shutdownDay === null ? "never" : `from day ${x.shutdownDay} (${x.daysOff} days off in all)`}`,
    `  Day 1:                 ${x.firstDay.btc} BTC, revenue ${cur(x.firstDay.revenue, c)}, power ${cur(x.firstDay.energyCost, c)}, fixed ${cur(x.firstDay.fixedCost, c)}, profit ${cur(x.firstDay.profit, c)}`,
    `  Hashprice:             ${cur(x.hashpricePerPhDay, c)} per PH/s per day`,
    `  Break-even power:      ${x.breakEvenElectricityPrice === null ? "—" : `${cur(x.breakEvenElectricityPrice, c)} per kWh`}`,
    `  Same money in BTC:     ${x.btcIfBoughtInstead} BTC on day 1, worth ${cur(x.btcIfBoughtInsteadValue, c)} at the end`,
    `  Mined coins:           ${coinPolicyText(String(result.scenario.coinPolicy))}${x.btcHeld === "0.00000000" ? "" : `; ${x.btcHeld} BTC held at the end`}`,
    `  Shutdown coin price:   ${x.shutdownBtcPrice === null ? "—" : `${cur(x.shutdownBtcPrice, c)} per BTC`}`,
    `  Fair rig price:        ${fairText(x, result)}`,
    `  NPV / IRR:             ${cur(x.npv, c)} at ${String(result.scenario.discountPctPerYear)} %/year; IRR ${x.irrPctPerYear === null ? "none in −99 … 10,000 %/year" : `${x.irrPctPerYear} %/year`}`,
  ];
  const f = x.financing;
  if (f) {
    lines.push(
      `  Loan:                  ${cur(f.borrowed, c)} borrowed (own money ${cur(f.ownMoney, c)}), ${cur(f.monthlyPayment, c)} a month, ${f.paymentsMade} payments made, interest ${cur(f.interestPaid, c)}, ${cur(f.balanceAtEnd, c)} repaid after the last day`,
    );
  }
  return lines.join("\n");
}

/** The futures options and the query keys they stand for (spec §10). */
const FUTURES_FLAGS: Record<string, string> = { "--futures": "futures", "--runs": "runs", "--seed": "seed", "--window": "fwin" };

/** Takes the futures options (`--runs 500` or `--runs=500`) out of argv, as the query keys they stand for. */
function takeFuturesFlags(argv: string[]): { rest: string[]; params: URLSearchParams } {
  const rest: string[] = [];
  const params = new URLSearchParams();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const [name = "", inline] = a.split(/=(.*)/s, 2);
    const key = FUTURES_FLAGS[name];
    if (key === undefined) {
      rest.push(a);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${name} needs a value; see --help`);
    params.append(key, value);
  }
  return { rest, params };
}

const FLAG_OF_KEY: Record<string, string> = { futures: "--futures", runs: "--runs", seed: "--seed", fwin: "--window" };

function main(argvAll: string[], warn: (line: string) => void): string {
  const { rest: argv, params: futuresParams } = takeFuturesFlags(argvAll);
  const flags = argv.filter((a) => a.startsWith("--"));
  const args = argv.filter((a) => !a.startsWith("--"));
  for (const f of flags) if (!["--json", "--csv", "--help"].includes(f)) fail(`unknown option ${f}; use --json, --csv or --help`);
  if (flags.includes("--help")) return HELP;
  if (flags.includes("--json") && flags.includes("--csv")) fail("give --json or --csv, not both");
  const [query] = args;
  if (args.length !== 1 || query === undefined)
    fail(`give one scenario (a query string or share URL), in quotes; got ${args.length}. See --help.`);
  const parsed = parseQuery(query);
  for (const w of parsed.warnings) warn(`payback: warning: ${w}`);
  if (!parsed.ok) fail("the scenario was refused:", parsed.issues);
  if (!futuresParams.has("futures") && [...futuresParams.keys()].length > 0) fail("--runs, --seed and --window go with --futures history");
  // the options, or else the query's own keys (the same query as the API's)
  const futures = parseFuturesQuery(futuresParams.has("futures") ? futuresParams : query.slice(query.indexOf("?") + 1));
  if (!futures.ok)
    fail(
      "the futures were refused:",
      futures.issues.map((i) => ({ ...i, key: FLAG_OF_KEY[i.key] ?? i.key })),
    );
  if (futures.request !== null && flags.includes("--csv")) fail("--futures goes with --json or the readable summary, not --csv");
  const answer = futures.request === null ? null : futuresAnswer(parsed.scenario, futures.request);
  const odds = answer === null ? null : answer.ok ? { ...answer.first, json: answer.json } : answer;
  if (odds !== null && !odds.ok) fail("the futures were refused:", [{ key: FLAG_OF_KEY[odds.key] ?? odds.key, message: odds.message }]);
  const sim = simulate(parsed.scenario, { schedule: flags.includes("--csv") });
  if (flags.includes("--csv")) return scheduleCsv(sim);
  const plain = resultJson(sim, [...parsed.warnings, ...(answer?.ok ? answer.warnings : [])]);
  const result = odds?.ok ? { ...plain, futures: odds.json } : plain;
  if (flags.includes("--json")) return `${JSON.stringify(result, null, 2)}\n`;
  const s = parsed.scenario;
  const out: string[] = [
    `Rig Payback — ${s.rigCount} × ${s.hashrateThs} TH/s, ${s.powerWatts} W, at ${cur(s.rigPrice, s.currency)} each; from ${s.startDate} for ${s.horizonDays} days`,
    `Network: difficulty ${s.difficulty} (${s.difficultyGrowthPctPerMonth} %/month), height ${s.startHeight}, fees ${s.feesPerBlockBtc} BTC/block; BTC ${cur(s.btcPrice, s.currency)} (${s.btcPriceGrowthPctPerMonth} %/month)`,
    "",
  ];
  if (result.history) {
    const fees = result.history.fees;
    const feeText = fees === null ? "no recorded fees (the fees input throughout)" : `recorded fees from ${fees.from} to ${fees.to}`;
    out.splice(
      2,
      0,
      `History: recorded difficulty, price and block dates from ${result.history.from} to ${result.history.to}, ${feeText}; the growth rates and the fees input apply after that.`,
    );
  }
  if (result.self) out.push(sideText(`Self-run at ${cur(s.electricityPrice ?? null, s.currency)} per kWh`, result.self, result), "");
  if (result.hosted) out.push(sideText(`Hosted at ${cur(s.hostingPricePerKwh ?? null, s.currency)} per kWh`, result.hosted, result), "");
  if (s.mode === "compare") {
    const x = result.crossoverElectricityPrice;
    out.push(
      x === null || x === undefined
        ? "Crossover: no self-run electricity price between −10 and 10 per kWh makes self-run and hosting equal."
        : `Crossover: running the rigs yourself beats this hosting offer while your electricity costs less than ${cur(x, s.currency)} per kWh (${x}).`,
      "",
    );
  }
  if (odds) {
    out.push(
      `Odds (${odds.odds.side === "self" ? "self-run" : "hosted"}, futures from the recorded history): ${oddsText(odds.odds, odds.window, "en")}.`,
      ...(odds.json.hindsight ? ["Hindsight: the window reaches past the start date, so these odds knew the future."] : []),
      ...(odds.json.calibration
        ? [
            `Track record (npm run backtest, ${odds.json.calibration.backtestDate}): ${odds.json.calibration.insideBandPct} % of recorded outcomes fell inside the 10–90 % band over ${odds.json.calibration.startDates} monthly start dates ${odds.json.calibration.from} … ${odds.json.calibration.to}; Brier ${odds.json.calibration.brier} against ${odds.json.calibration.baseRateBrier} for the base rate.`,
          ]
        : []),
      "",
    );
  }
  return out.join("\n");
}

/** The whole command, without touching the process: what it prints and its exit code. */
export function runPayback(argv: string[]): CliOutput {
  const warnings: string[] = [];
  try {
    const stdout = main(argv, (line) => warnings.push(line));
    return { code: 0, stdout, stderr: warnings.map((w) => `${w}\n`).join("") };
  } catch (err) {
    if (err instanceof CliError) {
      const lines = [...warnings, `payback: ${err.message}`, ...err.issues.map((i) => `  ${i.key}: ${i.message}`)];
      return { code: 2, stdout: "", stderr: lines.map((l) => `${l}\n`).join("") };
    }
    throw err;
  }
}
