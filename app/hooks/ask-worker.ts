/** A worker's answer to request `id` (app/components/newest-worker.ts). */
export type WorkerAnswer<T> = { id: number; type: "result"; value: T } | { id: number; type: "error"; message: string };

/**
 * Asks `worker` for request `id` and calls `onResult` with its answer, or `onError` if the worker
 * failed on it (the caller then works it out itself); answers to other requests are ignored. Returns
 * the clean-up that stops listening (an effect's return).
 */
export function askWorker<T>(worker: Worker, id: number, request: object, onResult: (value: T) => void, onError: () => void): () => void {
  const onMessage = (event: MessageEvent<WorkerAnswer<T>>) => {
    if (event.data.id !== id) return;
    if (event.data.type === "result") onResult(event.data.value);
    else onError();
  };
  worker.addEventListener("message", onMessage);
  worker.postMessage({ id, ...request });
  return () => worker.removeEventListener("message", onMessage);
}
