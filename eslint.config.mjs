import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tests/e2e/.screens/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // lib/ is the product's brain: no React, no Next.js, no server or browser framework
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/ knows nothing of React: keep components in app/." },
            { group: ["next", "next/*", "@next/*"], message: "lib/ knows nothing of Next.js: keep routes and pages in app/." },
            { group: ["recharts", "recharts/*"], message: "lib/ prepares chart data; drawing lives in app/." },
          ],
        },
      ],
    },
  },
  {
    // the engine receives recorded history as an argument and returns numbers: no tables, no views
    files: ["lib/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "next", "next/*", "recharts"], message: "lib/ knows nothing of React or Next.js." },
            { group: ["**/data/*", "**/data"], message: "The engine takes tables as arguments: read them in lib/history." },
            {
              group: ["**/history/*", "**/history"],
              message: "The engine takes recorded history as an argument (lib/run.ts supplies it).",
            },
            { group: ["**/present/*", "**/i18n/*"], message: "The engine returns numbers; words and formats live in lib/present." },
            { group: ["**/run"], message: "lib/run wraps the engine; the engine does not call it." },
          ],
        },
      ],
    },
  },
];

export default config;
