// The headline of a heavy scenario (a long replay with power terms), off the page's main thread:
// its summary run takes a few hundred milliseconds that would otherwise block each keystroke.
// the server entry: the daily history tables and the Chinese words installed, as the other workers have them
import { headlineAnswer, type HeadlineRequest } from "@/lib/server";
import { serveNewest } from "./newest-worker";

serveNewest((request: HeadlineRequest & { id: number }) => headlineAnswer(request));
