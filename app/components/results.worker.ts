// The panels under the answer's cards (the coins, the charts, the flat calculator), off the page's
// main thread: a long replay takes seconds of engine runs that would block typing.
// the server entry: the daily history tables and the Chinese words installed, as the other worker has them
import { resultPanelViews, type ResultPanelsRequest } from "@/lib/server";

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<ResultPanelsRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// a request waits for the one being worked out; only the newest of those waiting is worked out next
let next: ResultPanelsRequest | null = null;
let scheduled = false;

function work(): void {
  scheduled = false;
  const request = next;
  next = null;
  if (request === null) return;
  try {
    scope.postMessage({ id: request.id, type: "result", value: resultPanelViews(request) });
  } catch (err) {
    scope.postMessage({ id: request.id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (event: MessageEvent<ResultPanelsRequest>) => {
  next = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(work, 0);
  }
};
