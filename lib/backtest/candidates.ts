/**
 * The models the backtest compares (scripts/backtest.ts), the one it chose first. Each is run on
 * every configuration; the README gives their figures.
 */
import type { BacktestModel } from "./run";

export const BACKTEST_MODELS: readonly (BacktestModel & { label: string })[] = [
  {
    id: "margin",
    model: "margin",
    label: "margin: difficulty answers the miners' margin, price drift drawn around the window's mean, rigs' efficiency trend",
  },
  { id: "history", model: "history", label: "history: block bootstrap of the window's 14-day periods (the odds before)" },
  {
    id: "margin-martingale",
    model: "margin",
    options: { drift: "none", efficiency: true, fixedResponse: null },
    label: "margin, no price drift (a martingale price)",
  },
  {
    id: "margin-window-drift",
    model: "margin",
    options: { drift: "window", efficiency: true, fixedResponse: null },
    label: "margin, the window's mean drift for every future (no sampling error)",
  },
  {
    id: "margin-no-efficiency",
    model: "margin",
    options: { drift: "drawn", efficiency: false, fixedResponse: null },
    label: "margin, drift drawn, no efficiency trend",
  },
  {
    id: "margin-9-month",
    model: "margin",
    options: { drift: "drawn", efficiency: true, fixedResponse: 1 - 0.5 ** (14 / (9 * 30.4375)) },
    label: "margin, drift drawn, efficiency trend, the response fixed at a 9-month half-life",
  },
];
