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
];

export default config;
