import type { Page } from "@playwright/test";
import { parseQuery, resultJson, simulate } from "../../lib/index";

/** What the CLI's --json (the same codec and engine) says for a query. */
export function expected(query: string) {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return resultJson(simulate(parsed.scenario));
}

/** The primary side's exact §5 figures, as the page carries them. */
export async function headline(page: Page) {
  return {
    day: await page.getByTestId("break-even-day").textContent(),
    roi: await page.getByTestId("roi-pct").textContent(),
    net: await page.getByTestId("net-profit").textContent(),
  };
}
