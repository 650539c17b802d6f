/**
 * Runs once when the server starts: the heavy work's worker pool (app/server/heavy/pool.ts) is
 * started and warmed then, so the first heavy request does not wait for it, and the link preview's
 * plain cards are drawn (app/og/fallback.ts), so no request draws them. Not while building.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { heavyPool } = await import("./app/server/heavy/pool");
  heavyPool();
  const { fallbackPng } = await import("./app/og/fallback");
  await Promise.all([fallbackPng("en"), fallbackPng("zh")]).catch(() => {}); // else drawn at first use
}
