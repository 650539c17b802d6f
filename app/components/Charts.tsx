"use client";

import { memo, useMemo } from "react";
import {
  CartesianGrid,
  DefaultZIndexes,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { spacedLabels, type ChartPoint, type ChartView } from "@/lib/views";
import type { Currency, SideName } from "@/lib/index";
import { useI18n } from "./i18n";
import MonthBandsKey from "./power/MonthBandsKey";
import { useLanding } from "../hooks/useLanding";

interface Props {
  chart: ChartView;
  currency: Currency;
}

type SeriesKey = Exclude<keyof ChartPoint, "day" | "date">;

interface Series {
  key: SeriesKey;
  name: string;
  color: string;
  /** An SVG dash pattern; none for a solid line. */
  dash?: string;
  width?: number;
}

const DASH = { long: "9 4", short: "4 3", dot: "1.5 3" } as const;

const SIDE_COLOR: Record<SideName, string> = { self: "var(--c-self)", hosted: "var(--c-hosted)" };

const TICK = { fontSize: 12, fill: "var(--c-ink-2)" };

const LEGEND = <Legend verticalAlign="bottom" height={30} iconSize={22} itemSorter={null} wrapperStyle={{ fontSize: 13 }} />;

function ChartTip({
  active,
  label,
  chart,
  series,
  currency,
  digits,
}: Pick<TooltipContentProps, "active" | "label"> & { chart: ChartView; series: Series[]; currency: Currency; digits?: number }) {
  const { m, f } = useI18n();
  if (!active || label === undefined) return null;
  const point = chart.points.find((p) => p.day === Number(label));
  if (!point) return null;
  return (
    <div className="chart-tip">
      <p className="tip-date">
        {f.shortDate(point.date)} <span>{m.day(f.number(point.day, 0))}</span>
      </p>
      <table>
        <tbody>
          {series.map((s) => {
            const v = point[s.key];
            if (v === undefined) return null;
            return (
              <tr key={s.key}>
                <th scope="row">
                  <span className={`tip-swatch${s.dash ? " dashed" : ""}`} style={{ borderColor: s.color }} aria-hidden="true" />
                  {s.name}
                </th>
                <td>{f.money(v, currency, digits)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One series drawn as a line: solid or dashed, no dots, a dot of `activeRadius` under the pointer. */
function seriesLine(s: Series, type: "monotone" | "stepAfter", activeRadius: number) {
  return (
    <Line
      key={s.key}
      type={type}
      dataKey={s.key}
      name={s.name}
      stroke={s.color}
      strokeWidth={s.width}
      strokeDasharray={s.dash}
      strokeLinecap={s.dash === DASH.dot ? "round" : undefined}
      legendType="plainline"
      dot={false}
      activeDot={{ r: activeRadius }}
      isAnimationActive={false}
    />
  );
}

/** What both charts share: the sides' names and colours, the x axis on month ticks, a y axis on given ticks. */
function useAxes(chart: ChartView, currency: Currency) {
  const { m, f } = useI18n();
  const side: Record<SideName, { name: string; color: string }> = {
    self: { name: m.sides.self, color: SIDE_COLOR.self },
    hosted: { name: m.sides.hosted, color: SIDE_COLOR.hosted },
  };
  const ticks = chart.ticks.map((t) => t.day);
  const tickLabel = new Map(chart.ticks.map((t) => [t.day, t.label]));
  const last = chart.points[chart.points.length - 1]?.day ?? 1;
  const compact = (v: number) => f.moneyCompact(v, currency);
  const xAxis = (
    <XAxis
      dataKey="day"
      type="number"
      domain={[1, last]}
      ticks={ticks}
      tickFormatter={(d: number) => tickLabel.get(d) ?? ""}
      tick={TICK}
      tickLine={false}
      axisLine={{ stroke: "var(--c-line)" }}
      minTickGap={20}
      interval="preserveStartEnd"
    />
  );
  // round ticks from the view (0 always among them): the domain is exactly their span
  const yAxis = (ticks: number[]) => (
    <YAxis
      type="number"
      ticks={ticks}
      domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1]}
      interval={0}
      tickFormatter={compact}
      tick={TICK}
      tickLine={false}
      axisLine={false}
      width={62}
    />
  );
  return { side, last, xAxis, yAxis };
}

/** No vertical grid lines: without this the grid works out (and measures the labels of) the x ticks for nothing. */
const NO_LINES = () => [];

/**
 * The marked days' lines lie under the series' lines. Recharts draws both in one layer, in the order
 * they mount; the marks mount a task after the lines (useLanding), so they get a layer just below.
 */
const UNDER_LINES = DefaultZIndexes.line - 1;

/** The charts' heights in CSS pixels (the width is the panel's). */
const POSITION_HEIGHT = 300;
const DAILY_HEIGHT = 230;

const GRID = <CartesianGrid stroke="var(--c-grid)" vertical={false} verticalCoordinatesGenerator={NO_LINES} />;

/** Until a chart is drawn (a task after the panels: useLanding), a box of its size keeps its place. */
function ChartBox({ height }: { height: number }) {
  return <div className="chart-box" style={{ width: "100%", height }} aria-hidden="true" />;
}

const PositionChart = memo(function PositionChart({ chart, currency, drawn, marked }: Props & { drawn: boolean; marked: boolean }) {
  const { m, f } = useI18n();
  const { side: SIDE, last, xAxis, yAxis } = useAxes(chart, currency);
  // colour and dash both tell the sides apart: self-run solid, hosted in long dashes drawn on top
  const positionSeries: Series[] = [
    ...chart.sides.map((s) => ({
      key: s,
      name: `${SIDE[s].name}${chart.hasProjection && s === chart.sides[0] ? m.asItHappened : ""}`,
      color: SIDE[s].color,
      dash: s === "hosted" ? DASH.long : undefined,
      width: s === "hosted" ? 2 : 2.5,
    })),
    ...(chart.hasProjection
      ? [{ key: "projected" as const, name: m.projected, color: "var(--c-muted)", dash: DASH.short, width: 1.75 }]
      : []),
  ];
  const breakEvens = chart.markers.filter((m) => m.kind === "break-even");
  const lines = chart.markers.filter((m) => m.kind !== "break-even");
  const labelled = spacedLabels(
    lines.map((mk) => mk.day),
    last,
  );

  return (
    <figure className="chart" aria-labelledby="chart-position-title">
      <figcaption id="chart-position-title">
        <strong>{m.positionTitle}</strong>
        <span>{m.positionCaption(currency)}</span>
      </figcaption>
      {drawn ? (
        <LineChart
          data={chart.points}
          responsive
          style={{ width: "100%", height: POSITION_HEIGHT }}
          margin={{ top: 24, right: 16, bottom: 0, left: 0 }}
        >
          {GRID}
          {xAxis}
          {yAxis(chart.positionTicks)}
          <Tooltip
            content={(p) => <ChartTip active={p.active} label={p.label} chart={chart} series={positionSeries} currency={currency} />}
            cursor={{ stroke: "var(--c-muted)", strokeDasharray: "3 3" }}
            isAnimationActive={false}
          />
          {positionSeries.length > 1 ? LEGEND : null}
          {marked ? (
            <>
              {chart.spans.map((s) => (
                <ReferenceArea
                  key={s.label}
                  x1={s.from}
                  x2={s.to}
                  fill="var(--c-bad)"
                  fillOpacity={0.1}
                  label={{ value: s.label, position: "insideTop", fontSize: 11, fill: "var(--c-ink-2)" }}
                />
              ))}
              <ReferenceLine y={0} stroke="var(--c-ink)" strokeOpacity={0.55} strokeWidth={1.25} zIndex={UNDER_LINES} />
              {lines.map((mk, i) => (
                <ReferenceLine
                  key={`${mk.kind}-${mk.side ?? ""}-${mk.day}`}
                  x={mk.day}
                  zIndex={UNDER_LINES}
                  stroke={mk.kind === "shutdown" ? "var(--c-bad)" : "var(--c-muted)"}
                  strokeDasharray="4 3"
                  // every label in the band above the plot, never on a line; one too close to the last is left
                  // to the list under the chart
                  label={
                    labelled[i]
                      ? { value: mk.short, position: "top", fontSize: 11, fill: mk.kind === "shutdown" ? "var(--c-bad)" : "var(--c-ink-2)" }
                      : undefined
                  }
                />
              ))}
            </>
          ) : null}
          {positionSeries.map((s) => seriesLine(s, "monotone", 4))}
          {marked ? (
            <>
              {breakEvens.map((mk, i) => (
                <ReferenceDot
                  key={`be-${mk.side ?? ""}`}
                  x={mk.day}
                  y={0}
                  r={5}
                  fill="var(--c-good)"
                  stroke="var(--c-surface)"
                  strokeWidth={2}
                  label={{ value: mk.short, position: i === 0 ? "top" : "bottom", fontSize: 12, fontWeight: 600, fill: "var(--c-good)" }}
                />
              ))}
            </>
          ) : null}
        </LineChart>
      ) : (
        <ChartBox height={POSITION_HEIGHT} />
      )}
      <ul className="markers" aria-label={m.markedDays}>
        {chart.markers.map((mk) => (
          <li key={`${mk.kind}-${mk.side ?? ""}-${mk.day}`} className={`marker ${mk.kind}`}>
            <span className="swatch" aria-hidden="true" />
            {m.markerLine(mk.label, f.number(mk.day, 0), f.shortDate(mk.date))}
          </li>
        ))}
        {chart.spans.map((s) => (
          <li key={s.label} className="marker span">
            <span className="swatch" aria-hidden="true" />
            {m.spanLine(s.label, f.number(s.from, 0), f.number(s.to, 0))}
          </li>
        ))}
      </ul>
    </figure>
  );
});

const DailyChart = memo(function DailyChart({ chart, currency, drawn }: Props & { drawn: boolean }) {
  const { m } = useI18n();
  const { side: SIDE, last, xAxis, yAxis } = useAxes(chart, currency);
  const dailySeries: Series[] = chart.sharedRevenue
    ? [
        { key: "selfRevenue", name: m.look.revenueBoth, color: "var(--c-ink-2)", width: 2.25 },
        { key: "selfCost", name: m.seriesCosts(SIDE.self.name), color: SIDE.self.color, dash: DASH.short, width: 1.75 },
        { key: "hostedCost", name: m.seriesCosts(SIDE.hosted.name), color: SIDE.hosted.color, dash: DASH.dot, width: 2 },
      ]
    : chart.sides.flatMap((s) => [
        {
          key: `${s}Revenue` as const,
          name: chart.sides.length > 1 ? m.seriesRevenue(SIDE[s].name) : m.look.revenue,
          color: SIDE[s].color,
          dash: s === "hosted" ? DASH.long : undefined,
          width: 2.25,
        },
        {
          key: `${s}Cost` as const,
          name: chart.sides.length > 1 ? m.seriesCosts(SIDE[s].name) : m.look.costs,
          color: chart.sides.length > 1 ? SIDE[s].color : "var(--c-bad)",
          dash: s === "hosted" ? DASH.dot : DASH.short,
          width: 1.75,
        },
      ]);

  return (
    <figure className="chart" aria-labelledby="chart-daily-title">
      <figcaption id="chart-daily-title">
        <strong>{m.dailyTitle}</strong>
        <span>{m.dailyCaption(currency)}</span>
      </figcaption>
      {drawn ? (
        <LineChart
          data={chart.points}
          responsive
          style={{ width: "100%", height: DAILY_HEIGHT }}
          margin={{ top: 10, right: 16, bottom: 0, left: 0 }}
        >
          {GRID}
          {xAxis}
          {yAxis(chart.dailyTicks)}
          <Tooltip
            content={(p) => (
              <ChartTip active={p.active} label={p.label} chart={chart} series={dailySeries} currency={currency} digits={2} />
            )}
            cursor={{ stroke: "var(--c-muted)", strokeDasharray: "3 3" }}
            isAnimationActive={false}
          />
          {dailySeries.length > 1 ? LEGEND : null}
          {chart.bands.map((b) => (
            <ReferenceArea
              key={`band-${b.from}`}
              x1={b.from}
              x2={Math.min(b.to + 1, last)}
              fill={b.tier === "cheap" ? "var(--c-good)" : "var(--c-bad)"}
              fillOpacity={b.tier === "cheap" ? 0.12 : 0.05}
              ifOverflow="hidden"
            />
          ))}
          {dailySeries.map((s) => seriesLine(s, "stepAfter", 3))}
        </LineChart>
      ) : (
        <ChartBox height={DAILY_HEIGHT} />
      )}
      {chart.bands.length > 0 ? <MonthBandsKey /> : null}
    </figure>
  );
});

/**
 * The two charts of the schedule, drawn in three tasks of their own after the rest of the panels:
 * the position chart's lines, then its marked days, then the daily chart (a task each, useLanding).
 * Drawing them with the panels, as one task, held a 10-year replay's page for a quarter of a second.
 * Until its first drawing a chart is an empty box of its size, its caption and list already there;
 * a new answer redraws each chart in its turn.
 */
function Charts({ chart, currency }: Props) {
  const given = useMemo(() => ({ chart, currency }), [chart, currency]);
  const position = useLanding(given);
  const marks = useLanding(position);
  const daily = useLanding(marks);
  return (
    <div className="chart-stack">
      <PositionChart {...(position ?? given)} drawn={position !== null} marked={marks !== null} />
      <DailyChart {...(daily ?? given)} drawn={daily !== null} />
    </div>
  );
}

export default memo(Charts);
