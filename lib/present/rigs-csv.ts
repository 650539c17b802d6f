/**
 * The rig ranking as CSV (/rigs/csv?<the ranking's keys>): one line per rig and side, each price
 * marked by where it comes from (the buyer's, a quoted deal, an estimate from the price index, with
 * its date, band, source and age), the scenario and the warnings in "#" lines. English, for a
 * spreadsheet; the figures are the API's (GET /api/rigs).
 */
import type { RigJson } from "./rigs-view";

const HEADER = [
  "rig",
  "name",
  "maker",
  "released",
  "j_per_th",
  "hashrate_ths",
  "power_watts",
  "side",
  "price",
  "price_kind",
  "price_date",
  "price_source",
  "index_band",
  "index_per_th",
  "index_age_days",
  "index_over_90_days",
  "break_even_day",
  "net_profit",
  "roi_pct",
  "fair_rig_price",
  "shutdown_btc_price",
  "break_even_electricity_price",
  "fleet_count",
  "fleet_outlay",
  "fleet_net_profit",
  "profit_per_mw_year",
] as const;

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "buyer", "deal" or "estimate", as a spreadsheet reader says it. */
const KIND = { scenario: "buyer", catalogue: "deal", index: "estimate" } as const;

/** The ranking's CSV text. */
export function rigsCsv(body: { rigs: RigJson[]; warnings: string[] }, scenarioQuery: string, currency: string): string {
  const lines: string[] = [`# Rig Payback rig ranking, currency ${currency}`, `# scenario: ?${scenarioQuery}`];
  for (const w of body.warnings) lines.push(`# ${w.replace(/[\r\n]+/g, " ")}`);
  lines.push(HEADER.join(","));
  for (const r of body.rigs) {
    const p = r.price;
    for (const side of ["self", "hosted"] as const) {
      const s = r[side];
      if (!s) continue;
      const f = s.fleet;
      lines.push(
        [
          r.id,
          r.name,
          r.maker,
          r.released,
          r.jPerTh,
          r.hashrateThs,
          r.powerWatts,
          side,
          p?.amount,
          p ? KIND[p.from] : null,
          p?.index?.date ?? p?.quoted?.date,
          p?.index ? `${p.index.source.publisher}: ${p.index.source.url}` : p?.quoted ? `${p.quoted.source}: ${p.quoted.url}` : null,
          p?.index?.band,
          p?.index?.perTh,
          p?.index?.ageDays,
          p?.index ? p.index.stale : null,
          s.breakEvenDay,
          s.netProfit,
          s.roiPct,
          s.fairRigPrice,
          s.shutdownBtcPrice,
          s.breakEvenElectricityPrice,
          f?.count,
          f?.outlay,
          f?.netProfit,
          f?.profitPerMwYear,
        ]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
