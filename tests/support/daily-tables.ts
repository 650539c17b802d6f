// Installs the daily history tables before each test file, as the server and the worker do
// (lib/server.ts; lib/history/daily.ts); tests/lib/history/daily.test.ts checks the page's path without them.
import "../../lib/server";
