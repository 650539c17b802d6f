/**
 * A naive reference of issue 16's day (the power design in the brief, spec §9), written from the
 * design alone: one loop over the days, each day split into its four parts (peak hours that run,
 * peak hours curtailed, the rest that run, the rest curtailed), at 60 significant digits. It shares
 * no code with the engine (which cuts the horizon into runs and sums whole runs in closed form).
 * Projection only (no recorded history).
 */
import type { Scenario } from "../../lib/server";
import { nth, R, reference } from "./reference";

const MONTH = new R("30.4375");
const HUNDRED = new R(100);

export interface PowerRefSide {
  capex: R;
  totalBtc: R;
  totalRevenue: R;
  totalCost: R;
  totalCredit: R;
  netProfit: R;
  breakEvenDay: number | null;
  daysOn: number;
  /** Net profit of this side at a shift x added to every self-run price (crossover check); self only. */
}

function isoDay(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

function peakHoursOf(text: string | undefined): number {
  if (text === undefined) return 0;
  let hours = 0;
  for (const span of text.split(",")) {
    const [a, b] = span.split("-").map(Number);
    const start = a ?? 0;
    const end = b ?? 0;
    hours += end > start ? end - start : 24 - start + end;
  }
  return hours;
}

/** One side of the scenario, day by day. `shift`: added to every self-run price per kWh. */
export function powerReference(s: Scenario, side: "self" | "hosted", shift = new R(0)): PowerRefSide {
  const market = reference({ ...s, uptimePct: "100", mode: "self", electricityPrice: "0" });
  const self = side === "self";
  const n = new R(s.rigCount);
  const uptime = new R(self ? s.uptimePct : (s.hostingUptimePct ?? s.uptimePct)).div(HUNDRED);
  const keep = self ? new R(1) : new R(1).minus(new R(s.revenueSharePct).div(HUNDRED));
  const factor = new R(self ? s.overheadFactor : 1);
  const energy = n.times(s.powerWatts).div(1000).times(24).times(uptime).times(factor);
  const hashesPerDay = n.times(s.hashrateThs).times("1e12").times(86400);
  const monthly = (self ? s.electricityPriceByMonth : s.hostingPriceByMonth)?.split(",").map((x) => new R(x));
  const flat = self ? s.electricityPrice : s.hostingPricePerKwh;
  const peakText = self ? s.peakElectricityPrice : s.peakHostingPrice;
  const peakHours = new R(peakText === undefined ? 0 : peakHoursOf(s.peakHours));
  const curtailed = new R(self ? s.demandResponseHours : s.hostedDemandResponseHours).div(MONTH);
  const dr = new R(self ? s.demandResponseCredit : s.hostedDemandResponseCredit);
  const fee = new R(self ? s.fixedCostPerRigPerMonth : s.hostingFeePerRigPerMonth);
  const esc = self ? new R(1) : new R(1).plus(new R(s.hostingEscalationPctPerYear).div(HUNDRED));
  const setup = new R(self ? s.setupCostPerRig : s.hostingSetupFeePerRig);
  // peakdays=weekdays: no peak hours on a Saturday or a Sunday (the date's day of the week, by the calendar)
  const peakOnDay = (d: number): boolean => {
    if (peakText === undefined) return false;
    if (s.peakDays !== "weekdays") return true;
    const weekday = new Date(`${isoDay(s.startDate, d)}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const priceOf = (d: number): R => {
    const month = Number(isoDay(s.startDate, d).slice(5, 7)) - 1;
    return monthly ? nth(monthly, month, "month") : new R(flat ?? "0");
  };
  // hosted deposit: hdep months of the bill at day-0 prices, full uptime
  let deposit = new R(0);
  if (!self) {
    const fullEnergy = n.times(s.powerWatts).div(1000).times(24);
    const peakShare = peakOnDay(0) ? peakHours.div(24) : new R(0);
    const dayPrice = priceOf(0)
      .times(new R(1).minus(peakShare))
      .plus(peakText === undefined || !peakOnDay(0) ? 0 : new R(peakText).times(peakShare));
    deposit = R.max(0, n.times(fee).plus(fullEnergy.times(MONTH).times(dayPrice)).times(s.hostingDepositMonths));
  }
  const capex = n.times(new R(s.rigPrice).plus(setup)).plus(deposit);
  const resale = n.times(s.rigPrice).times(s.resalePct).div(HUNDRED);
  const outages = (s.outages ?? "")
    .split(",")
    .filter((x) => x !== "")
    .map((o) => {
      const [from, to, cost] = o.split("_");
      return { from: from ?? "", to: to ?? "", cost: new R(cost ?? 0) };
    });
  const lastDate = isoDay(s.startDate, s.horizonDays - 1);
  const oneOff = new Map<number, R>();
  const addOneOff = (d: number, x: R) => oneOff.set(d, (oneOff.get(d) ?? new R(0)).plus(x));
  for (const o of outages) {
    if (o.to < s.startDate || o.from > lastDate) continue;
    const first = o.from < s.startDate ? 0 : Math.round((Date.parse(o.from) - Date.parse(s.startDate)) / 86_400_000);
    addOneOff(first, n.times(o.cost));
  }
  if (!self) {
    if (new R(s.horizonDays).lt(new R(s.hostingMinimumMonths).times(MONTH))) addOneOff(s.horizonDays - 1, n.times(s.hostingExitFeePerRig));
    addOneOff(s.horizonDays - 1, deposit.neg());
  }

  let totalBtc = new R(0);
  let totalRevenue = new R(0);
  let totalCost = new R(0);
  let totalCredit = new R(0);
  let position = capex.neg();
  let breakEvenDay: number | null = null;
  let daysOn = 0;
  for (let d = 0; d < s.horizonDays; d++) {
    const date = isoDay(s.startDate, d);
    const year = Math.floor(d / 365);
    const raise = esc.pow(year);
    const fixed = n.times(fee).times(raise).div(MONTH);
    let revenue = new R(0);
    let btc = new R(0);
    let cost = fixed;
    let credit = new R(0);
    const off = outages.some((o) => date >= o.from && date <= o.to);
    if (!off) {
      const fleetBtc = hashesPerDay
        .times(nth(market.subsidies, d, "subsidy").plus(s.feesPerBlockBtc))
        .div(nth(market.difficulties, d, "difficulty").times(new R(2).pow(32)))
        .times(new R(1).minus(new R(s.poolFeePct).div(HUNDRED)))
        .times(uptime)
        .times(keep);
      const fullRevenue = fleetBtc.times(nth(market.prices, d, "price"));
      const base = priceOf(d)
        .times(raise)
        .plus(self ? shift : 0);
      const peakToday = peakOnDay(d);
      const peak = !peakToday || peakText === undefined ? base : new R(peakText).times(raise).plus(self ? shift : 0);
      const hoursAtPeak = peakToday ? peakHours : new R(0);
      const cPeak = R.min(curtailed, hoursAtPeak);
      const cOff = curtailed.minus(cPeak);
      const parts = [
        { hours: hoursAtPeak.minus(cPeak), price: peak, runs: true },
        { hours: cPeak, price: peak, runs: false },
        { hours: new R(24).minus(hoursAtPeak).minus(cOff), price: base, runs: true },
        { hours: cOff, price: base, runs: false },
      ];
      let ran = false;
      for (const part of parts) {
        if (part.hours.lte(0)) continue;
        const share = part.hours.div(24);
        const on = !s.shutdownWhenUnprofitable || fullRevenue.gte(energy.times(part.price));
        if (!on) continue;
        if (part.runs) {
          ran = true;
          revenue = revenue.plus(fullRevenue.times(share));
          btc = btc.plus(fleetBtc.times(share));
          cost = cost.plus(energy.times(share).times(part.price));
        } else credit = credit.plus(energy.times(share).times(dr));
      }
      if (ran) daysOn += 1;
    }
    const once = oneOff.get(d) ?? new R(0);
    cost = cost.plus(once).minus(credit);
    totalBtc = totalBtc.plus(btc);
    totalRevenue = totalRevenue.plus(revenue);
    totalCost = totalCost.plus(cost);
    totalCredit = totalCredit.plus(credit);
    position = position.plus(revenue).minus(cost);
    if (breakEvenDay === null && position.gte(0)) breakEvenDay = d + 1;
  }
  return {
    capex,
    totalBtc,
    totalRevenue,
    totalCost,
    totalCredit,
    netProfit: totalRevenue.minus(totalCost).minus(capex).plus(resale),
    breakEvenDay,
    daysOn,
  };
}
