import { defineConfig } from "vitest/config";

// Unit, property and CLI tests only: the browser tests in tests/e2e run under Playwright.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
  },
});
