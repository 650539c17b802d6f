// The headline of a heavy scenario (a long replay with power terms), off the page's main thread:
// its summary run takes a few hundred milliseconds that would otherwise block each keystroke.
// the server entry: the daily history tables and the Chinese words installed, as the other workers have them
import { headlineAnswer, type HeadlineRequest } from "@/lib/server";

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<HeadlineRequest & { id: number }>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// a request waits for the one being worked out; only the newest of those waiting is worked out next
let next: (HeadlineRequest & { id: number }) | null = null;
let scheduled = false;

function work(): void {
  scheduled = false;
  const request = next;
  next = null;
  if (request === null) return;
  try {
    scope.postMessage({ id: request.id, type: "result", value: headlineAnswer(request) });
  } catch (err) {
    scope.postMessage({ id: request.id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (event) => {
  next = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(work, 0);
  }
};
