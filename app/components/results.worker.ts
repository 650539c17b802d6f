// The panels under the answer's cards (the coins, the charts, the flat calculator), off the page's
// main thread: a long replay takes seconds of engine runs that would block typing.
// the server entry: the daily history tables and the Chinese words installed, as the other worker has them
import { resultPanelViews, type ResultPanelsRequest } from "@/lib/server";
import { serveNewest } from "./newest-worker";

serveNewest((request: ResultPanelsRequest) => resultPanelViews(request));
