// A worker that works out one request at a time: a request waits for the one being worked out, and
// only the newest of those waiting is worked out next (older ones are outdated by then). Each answer
// is posted as { id, type: "result", value } or { id, type: "error", message }.

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export function serveNewest<R extends { id: number }, T>(compute: (request: R) => T): void {
  const scope = self as unknown as WorkerScope;
  let next: R | null = null;
  let scheduled = false;

  function work(): void {
    scheduled = false;
    const request = next;
    next = null;
    if (request === null) return;
    try {
      scope.postMessage({ id: request.id, type: "result", value: compute(request) });
    } catch (err) {
      scope.postMessage({ id: request.id, type: "error", message: err instanceof Error ? err.message : String(err) });
    }
  }

  scope.onmessage = (event: MessageEvent<R>) => {
    next = event.data;
    if (!scheduled) {
      scheduled = true;
      setTimeout(work, 0);
    }
  };
}
