/**
 * The layers of the code, checked on the whole import graph (direct and transitive imports) by
 * dependency-cruiser in `npm run lint`: `npx depcruise lib data app scripts proxy.ts`.
 *
 *   app/, scripts/          the page, the routes, the CLI
 *     ↓ public entries only (lib/index.ts, lib/server.ts, …)
 *   lib/present, lib/i18n   figures to words
 *   lib/run, lib/open       running a scenario on recorded history; opening a link (presets, rigs, network)
 *   lib/sensitivity         stepping a scenario's inputs for the heat maps and the tornado
 *   lib/prepare             the engine's entries: a scenario's lists parsed once (lib/scenario/power-terms)
 *   lib/history, lib/rigs, lib/network
 *   lib/engine              the model: receives history as an argument
 *   lib/scenario            the schema and codecs: the floor
 *   lib/core                assert, decimals, dates
 *   data/                   tables only
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle of imports that run code: split the shared piece into a module both import.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "lib-not-to-app",
      severity: "error",
      comment: "lib/ is the product's brain: it knows nothing of the page, the routes or the scripts.",
      from: { path: "^lib/" },
      to: { path: "^(app|scripts|tests)/" },
    },
    {
      name: "lib-not-to-frameworks",
      severity: "error",
      comment: "lib/ knows nothing of React, Next.js or the charts: keep components and routes in app/.",
      from: { path: "^lib/" },
      to: { path: "(^|/)node_modules/(react|react-dom|next|@next|recharts)/" },
    },
    {
      name: "core-is-the-bottom",
      severity: "error",
      comment: "lib/core (assert, decimals, dates) imports nothing else of the project.",
      from: { path: "^lib/core/" },
      to: { path: "^(lib|data|app|scripts)/", pathNot: "^lib/core/" },
    },
    {
      name: "engine-not-to-tables-or-words",
      severity: "error",
      comment:
        "The engine receives recorded history as an argument and returns numbers: no tables (data/, lib/history), no words (lib/present, lib/i18n), nothing that wraps it (lib/run).",
      from: { path: "^lib/engine/" },
      to: {
        path: "^(data/|lib/(history|present|i18n|rigs|network|open)/|lib/(run|simulate-recorded|prepare|sensitivity|index|server)\\.ts$)",
      },
    },
    {
      name: "scenario-is-the-floor",
      severity: "error",
      comment:
        "lib/scenario (the schema and the codecs of a link's keys) imports only lib/core: opening a link (presets, rigs, history, network) is lib/open, above it.",
      from: { path: "^lib/scenario/" },
      to: { path: "^(lib|data|app|scripts)/", pathNot: "^lib/(core|scenario)/" },
    },
    {
      name: "engine-reads-no-scenario-text",
      severity: "error",
      comment:
        "The engine receives parsed, typed values: it may name the scenario's types, never run its schema or codecs (the lists are parsed once where a run is prepared: lib/scenario/power-terms.ts, called by lib/prepare.ts, lib/run.ts, lib/sensitivity.ts).",
      from: { path: "^lib/engine/" },
      to: { path: "^lib/scenario/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "engine-reaches-no-tables",
      severity: "error",
      comment: "Not even through another module: the engine's whole graph carries no table (data/) and no table installation.",
      from: { path: "^lib/engine/" },
      to: { path: "^(data/|lib/(history|i18n|present|rigs|network|open)/)", reachable: true },
    },
    {
      name: "link-keys-read-no-rates",
      severity: "error",
      comment:
        "Checking a link's keys (lib/open/schema.ts: the floor's schema with the presets' and rigs' ids) reads no exchange rate and no recorded history: a rig's price in the other currency is looked up when the link is opened (lib/open/query.ts), not when its keys are read.",
      from: { path: "^lib/open/schema\\.ts$" },
      to: { path: "^(lib/history/|lib/rigs/catalogue\\.ts$|data/(history|fees)-|data/exchange-rates\\.ts$)", reachable: true },
    },
    {
      name: "front-door-installs-nothing",
      severity: "error",
      comment:
        "The public entries are pure: importing them installs no table. The Chinese words and the daily history tables come through lib/server.ts, or the page's loaders (app/components/preload).",
      from: { path: "^lib/(index|form|form-on-demand|views|download|ranking|shell)\\.ts$" },
      to: {
        path: "^(lib/i18n/zh\\.ts|lib/i18n/zh/|lib/history/load\\.ts|lib/server\\.ts|data/(history|fees)-table\\.ts)",
        reachable: true,
      },
    },
    {
      name: "app-through-public-entries",
      severity: "error",
      comment:
        "app/ reads lib/ through its entries: lib/index.ts (the public API), lib/server.ts (a server's: installs the tables), lib/form.ts and lib/views.ts (the page's pieces), lib/form-on-demand.ts (the pieces of the form's parts loaded on demand), lib/download.ts (the CSV, on demand), lib/ranking.ts (the rig ranking's own pieces), lib/shell.ts (the first load's words, formats and /rigs' sorting: no parser, no engine), and the two loaders the page calls when it needs them (lib/i18n/zh.ts, lib/history/load.ts). Never data/ directly.",
      from: { path: "^app/" },
      to: {
        path: "^(lib|data)/",
        pathNot: "^lib/(index|server|form|form-on-demand|views|download|ranking|shell)\\.ts$|^lib/i18n/zh\\.ts$|^lib/history/load\\.ts$",
      },
    },
    {
      name: "page-not-through-server-entry",
      severity: "error",
      comment: "The page's client code never imports lib/server.ts: it would install every table in the first load (the worker may).",
      from: { path: "^app/(components|hooks)/", pathNot: "\\.worker\\.ts$" },
      to: { path: "^lib/server\\.ts$" },
    },
    {
      name: "data-is-tables",
      severity: "error",
      comment: "data/ holds tables only: it may name lib's types, never run lib's code (the logic over a table lives in lib/).",
      from: { path: "^data/" },
      to: { path: "^(lib|app|scripts)/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
