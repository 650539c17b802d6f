/**
 * A worker thread of the server's pool (./pool.ts): runs each task it is sent and posts the answer
 * back. Bundled on its own by scripts/build-worker.mjs into .next/heavy-worker.mjs (plain JavaScript,
 * the engine included), which the production server starts.
 */
import { parentPort } from "node:worker_threads";
import { runTask, type TaskKind } from "./tasks";

export interface TaskMessage {
  id: number;
  kind: TaskKind;
  input: unknown;
}
export type AnswerMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

parentPort?.on("message", async (message: TaskMessage) => {
  let answer: AnswerMessage;
  try {
    answer = { id: message.id, ok: true, value: await runTask(message.kind, message.input as never) };
  } catch (error) {
    answer = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
