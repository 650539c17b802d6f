/**
 * The command line (spec §4):
 *   npm run --silent payback -- '<query string or share URL>' [--json | --csv]
 * Exit code 0 on success, 2 on a bad scenario or bad arguments (message on stderr).
 */
import { runPayback } from "./cli";

// a closed pipe (`| head`) ends the output quietly
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const { code, stdout, stderr } = runPayback(process.argv.slice(2));
if (stderr) process.stderr.write(stderr);
if (stdout) process.stdout.write(stdout);
process.exitCode = code;
