// `npm start`: serve the production build on port 3000 (PORT to change it), building first when there is none.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { buildWorker } from "./build-worker.mjs";
import { precompress } from "./precompress.mjs";
import { serverEnv } from "./server-options.mjs";

const env = serverEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building the app first (about a minute)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // the static files' Brotli copies (scripts/precompress.mjs), as npm run build makes them
  await precompress();
}
// the heavy work's worker bundle (app/server/heavy), made after the build
if (!existsSync(".next/heavy-worker.mjs")) await buildWorker();
const port = process.env.PORT ?? "3000";
console.log(`Rig Payback on http://localhost:${port}`);
// the production server: Next.js, with Brotli for the browsers that take it (scripts/server.mjs)
const server = spawnSync("node", ["scripts/server.mjs", "-p", port], { stdio: "inherit", env });
process.exit(server.status ?? 0);
