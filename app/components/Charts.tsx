"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { addDays, formatMoney, formatMoneyCompact, type ChartView, type Scenario } from "@/lib/index";

interface Props {
  chart: ChartView;
  projection: ChartView | null;
  scenario: Scenario;
}

const COLORS = { self: "var(--c-self)", hosted: "var(--c-hosted)", projected: "var(--c-muted)", cost: "var(--c-cost)" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthLabel(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** The China mining ban, May–July 2021, when it falls inside the chart. */
const CHINA_BAN = { from: "2021-05-21", to: "2021-07-31" };

export default function Charts({ chart, projection, scenario }: Props) {
  const cur = scenario.currency;
  const dateOf = (day: number) => addDays(scenario.startDate, Math.max(0, Math.round(day) - 1));
  const money = (v: unknown) => formatMoney(Number(v), cur);
  const compact = (v: number) => formatMoneyCompact(v, cur);
  const sides = (["self", "hosted"] as const).filter((s) => chart.points[0]?.[s] !== undefined);
  const primary = sides[0] ?? "self";
  const merged = projection
    ? chart.points.map((p) => {
        const q = projection.points.find((x) => x.day === p.day);
        return { ...p, projected: q?.[primary] };
      })
    : chart.points;
  const last = chart.points[chart.points.length - 1]?.day ?? scenario.horizonDays;
  const banFrom = chart.points.find((p) => p.date >= CHINA_BAN.from);
  const banTo = [...chart.points].reverse().find((p) => p.date <= CHINA_BAN.to);
  const showBan = scenario.useHistory && banFrom && banTo && banFrom.day < banTo.day;
  const xAxis = (
    <XAxis
      dataKey="day"
      type="number"
      domain={[1, last]}
      tickFormatter={(d: number) => monthLabel(dateOf(d))}
      tick={{ fontSize: 12 }}
      minTickGap={28}
    />
  );
  const labelOf = (d: unknown) => `Day ${Number(d)} · ${dateOf(Number(d))}`;

  return (
    <div className="chart-stack">
      <figure className="chart">
        <figcaption>
          Cumulative position: profit so far minus the outlay ({cur}). It starts at minus what the rigs cost and pays back where it
          crosses zero.
        </figcaption>
        <LineChart data={merged} responsive style={{ width: "100%", height: 320 }} margin={{ top: 24, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="var(--c-grid)" vertical={false} />
          {xAxis}
          <YAxis tickFormatter={compact} tick={{ fontSize: 12 }} width={64} />
          <Tooltip formatter={(v) => money(v)} labelFormatter={labelOf} />
          <Legend verticalAlign="bottom" height={28} />
          <ReferenceLine y={0} stroke="var(--c-ink)" strokeDasharray="2 2" />
          {showBan && banFrom && banTo ? (
            <ReferenceArea x1={banFrom.day} x2={banTo.day} fill="var(--c-bad)" fillOpacity={0.12} />
          ) : null}
          {chart.markers.map((m) => (
            <ReferenceLine
              key={`${m.kind}-${m.side ?? ""}-${m.day}`}
              x={m.day}
              stroke={m.kind === "break-even" ? "var(--c-good)" : m.kind === "shutdown" ? "var(--c-bad)" : "var(--c-muted)"}
              strokeDasharray={m.kind === "break-even" ? undefined : "4 3"}
              label={m.kind === "halving" ? { value: "Halving", position: "insideTopRight", fontSize: 11, fill: "var(--c-ink-2)" } : undefined}
            />
          ))}
          {projection ? (
            <Line type="monotone" dataKey="projected" name="Projected" stroke={COLORS.projected} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
          ) : null}
          {sides.map((s) => (
            <Line
              key={s}
              type="monotone"
              dataKey={s}
              name={`${s === "self" ? "Self-run" : "Hosted"}${projection && s === primary ? " (recorded)" : ""}`}
              stroke={COLORS[s]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
        <ul className="markers" aria-label="Marked days">
          {chart.markers.map((m) => (
            <li key={`${m.kind}-${m.side ?? ""}-${m.day}`} className={`marker ${m.kind}`}>
              <span className="swatch" aria-hidden="true" />
              {m.label}: day {m.day}, {m.date}
            </li>
          ))}
          {showBan ? (
            <li className="marker ban">
              <span className="swatch" aria-hidden="true" />
              China bans mining: May–July 2021
            </li>
          ) : null}
        </ul>
      </figure>
      <figure className="chart">
        <figcaption>Daily revenue against daily costs ({cur} a day). Where revenue falls below power, the rigs switch off.</figcaption>
        <LineChart data={chart.points} responsive style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid stroke="var(--c-grid)" vertical={false} />
          {xAxis}
          <YAxis tickFormatter={compact} tick={{ fontSize: 12 }} width={64} />
          <Tooltip formatter={(v) => money(v)} labelFormatter={labelOf} />
          <Legend verticalAlign="bottom" height={28} />
          {sides.map((s) => (
            <Line key={`${s}-r`} type="stepAfter" dataKey={`${s}Revenue`} name={`${s === "self" ? "Self-run" : "Hosted"} revenue`} stroke={COLORS[s]} dot={false} isAnimationActive={false} />
          ))}
          {sides.map((s) => (
            <Line
              key={`${s}-c`}
              type="stepAfter"
              dataKey={`${s}Cost`}
              name={`${s === "self" ? "Self-run" : "Hosted"} costs`}
              stroke={COLORS[s]}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </figure>
    </div>
  );
}
